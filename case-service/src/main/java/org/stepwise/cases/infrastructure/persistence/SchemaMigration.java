package org.stepwise.cases.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema up to date at start-up; Flyway owns it, the ORM never generates DDL. Migrations
 * run as the schema owner ({@code stepwise.db.migration.user}), never as the application's own
 * role, so that role can be denied what it must never do (change the audit trail); start-up is
 * refused when it could ({@link ApplicationRole}).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "stepwise.db.url")
  private String url;

  @Inject
  @ConfigProperty(name = "stepwise.db.user")
  private String appUser;

  @Inject
  @ConfigProperty(name = "stepwise.db.migration.user")
  private Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "stepwise.db.migration.password")
  private Optional<String> migrationPassword;

  @PostConstruct
  void migrate() {
    FluentConfiguration flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", quoted(appUser)));
    if (migrationUser.filter(u -> !u.isBlank()).isEmpty()) {
      throw new IllegalStateException(
          "stepwise.db.migration.user is not set: the schema must be migrated by its owner, and"
              + " the application's role (stepwise.db.user) given only its grants, or the"
              + " application could rewrite its own audit trail");
    }
    flyway.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
    var result = flyway.load().migrate();
    ApplicationRole.requireHeldToGrants(dataSource);
    LOG.info(
        () ->
            "schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }

  private static String quoted(String role) {
    return '"' + role.replace("\"", "\"\"") + '"';
  }
}
