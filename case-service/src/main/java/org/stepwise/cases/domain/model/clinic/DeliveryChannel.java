package org.stepwise.cases.domain.model.clinic;

/** How a clinic receives progress summaries. */
public enum DeliveryChannel {
  /** POST of the document Bundle to the clinic's FHIR endpoint ({endpoint}/Bundle). */
  FHIR,
  /** A file {bundle id}.json on the clinic's SFTP drop. */
  SFTP
}
