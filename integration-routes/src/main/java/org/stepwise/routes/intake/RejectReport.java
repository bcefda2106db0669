package org.stepwise.routes.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reject report that goes back to the house: one CSV line per bad row, with line and reason,
 * written to a file as it grows (a file of bad rows never has to fit in memory). The first {@link
 * #KEPT} rejects are also kept for case-service.
 */
public final class RejectReport implements AutoCloseable {

  /** Rejected rows sent to case-service with the report (the file's report keeps them all). */
  public static final int KEPT = 10_000;

  private final Path file;
  private final CSVPrinter printer;
  private final List<RowReject> kept = new ArrayList<>();
  private int count;

  public RejectReport(Path file) {
    this.file = file;
    try {
      Files.createDirectories(file.getParent());
      printer =
          CSVFormat.RFC4180
              .builder()
              .setHeader("line", "source_record_id", "field", "code", "reason")
              .get()
              .print(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void add(RowReject reject) {
    try {
      printer.printRecord(
          reject.line(),
          inert(reject.sourceRecordId()),
          inert(reject.field()),
          inert(reject.code()),
          inert(reject.reason()));
      count++;
      if (kept.size() < KEPT) {
        kept.add(reject);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<RowReject> kept() {
    return kept;
  }

  public int count() {
    return count;
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      printer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell a spreadsheet will show as text, never run as a formula: one that starts with {@code = +
   * - @}, a tab or a carriage return gets a leading apostrophe (the house's own values come back in
   * the report, and a house manager opens it in a spreadsheet).
   */
  static String inert(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** A report file name that cannot leave the rejects directory, whatever the source was called. */
  public static String nameFor(String sourceFileName) {
    String base = sourceFileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
    base = base.replaceAll("^\\.+", "");
    return (base.isEmpty() ? "file" : base) + ".rejects.csv";
  }
}
