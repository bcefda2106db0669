package org.stepwise.cases.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the Keycloak token says: subject, username, roles and the scope claims. Scope
 * always comes from the token, never from request parameters.
 */
@RequestScoped
public class CurrentUser {

  public static final String CASE_MANAGER = "case-manager";
  public static final String PROGRAM_ADMIN = "program-admin";
  public static final String HOUSE_MANAGER = "house-manager";
  public static final String CLINICIAN = "clinician";
  public static final String INTEGRATION = "integration";

  private static final Set<String> ROLES =
      Set.of(CASE_MANAGER, PROGRAM_ADMIN, HOUSE_MANAGER, CLINICIAN, INTEGRATION);

  @Inject private JsonWebToken token;

  public boolean isAuthenticated() {
    return token != null && token.getRawToken() != null;
  }

  public String subject() {
    return isAuthenticated() ? token.getSubject() : "anonymous";
  }

  /** The Keycloak username (preferred_username); case-manager assignments use it. */
  public String username() {
    if (!isAuthenticated()) {
      return "system";
    }
    String name = token.getClaim("preferred_username");
    return name != null ? name : token.getSubject();
  }

  public Set<String> roles() {
    Set<String> roles = new TreeSet<>();
    if (isAuthenticated() && token.getGroups() != null) {
      token.getGroups().stream().filter(ROLES::contains).forEach(roles::add);
    }
    return roles;
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /** The houses a house manager's token names (claim house_ids). */
  public List<String> houseIds() {
    return texts("house_ids");
  }

  /** The clinic a clinician's token names (claim clinic_id), if exactly one. */
  public java.util.Optional<String> clinicId() {
    List<String> clinics = texts("clinic_id");
    return clinics.size() == 1 ? java.util.Optional.of(clinics.get(0)) : java.util.Optional.empty();
  }

  private List<String> texts(String name) {
    if (!isAuthenticated()) {
      return List.of();
    }
    Object claim = token.getClaim(name);
    if (claim instanceof jakarta.json.JsonArray array) {
      return array.getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString)
          .toList();
    }
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }
}
