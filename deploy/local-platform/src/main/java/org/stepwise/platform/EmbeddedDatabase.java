package org.stepwise.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 from Maven (zonky binaries). It creates an application role and database
 * when they do not exist yet, so a kept data directory is reused as it is.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String APP_USER = "stepwise";
  static final String APP_PASSWORD = "stepwise-local";
  static final String OWNER = "stepwise_owner";
  static final String OWNER_PASSWORD = "stepwise-owner-local";

  private final EmbeddedPostgres postgres;
  private final DatabaseEndpoint endpoint;

  private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseEndpoint endpoint) {
    this.postgres = postgres;
    this.endpoint = endpoint;
  }

  static EmbeddedDatabase start(PlatformSettings settings) throws IOException, SQLException {
    Path dataDir = settings.dataDir().resolve("postgres");
    Files.createDirectories(dataDir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(!settings.keepData())
            .setPort(settings.embeddedDbPort())
            .setServerConfig("max_connections", "100");
    if (settings.durable()) {
      // the embedding library starts PostgreSQL with -F (fsync off) and synchronous_commit off, the
      // defaults for tests; a later -c wins over -F
      builder.setServerConfig("fsync", "on");
      builder.setServerConfig("synchronous_commit", "on");
      builder.setServerConfig("full_page_writes", "on");
    }
    if (settings.statementStatistics()) {
      // Tests count the statements a request runs (pg_stat_statements ships with the binaries).
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
      builder.setServerConfig("pg_stat_statements.track", "all");
    }
    EmbeddedPostgres postgres = builder.start();
    String db = settings.databaseName();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (settings.durable()) {
        requireOn(s, "fsync");
        requireOn(s, "synchronous_commit");
      }
      createRole(s, OWNER, OWNER_PASSWORD);
      createRole(s, APP_USER, APP_PASSWORD);
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'");
      if (!rs.next()) {
        // the owner migrates the schema; the application's role only gets grants
        s.execute("CREATE DATABASE " + db + " OWNER " + OWNER);
      }
    }
    if (settings.statementStatistics()) {
      try (Connection c = postgres.getDatabase("postgres", db).getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      }
    }
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db;
    return new EmbeddedDatabase(
        postgres, new DatabaseEndpoint(url, APP_USER, APP_PASSWORD, OWNER, OWNER_PASSWORD));
  }

  /** Refuses to go on with a database that would not keep what it acknowledges. */
  private static void requireOn(Statement s, String setting) throws SQLException {
    var rs = s.executeQuery("SHOW " + setting);
    rs.next();
    if (!"on".equals(rs.getString(1))) {
      throw new IllegalStateException(
          "the embedded PostgreSQL runs with " + setting + "=" + rs.getString(1) + ", not on");
    }
  }

  /** What the database does with a commit, for the run command's banner. */
  String durability() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      StringBuilder out = new StringBuilder();
      for (String setting : new String[] {"fsync", "synchronous_commit"}) {
        var rs = s.executeQuery("SHOW " + setting);
        rs.next();
        out.append(out.isEmpty() ? "" : ", ").append(setting).append('=').append(rs.getString(1));
      }
      return out.toString();
    }
  }

  private static void createRole(Statement s, String role, String password) throws SQLException {
    s.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
            + role
            + "') THEN CREATE ROLE "
            + role
            + " LOGIN PASSWORD '"
            + password
            + "'; END IF; END $$");
  }

  DatabaseEndpoint endpoint() {
    return endpoint;
  }

  /** A superuser endpoint on the same database, for tests that inspect PostgreSQL itself. */
  DatabaseEndpoint superuserEndpoint() {
    String url =
        "jdbc:postgresql://localhost:"
            + postgres.getPort()
            + "/"
            + endpoint.jdbcUrl().substring(endpoint.jdbcUrl().lastIndexOf('/') + 1);
    return new DatabaseEndpoint(url, "postgres", "postgres", null, null);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
