package org.stepwise.routes.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The houses' drops, from the routes' own configuration (application.properties, overridden by
 * environment variables): each house's channel holds credentials for that house's server, which
 * belong with the routes' secrets, not in case-service's database.
 *
 * <pre>
 * stepwise.intake.houses=MAPLE,CEDAR
 * stepwise.intake.MAPLE.channel=SFTP
 * stepwise.intake.MAPLE.endpoint=sftp://sftp.maple.example:22/attendance?username=stepwise&amp;password=RAW(...)
 * stepwise.intake.MAPLE.delay=60000
 * </pre>
 */
public final class IntakeConfiguration {

  private static final Set<String> CHANNELS = Set.of("SFTP", "FILE_DROP");

  private IntakeConfiguration() {}

  public static List<HouseDrop> drops(CamelContext context) {
    PropertiesComponent p = context.getPropertiesComponent();
    String houses = p.resolveProperty("stepwise.intake.houses").orElse("");
    List<HouseDrop> drops = new ArrayList<>();
    for (String house : houses.split(",")) {
      String code = house.strip();
      if (code.isEmpty()) {
        continue;
      }
      String prefix = "stepwise.intake." + code + ".";
      String channel = p.resolveProperty(prefix + "channel").orElse("FILE_DROP");
      if (!CHANNELS.contains(channel)) {
        throw new IllegalArgumentException(prefix + "channel must be one of " + CHANNELS);
      }
      String endpoint =
          context.resolvePropertyPlaceholders(
              p.resolveProperty(prefix + "endpoint")
                  .orElseThrow(
                      () -> new IllegalArgumentException(prefix + "endpoint is required")));
      long delay = Long.parseLong(p.resolveProperty(prefix + "delay").orElse("10000"));
      SftpHostKeys.requireChecked(endpoint, prefix + "endpoint");
      drops.add(new HouseDrop(code, channel, endpoint, delay, SftpHostKeys.options(context)));
    }
    return drops;
  }

  /** Where the routes keep their state: feed cursors, processed files, SFTP downloads. */
  public static java.nio.file.Path stateDir(CamelContext context) {
    return java.nio.file.Path.of(
        context.resolvePropertyPlaceholders(
            context
                .getPropertiesComponent()
                .resolveProperty("stepwise.state-dir")
                .orElse("target/routes-state")));
  }

  public static int batchSize(CamelContext context) {
    return Integer.parseInt(
        context
            .getPropertiesComponent()
            .resolveProperty("stepwise.intake.batch-size")
            .orElse("500"));
  }
}
