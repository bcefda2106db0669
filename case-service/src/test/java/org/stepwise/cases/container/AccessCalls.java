package org.stepwise.cases.container;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.SharedTestPlatform;
import org.stepwise.platform.Tokens;

/**
 * The test's side of {@link AccessChecksIT}: real tokens from the test realm and the ids of what
 * the container stored. Kept out of the deployment (the platform's classes are not in it).
 */
final class AccessCalls {

  private AccessCalls() {}

  /** An access token of a demo user, by its {@link DemoUser} name. */
  static String token(String demoUser) {
    return tokens().accessToken(DemoUser.valueOf(demoUser));
  }

  /** The routes' service account (client credentials). */
  static String routesToken() {
    return tokens().clientCredentials("stepwise-routes", "routes-demo-secret-change-me");
  }

  /** The id of the client stored for {@code caseManager}, read from the container's database. */
  static long clientOf(String caseManager) throws Exception {
    DatabaseEndpoint admin = SharedTestPlatform.get().databaseAsSuperuser();
    String url = admin.jdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + PlatformDatabase.NAME);
    try (Connection c = DriverManager.getConnection(url, admin.user(), admin.password());
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id FROM client WHERE case_manager = ? AND family_name = ?")) {
      s.setString(1, caseManager);
      s.setString(2, caseManager);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Tokens tokens() {
    return new Tokens(SharedTestPlatform.get().issuer());
  }
}
