package org.stepwise.routes.intake;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.config.HouseDrop;
import org.stepwise.routes.config.IntakeConfiguration;

/**
 * One route per house drop (SFTP server or local directory): each CSV file is streamed into
 * case-service, its reject report written beside it in rejects/, and the file moved to done/ (or
 * error/ when nothing in it could be read). A failure to reach case-service leaves it in place.
 */
public class FileIntakeRoutes extends RouteBuilder {

  @Override
  public void configure() {
    Path state = IntakeConfiguration.stateDir(getContext());
    AttendanceFileProcessor files =
        new AttendanceFileProcessor(
            IntakeConfiguration.batchSize(getContext()), new ProcessedFiles(state));
    for (HouseDrop drop : IntakeConfiguration.drops(getContext())) {
      from(drop.consumerUri(state))
          .routeId("intake-" + drop.houseCode().toLowerCase() + "-" + drop.channel().toLowerCase())
          .setHeader(IntakeHeaders.HOUSE, constant(drop.houseCode()))
          .setHeader(IntakeHeaders.CHANNEL, constant(drop.channel()))
          .process(files)
          .filter(header(IntakeHeaders.REJECTS).isGreaterThan(0))
          .toD(drop.rejectsUri());
      drop.localDirectory()
          .ifPresent(
              dir ->
                  from("timer:quarantine-" + drop.houseCode() + "?period=" + drop.delayMillis())
                      .routeId("quarantine-" + drop.houseCode().toLowerCase())
                      .process(exchange -> UnsafeNameQuarantine.sweep(dir)));
    }
  }
}
