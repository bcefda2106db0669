package org.stepwise.routes.intake;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reject report that goes back to the house: one CSV line per bad row, with line and reason.
 */
public final class RejectReport {

  private final StringWriter out = new StringWriter();
  private final CSVPrinter printer;
  private int count;
  private final java.util.List<RowReject> kept = new java.util.ArrayList<>();

  /** Rejected rows sent to case-service with the report (the file's report keeps them all). */
  public static final int KEPT = 10_000;

  public RejectReport() {
    try {
      printer =
          CSVFormat.RFC4180
              .builder()
              .setHeader("line", "source_record_id", "field", "code", "reason")
              .get()
              .print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void add(RowReject reject) {
    try {
      printer.printRecord(
          reject.line(), reject.sourceRecordId(), reject.field(), reject.code(), reject.reason());
      count++;
      if (kept.size() < KEPT) {
        kept.add(reject);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public java.util.List<RowReject> kept() {
    return kept;
  }

  public int count() {
    return count;
  }

  public String text() {
    return out.toString();
  }

  /** A report file name that cannot leave the rejects directory, whatever the source was called. */
  public static String nameFor(String sourceFileName) {
    String base = sourceFileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
    base = base.replaceAll("^\\.+", "");
    return (base.isEmpty() ? "file" : base) + ".rejects.csv";
  }
}
