package org.stepwise.cases.domain.model.toxicology;

/** How a specimen was taken: a cup, a breathalyser, a swab, or sent to a laboratory. */
public enum TestMethod {
  URINE,
  BREATH,
  ORAL_FLUID,
  LAB
}
