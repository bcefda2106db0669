package org.stepwise.platform;

/**
 * The realm's demo users (keycloak-realm/stepwise-realm.json). Demo passwords: never in production.
 */
public enum DemoUser {
  CM_RIVERA("cm.rivera", "Rivera-demo-2026", "case-manager", 1),
  CM_PATEL("cm.patel", "Patel-demo-2026", "case-manager", 6),
  ADMIN_OKAFOR("admin.okafor", "Okafor-demo-2026", "program-admin", 2),
  HM_JORDAN("hm.jordan", "Jordan-demo-2026", "house-manager (MAPLE)", 3),
  HM_ALVAREZ("hm.alvarez", "Alvarez-demo-2026", "house-manager (CEDAR)", 4),
  DR_CHEN("dr.chen", "Chen-demo-2026", "clinician (Riverside Clinic)", 5);

  private final String username;
  private final String password;
  private final String role;
  private final String subject;

  DemoUser(String username, String password, String role, int userNumber) {
    this.username = username;
    this.password = password;
    this.role = role;
    this.subject = String.format("0b6f3c4e-1c1a-4d0e-9a11-%012d", userNumber);
  }

  /** The user's fixed id in the demo realm: the {@code sub} of their tokens. */
  public String subject() {
    return subject;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  public String role() {
    return role;
  }
}
