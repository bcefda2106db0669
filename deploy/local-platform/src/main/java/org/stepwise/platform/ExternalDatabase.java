package org.stepwise.platform;

import java.util.Optional;

/**
 * A PostgreSQL server chosen with STEPWISE_DB_URL / _USER / _PASSWORD (the application's role) and
 * STEPWISE_DB_MIGRATION_USER / _PASSWORD (the schema owner), instead of the embedded one.
 */
public record ExternalDatabase(
    String jdbcUrl, String user, String password, String migrationUser, String migrationPassword) {

  static Optional<ExternalDatabase> fromEnvironment() {
    String url = PlatformSettings.setting("STEPWISE_DB_URL", "");
    if (url.isBlank()) {
      return Optional.empty();
    }
    String migrationUser = PlatformSettings.setting("STEPWISE_DB_MIGRATION_USER", "");
    return Optional.of(
        new ExternalDatabase(
            url,
            PlatformSettings.setting("STEPWISE_DB_USER", "stepwise"),
            PlatformSettings.setting("STEPWISE_DB_PASSWORD", ""),
            migrationUser.isBlank() ? null : migrationUser,
            PlatformSettings.setting("STEPWISE_DB_MIGRATION_PASSWORD", "")));
  }
}
