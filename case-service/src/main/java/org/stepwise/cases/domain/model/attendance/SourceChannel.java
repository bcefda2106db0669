package org.stepwise.cases.domain.model.attendance;

/** The way a record reached Stepwise. */
public enum SourceChannel {
  SFTP,
  HTTP_FEED,
  FILE_DROP,
  MANUAL
}
