package org.stepwise.cases.domain.model.delivery;

/** Where clinics' acknowledgements are kept: one per summary, never changed. */
public interface AcknowledgementRepository {

  /** False when the summary was acknowledged already (by anyone). */
  boolean add(Acknowledgement acknowledgement);
}
