package org.stepwise.routes.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.stepwise.routes.support.TemplateProcessor;

/**
 * Streams one attendance file into case-service in batches and writes its reject report. Nothing is
 * marked done until case-service has answered for every row: a failure to reach it throws, the file
 * stays where it is, and a later attempt sends it again (rows stored before come back DUPLICATE, so
 * none is stored twice).
 */
public class AttendanceFileProcessor extends TemplateProcessor {

  private static final Logger LOG = Logger.getLogger(AttendanceFileProcessor.class.getName());
  public static final String BATCH_ENDPOINT = "direct:attendance-batch";
  public static final String REPORT_ENDPOINT = "direct:intake-report";

  /** The header naming the temporary report file, removed once the file is answered. */
  public static final String REPORT_FILE = "StepwiseReportFile";

  private final int batchSize;
  private final ProcessedFiles processed;
  private final java.nio.file.Path reportsDir;

  public AttendanceFileProcessor(
      int batchSize, ProcessedFiles processed, java.nio.file.Path stateDir) {
    this.batchSize = batchSize;
    this.processed = processed;
    this.reportsDir = stateDir.resolve("reports");
  }

  @Override
  public void process(Exchange exchange) throws Exception {
    String house = exchange.getIn().getHeader(IntakeHeaders.HOUSE, String.class);
    String channel = exchange.getIn().getHeader(IntakeHeaders.CHANNEL, String.class);
    String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, "file", String.class);
    String sha256;
    try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
      sha256 = ProcessedFiles.sha256(in);
    }
    if (processed.contains(house, fileName, sha256)) {
      LOG.info(
          () ->
              channel
                  + " file from "
                  + house
                  + " was delivered before (same name and content): not sent again");
      exchange.getIn().setHeader(IntakeHeaders.OUTCOME, "done");
      exchange.getIn().setHeader(IntakeHeaders.REJECTS, 0);
      exchange.getIn().setBody(null);
      return;
    }
    ProducerTemplate caseService = template(exchange);
    RejectReport report =
        new RejectReport(reportsDir.resolve(java.util.UUID.randomUUID() + ".rejects.csv"));
    long[] counts = new long[2];
    String outcome = "done";
    try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class);
        AttendanceCsv csv = AttendanceCsv.open(in, house, report::add)) {
      List<CsvLine> batch = new ArrayList<>(batchSize);
      for (CsvLine line : csv) {
        batch.add(line);
        if (batch.size() == batchSize) {
          send(caseService, house, channel, batch, report, counts);
          batch.clear();
        }
      }
      send(caseService, house, channel, batch, report, counts);
    } catch (UnreadableFile | BatchRefused e) {
      outcome = "error";
      report.add(
          new RowReject(
              0,
              null,
              null,
              e instanceof UnreadableFile ? "UNREADABLE" : "REFUSED",
              e.getMessage()));
    } catch (Exception e) {
      // case-service or Keycloak out of reach: the file stays, this attempt's report goes
      report.close();
      java.nio.file.Files.deleteIfExists(report.file());
      throw e;
    }
    report.close();
    try {
      caseService.requestBody(
          REPORT_ENDPOINT,
          reportJson(house, channel, fileName, outcome, counts, report),
          String.class);
    } catch (org.apache.camel.CamelExecutionException e) {
      if (!(e.getCause() instanceof BatchRefused)) {
        throw e;
      }
      // the rows are answered; a report case-service will not take must not hold the file back
      LOG.warning(() -> "case-service refused the intake report of a " + house + " file");
    }
    if ("done".equals(outcome)) {
      processed.add(house, fileName, sha256);
    }
    String destination = outcome;
    // ids and counts only: file contents are health records
    LOG.info(
        () ->
            String.format(
                "%s file from %s: %d accepted, %d duplicate, %d rejected -> %s/",
                channel, house, counts[0], counts[1], report.count(), destination));
    exchange.getIn().setHeader(IntakeHeaders.OUTCOME, outcome);
    exchange.getIn().setHeader(IntakeHeaders.REJECTS, report.count());
    exchange.getIn().setHeader(IntakeHeaders.ACCEPTED, counts[0]);
    exchange.getIn().setHeader(IntakeHeaders.DUPLICATES, counts[1]);
    exchange.getIn().setHeader(IntakeHeaders.REPORT_NAME, RejectReport.nameFor(fileName));
    exchange.getIn().setHeader(REPORT_FILE, report.file().toString());
    exchange.getIn().setBody(report.count() > 0 ? report.file().toFile() : null);
  }

  private void send(
      ProducerTemplate caseService,
      String house,
      String channel,
      List<CsvLine> batch,
      RejectReport report,
      long[] counts) {
    if (batch.isEmpty()) {
      return;
    }
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (CsvLine line : batch) {
      records.add(
          Json.createObjectBuilder()
              .add("clientRef", line.get("client_ref"))
              .add("meetingType", line.get("meeting_type"))
              .add("meetingName", line.get("meeting_name"))
              .add("startedAt", line.get("started_at"))
              .add("status", line.get("status"))
              .add("verification", line.get("verification"))
              .add("reportedBy", line.get("reported_by"))
              .add("sourceRecordId", line.get("source_record_id")));
    }
    String body =
        Json.createObjectBuilder()
            .add("houseCode", house)
            .add("channel", channel)
            .add("records", records)
            .build()
            .toString();
    String answer;
    try {
      answer = caseService.requestBody(BATCH_ENDPOINT, body, String.class);
    } catch (org.apache.camel.CamelExecutionException e) {
      // a refusal retrying cannot change surfaces as itself: the file goes to error/
      if (e.getCause() instanceof BatchRefused refused) {
        throw refused;
      }
      throw e;
    }
    JsonObject result = Json.createReader(new StringReader(answer)).readObject();
    List<JsonObject> rows = result.getJsonArray("rows").getValuesAs(JsonObject.class);
    for (JsonObject row : rows) {
      CsvLine line = batch.get(row.getInt("index"));
      switch (row.getString("result")) {
        case "ACCEPTED" -> counts[0]++;
        case "DUPLICATE" -> {
          if ("DUPLICATE".equals(row.getString("code", null))
              && row.getString("reason", "").startsWith("repeats")) {
            report.add(
                new RowReject(
                    line.lineNumber(),
                    line.get("source_record_id"),
                    "source_record_id",
                    "DUPLICATE_IN_FILE",
                    row.getString("reason")));
          } else {
            counts[1]++;
          }
        }
        default ->
            report.add(
                new RowReject(
                    line.lineNumber(),
                    line.get("source_record_id"),
                    snake(row.getString("field", null)),
                    row.getString("code", null),
                    row.getString("reason", null)));
      }
    }
  }

  /** The file's outcome for case-service, where house and case managers see it. */
  private static String reportJson(
      String house,
      String channel,
      String fileName,
      String outcome,
      long[] counts,
      RejectReport report) {
    JsonArrayBuilder rejects = Json.createArrayBuilder();
    for (RowReject r : report.kept()) {
      var row =
          Json.createObjectBuilder()
              .add("line", r.line())
              .add("code", r.code())
              .add("reason", r.reason());
      if (r.sourceRecordId() != null && !r.sourceRecordId().isEmpty()) {
        row.add(
            "sourceRecordId",
            r.sourceRecordId().length() > 128
                ? r.sourceRecordId().substring(0, 128)
                : r.sourceRecordId());
      }
      if (r.field() != null) {
        row.add("field", r.field());
      }
      rejects.add(row);
    }
    return Json.createObjectBuilder()
        .add("houseCode", house)
        .add("channel", channel)
        .add("sourceName", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
        .add("outcome", outcome.toUpperCase())
        .add("accepted", counts[0])
        .add("duplicates", counts[1])
        .add("rejected", report.count())
        .add("rejects", rejects)
        .build()
        .toString();
  }

  /** The API names fields in camelCase; the house's file has snake_case columns. */
  private static String snake(String field) {
    return field == null ? null : field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
  }
}
