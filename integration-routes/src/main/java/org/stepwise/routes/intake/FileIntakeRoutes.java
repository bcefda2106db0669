package org.stepwise.routes.intake;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.config.HouseDrop;
import org.stepwise.routes.config.IntakeConfiguration;
import org.stepwise.routes.config.SinglePoller;

/**
 * Attendance files from the houses' drops (SFTP servers or local directories), one consumer route
 * per drop and one shared flow:
 *
 * <ol>
 *   <li>{@code intake-<house>-<channel>} picks up each CSV file, sends it through {@code
 *       intake-file}, counts files and rows per house on the management port, and writes the reject
 *       report beside the source in rejects/; the file then moves to done/ or error/;
 *   <li>{@code intake-file} streams the file in batches to case-service and sends the file's intake
 *       report. A file that case-service has not answered for (out of reach after the call's
 *       retries) fails as a whole and stays in place for the next poll; rows stored before come
 *       back DUPLICATE then, so none is stored twice.
 * </ol>
 */
public class FileIntakeRoutes extends RouteBuilder {

  /** The flow of one file, whichever drop it came from. */
  public static final String INTAKE_FILE = "direct:intake-file";

  private static final String INCREMENT = "CamelMetricsCounterIncrement";

  @Override
  public void configure() {
    Path state = IntakeConfiguration.stateDir(getContext());
    ProcessedFiles processed = new ProcessedFiles(state);
    Path reports = state.resolve("reports");
    int batchSize = IntakeConfiguration.batchSize(getContext());
    ExecutorService readAhead =
        getContext().getExecutorServiceManager().newCachedThreadPool(this, "intake-read-ahead");

    from(INTAKE_FILE)
        .routeId("intake-file")
        .process(exchange -> FileIntake.begin(exchange, processed, reports))
        .choice()
        .when(FileIntake.at(FileIntake.Stage.READING))
        .split(AttendanceBatches.of(batchSize, readAhead))
        .streaming()
        .stopOnException()
        .process(BatchMessages::request)
        .choice()
        .when(FileIntake.records(RecordType.TEST_RESULTS))
        .to(CaseServiceRoutes.TOXICOLOGY_BATCH)
        .otherwise()
        .to(CaseServiceRoutes.ATTENDANCE_BATCH)
        .end()
        .process(BatchMessages::answer)
        .end()
        .end()
        .filter(PredicateBuilder.not(FileIntake.at(FileIntake.Stage.DELIVERED_BEFORE)))
        .process(FileAnswer::reportRequest)
        .enrich(CaseServiceRoutes.INTAKE_REPORT, FileAnswer.keepTheFile())
        .end()
        .process(exchange -> FileAnswer.finish(exchange, processed));

    for (HouseDrop drop : IntakeConfiguration.drops(getContext())) {
      consume(drop, state);
    }
  }

  private void consume(HouseDrop drop, Path state) {
    String tags = "house=" + drop.houseCode() + ",channel=" + drop.channel();
    String namespace = "intake-" + drop.houseCode().toLowerCase();
    from(SinglePoller.consumer(getContext(), namespace, drop.consumerUri(state)))
        .routeId(namespace + "-" + drop.channel().toLowerCase())
        .setHeader(IntakeHeaders.HOUSE, constant(drop.houseCode()))
        .setHeader(IntakeHeaders.CHANNEL, constant(drop.channel()))
        .to(INTAKE_FILE)
        .toD(
            "micrometer:counter:stepwise.intake.files?tags="
                + tags
                + ",outcome=${header.StepwiseOutcome}")
        .setHeader(INCREMENT, header(IntakeHeaders.ACCEPTED))
        .to("micrometer:counter:stepwise.intake.rows?tags=" + tags + ",result=accepted")
        .setHeader(INCREMENT, header(IntakeHeaders.DUPLICATES))
        .to("micrometer:counter:stepwise.intake.rows?tags=" + tags + ",result=duplicate")
        .setHeader(INCREMENT, header(IntakeHeaders.REJECTS))
        .to("micrometer:counter:stepwise.intake.rows?tags=" + tags + ",result=rejected")
        .removeHeader(INCREMENT)
        .filter(header(IntakeHeaders.REJECTS).isGreaterThan(0))
        .toD(drop.rejectsUri());
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
