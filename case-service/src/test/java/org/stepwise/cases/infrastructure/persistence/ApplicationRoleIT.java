package org.stepwise.cases.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.platform.SharedTestPlatform;

/**
 * Issue 12, acceptance 5: case-service refuses to start on a database role that could rewrite the
 * audit trail (the check {@link SchemaMigration} runs after migrating), against the test platform's
 * real PostgreSQL and its roles.
 */
class ApplicationRoleIT {

  private final DatabaseEndpoint db = SharedTestPlatform.get().database();

  @Test
  void theApplicationsOwnRoleWithItsGrantsOnlyIsAccepted() {
    ApplicationRole.requireHeldToGrants(source(db.user(), db.password()));
  }

  @Test
  void theSchemasOwnerIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ApplicationRole.requireHeldToGrants(
                    source(db.migrationUser(), db.migrationPassword())));
    assertTrue(e.getMessage().contains("owns"), e.getMessage());
    assertTrue(e.getMessage().contains("stepwise.db.migration.user"), e.getMessage());
  }

  @Test
  void aSuperuserIsRefused() {
    DatabaseEndpoint admin = SharedTestPlatform.get().databaseAsSuperuser();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ApplicationRole.requireHeldToGrants(source(admin.user(), admin.password())));
    assertTrue(e.getMessage().contains("is a superuser"), e.getMessage());
  }

  private PGSimpleDataSource source(String user, String password) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(db.jdbcUrl());
    source.setUser(user);
    source.setPassword(password);
    return source;
  }
}
