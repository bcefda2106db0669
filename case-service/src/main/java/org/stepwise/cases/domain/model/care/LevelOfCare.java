package org.stepwise.cases.domain.model.care;

import java.util.Arrays;
import java.util.Optional;

/**
 * ASAM levels of care, stored by code with a readable label. Intensity orders them so that the
 * direction of a transition can be derived; it encodes no placement logic (that is the clinician's
 * decision, recorded as made).
 */
public enum LevelOfCare {
  WM_3_7("3.7-WM", "Medically monitored inpatient withdrawal management", 75),
  RESIDENTIAL_3_7("3.7", "Medically monitored intensive inpatient", 70),
  RESIDENTIAL_3_5("3.5", "Clinically managed high-intensity residential", 60),
  WM_3_2("3.2-WM", "Clinically managed residential withdrawal management", 55),
  RESIDENTIAL_3_1("3.1", "Clinically managed low-intensity residential", 50),
  PARTIAL_HOSPITALIZATION_2_5("2.5", "Partial hospitalization", 40),
  INTENSIVE_OUTPATIENT_2_1("2.1", "Intensive outpatient", 30),
  OUTPATIENT_1_0("1.0", "Outpatient", 20),
  RECOVERY_SUPPORT("RS", "Recovery support (aftercare / sober living)", 10);

  private final String code;
  private final String label;
  private final int intensity;

  LevelOfCare(String code, String label, int intensity) {
    this.code = code;
    this.label = label;
    this.intensity = intensity;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public int intensity() {
    return intensity;
  }

  public static Optional<LevelOfCare> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }

  public static String knownCodes() {
    return String.join(", ", Arrays.stream(values()).map(LevelOfCare::code).toList());
  }
}
