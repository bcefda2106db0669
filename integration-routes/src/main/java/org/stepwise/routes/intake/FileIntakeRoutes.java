package org.stepwise.routes.intake;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.config.HouseDrop;
import org.stepwise.routes.config.IntakeConfiguration;
import org.stepwise.routes.config.SinglePoller;

/**
 * One route per house drop (SFTP server or local directory): each CSV file is streamed into
 * case-service, its reject report written beside it in rejects/, and the file moved to done/ (or
 * error/ when nothing in it could be read). A failure to reach case-service leaves it in place.
 * Files and rows are counted per house on the management port's metrics.
 */
public class FileIntakeRoutes extends RouteBuilder {

  private static final String INCREMENT = "CamelMetricsCounterIncrement";

  /** The temporary report has been copied beside the source (or was not needed). */
  private static void removeReport(String path) throws java.io.IOException {
    if (path != null) {
      java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(path));
    }
  }

  @Override
  public void configure() {
    Path state = IntakeConfiguration.stateDir(getContext());
    AttendanceFileProcessor files =
        new AttendanceFileProcessor(
            IntakeConfiguration.batchSize(getContext()), new ProcessedFiles(state), state);
    for (HouseDrop drop : IntakeConfiguration.drops(getContext())) {
      String tags = "house=" + drop.houseCode() + ",channel=" + drop.channel();
      String namespace = "intake-" + drop.houseCode().toLowerCase();
      from(SinglePoller.consumer(getContext(), namespace, drop.consumerUri(state)))
          .routeId("intake-" + drop.houseCode().toLowerCase() + "-" + drop.channel().toLowerCase())
          .setHeader(IntakeHeaders.HOUSE, constant(drop.houseCode()))
          .setHeader(IntakeHeaders.CHANNEL, constant(drop.channel()))
          .process(files)
          .toD(
              "micrometer:counter:stepwise.intake.files?tags="
                  + tags
                  + ",outcome=${header."
                  + IntakeHeaders.OUTCOME
                  + "}")
          .setHeader(INCREMENT, header(IntakeHeaders.ACCEPTED))
          .to("micrometer:counter:stepwise.intake.rows?tags=" + tags + ",result=accepted")
          .setHeader(INCREMENT, header(IntakeHeaders.DUPLICATES))
          .to("micrometer:counter:stepwise.intake.rows?tags=" + tags + ",result=duplicate")
          .setHeader(INCREMENT, header(IntakeHeaders.REJECTS))
          .to("micrometer:counter:stepwise.intake.rows?tags=" + tags + ",result=rejected")
          .removeHeader(INCREMENT)
          .choice()
          .when(header(IntakeHeaders.REJECTS).isGreaterThan(0))
          .toD(drop.rejectsUri())
          .end()
          .process(
              exchange ->
                  removeReport(
                      exchange
                          .getIn()
                          .getHeader(AttendanceFileProcessor.REPORT_FILE, String.class)));
      drop.localDirectory()
          .ifPresent(
              dir ->
                  from(SinglePoller.consumer(
                          getContext(),
                          namespace + "-quarantine",
                          "timer:quarantine-" + drop.houseCode() + "?period=" + drop.delayMillis()))
                      .routeId("quarantine-" + drop.houseCode().toLowerCase())
                      .process(exchange -> UnsafeNameQuarantine.sweep(dir)));
    }
  }
}
