package org.stepwise.cases.domain.model.toxicology;

/** The fixed panel of what a test looks for (OTHER: anything else the house's panel covers). */
public enum Substance {
  ALCOHOL,
  AMPHETAMINES,
  BENZODIAZEPINES,
  BUPRENORPHINE,
  CANNABIS,
  COCAINE,
  FENTANYL,
  KETAMINE,
  METHADONE,
  OPIATES,
  OXYCODONE,
  OTHER
}
