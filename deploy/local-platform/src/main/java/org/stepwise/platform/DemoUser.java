package org.stepwise.platform;

/**
 * The realm's demo users (keycloak-realm/stepwise-realm.json). Demo passwords: never in production.
 */
public enum DemoUser {
  CM_RIVERA("cm.rivera", "Rivera-demo-2026", "case-manager"),
  CM_PATEL("cm.patel", "Patel-demo-2026", "case-manager"),
  ADMIN_OKAFOR("admin.okafor", "Okafor-demo-2026", "program-admin"),
  HM_JORDAN("hm.jordan", "Jordan-demo-2026", "house-manager (MAPLE)"),
  HM_ALVAREZ("hm.alvarez", "Alvarez-demo-2026", "house-manager (CEDAR)"),
  DR_CHEN("dr.chen", "Chen-demo-2026", "clinician (Riverside Clinic)");

  private final String username;
  private final String password;
  private final String role;

  DemoUser(String username, String password, String role) {
    this.username = username;
    this.password = password;
    this.role = role;
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
