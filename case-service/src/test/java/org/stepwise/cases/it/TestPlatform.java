package org.stepwise.cases.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.LocalPlatform;
import org.stepwise.platform.SharedTestPlatform;
import org.stepwise.platform.Tokens;

/**
 * The real platform for the integration tests (PostgreSQL, Keycloak and the packaged WAR on Payara
 * Micro, started once per run) and what the tests need of it.
 */
public final class TestPlatform {

  private static TestPlatform instance;

  private final LocalPlatform platform;
  private final ApiClient api;
  private final Tokens tokens;

  private TestPlatform(LocalPlatform platform) {
    this.platform = platform;
    this.api = new ApiClient(platform.serviceUrl());
    this.tokens = new Tokens(platform.issuer());
  }

  public static synchronized TestPlatform get() {
    if (instance == null) {
      instance = new TestPlatform(SharedTestPlatform.get());
    }
    return instance;
  }

  public ApiClient api() {
    return api;
  }

  public String token(DemoUser user) {
    return tokens.accessToken(user);
  }

  /** The integration routes' service account (client credentials). */
  public String routesToken() {
    return tokens.clientCredentials("stepwise-routes", "routes-demo-secret-change-me");
  }

  public String keycloakUrl() {
    return platform.keycloakUrl();
  }

  public String keycloakManagementUrl() {
    return platform.keycloakManagementUrl();
  }

  public String issuer() {
    return platform.issuer();
  }

  public String serviceUrl() {
    return platform.serviceUrl();
  }

  /** The database's fsync and synchronous_commit, for the benchmarks' figures. */
  public String databaseDurability() throws SQLException {
    return platform.databaseDurability();
  }

  /** The running platform itself (the benchmarks start a second server beside it). */
  public LocalPlatform local() {
    return platform;
  }

  /** A superuser connection to the service's database, to look behind the API. */
  public Connection database() throws SQLException {
    DatabaseEndpoint db = platform.databaseAsSuperuser();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }

  /** A connection as the application's own database role. */
  public Connection databaseAsApplication() throws SQLException {
    DatabaseEndpoint db = platform.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }
}
