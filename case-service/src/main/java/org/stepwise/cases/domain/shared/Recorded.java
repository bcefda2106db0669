package org.stepwise.cases.domain.shared;

/** An entity that carries its provenance. */
public interface Recorded {

  Provenance provenance();

  void recordProvenance(Provenance provenance);
}
