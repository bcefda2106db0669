package org.stepwise.cases.container;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.platform.SharedTestPlatform;

/**
 * Makes the Arquillian deployments' database on the shared test platform and hands it (and the test
 * realm that tokens are checked against) to Payara Micro as MicroProfile Config properties.
 */
final class PlatformDatabase {

  static final String NAME = "stepwise_container";

  private PlatformDatabase() {}

  static void prepare() throws Exception {
    var platform = SharedTestPlatform.get();
    DatabaseEndpoint admin = platform.databaseAsSuperuser();
    // the platform's two roles, as in production: the owner migrates, the application has grants
    DatabaseEndpoint roles = platform.database();
    try (Connection c =
            DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + NAME + " OWNER " + roles.migrationUser());
    }
    String url = admin.jdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + NAME);
    System.setProperty(
        "payara.cmdOptions",
        "-Dstepwise.db.url="
            + url
            + " -Dstepwise.db.user="
            + roles.user()
            + " -Dstepwise.db.password="
            + roles.password()
            + " -Dstepwise.db.migration.user="
            + roles.migrationUser()
            + " -Dstepwise.db.migration.password="
            + roles.migrationPassword()
            + " -Dmp.jwt.verify.issuer="
            + platform.issuer()
            + " -Dmp.jwt.verify.publickey.location="
            + platform.issuer()
            + "/protocol/openid-connect/certs");
  }
}
