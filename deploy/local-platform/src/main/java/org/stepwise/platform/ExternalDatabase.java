package org.stepwise.platform;

import java.util.Optional;

/**
 * A PostgreSQL server chosen with STEPWISE_DB_URL / _USER / _PASSWORD instead of the embedded one.
 */
public record ExternalDatabase(String jdbcUrl, String user, String password) {

  static Optional<ExternalDatabase> fromEnvironment() {
    String url = PlatformSettings.setting("STEPWISE_DB_URL", "");
    if (url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExternalDatabase(
            url,
            PlatformSettings.setting("STEPWISE_DB_USER", "stepwise"),
            PlatformSettings.setting("STEPWISE_DB_PASSWORD", "")));
  }
}
