package org.stepwise.cases.domain.model.house;

/** How a house reports attendance. */
public enum ReportingChannel {
  SFTP,
  HTTP_FEED,
  FILE_DROP,
  MANUAL
}
