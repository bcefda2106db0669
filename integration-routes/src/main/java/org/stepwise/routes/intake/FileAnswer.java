package org.stepwise.routes.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepwise.routes.casefile.CaseServiceRoutes;

/**
 * The end of a file's intake: its report for case-service (where house and case managers see it),
 * and the outcome for the route: where the file goes, the counts for the metrics and the reject
 * report to put beside it. Only a file answered for every row is recorded as delivered.
 */
final class FileAnswer {

  private static final Logger LOG = LoggerFactory.getLogger(FileAnswer.class);

  private FileAnswer() {}

  /** The body for case-service's intake report of the exchange's file. */
  static void reportRequest(Exchange exchange) {
    FileIntake intake = FileIntake.of(exchange);
    RejectReport report = intake.report();
    JsonArrayBuilder rejects = Json.createArrayBuilder();
    for (RowReject r : report.kept()) {
      JsonObjectBuilder row =
          Json.createObjectBuilder()
              .add("line", r.line())
              .add("code", r.code())
              .add("reason", r.reason());
      if (r.sourceRecordId() != null && !r.sourceRecordId().isEmpty()) {
        row.add("sourceRecordId", cut(r.sourceRecordId(), 128));
      }
      if (r.field() != null) {
        row.add("field", r.field());
      }
      if (r.clientRef() != null && !r.clientRef().isBlank()) {
        row.add("clientRef", cut(r.clientRef().strip(), 64));
      }
      rejects.add(row);
    }
    exchange
        .getIn()
        .setBody(
            Json.createObjectBuilder()
                .add("houseCode", intake.house())
                .add("channel", intake.channel())
                .add("sourceName", cut(intake.fileName(), 255))
                .add("outcome", intake.destination().toUpperCase())
                .add("accepted", intake.acceptedCount())
                .add("duplicates", intake.duplicateCount())
                .add("rejected", report.count())
                .add("rejects", rejects)
                .build()
                .toString());
  }

  /**
   * Keeps the file's own message after the report call; a report case-service will not take is
   * logged and does not hold the file back, since its rows are answered.
   */
  static AggregationStrategy keepTheFile() {
    return (file, reportCall) -> {
      if (reportCall.getIn().getHeader(CaseServiceRoutes.REFUSED) != null) {
        LOG.atWarn()
            .log(
                () ->
                    "case-service refused the intake report of a "
                        + FileIntake.of(file).house()
                        + " file");
      }
      return file;
    };
  }

  /** Records the outcome: headers for the metrics and the move, and the reject report as body. */
  static void finish(Exchange exchange, ProcessedFiles processed) {
    FileIntake intake = FileIntake.of(exchange);
    RejectReport report = intake.report();
    report.close();
    if (intake.stage() == FileIntake.Stage.DELIVERED_BEFORE) {
      LOG.atInfo().log(
          () ->
              intake.channel()
                  + " file from "
                  + intake.house()
                  + " was delivered before (same name and content): not sent again");
    } else {
      if (intake.stage() == FileIntake.Stage.READING) {
        processed.add(intake.house(), intake.fileName(), intake.sha256());
      }
      // ids and counts only: file contents are health records
      LOG.atInfo().log(
          () ->
              String.format(
                  "%s file from %s: %d accepted, %d duplicate, %d rejected -> %s/",
                  intake.channel(),
                  intake.house(),
                  intake.acceptedCount(),
                  intake.duplicateCount(),
                  report.count(),
                  intake.destination()));
    }
    var message = exchange.getIn();
    message.setHeader(IntakeHeaders.OUTCOME, intake.destination());
    message.setHeader(IntakeHeaders.ACCEPTED, intake.acceptedCount());
    message.setHeader(IntakeHeaders.DUPLICATES, intake.duplicateCount());
    message.setHeader(IntakeHeaders.REJECTS, report.count());
    message.setHeader(IntakeHeaders.REPORT_NAME, RejectReport.nameFor(intake.fileName()));
    message.setBody(report.count() > 0 ? report.file().toFile() : null);
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }
}
