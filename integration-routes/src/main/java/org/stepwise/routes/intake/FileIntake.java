package org.stepwise.routes.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * One house file (attendance or drug tests) on its way through intake (the routes of {@link
 * FileIntakeRoutes}): where it came from, its content hash, the CSV being read, the reject report
 * being written and the counts so far. It travels in an exchange property, so the batches split
 * from the file share it; the open CSV and the temporary report are closed and removed when the
 * file's exchange completes, whether it succeeded or not.
 */
public final class FileIntake {

  /** The exchange property holding the file's intake. */
  public static final String PROPERTY = "StepwiseFileIntake";

  /** How far the file got. */
  public enum Stage {
    /** Same house, name and content as a file already answered: not sent again. */
    DELIVERED_BEFORE,
    /** Being read and sent in batches. */
    READING,
    /** Nothing in it can be read, or case-service refused it for good: it goes to error/. */
    FAILED
  }

  private final String house;
  private final String channel;
  private final String fileName;
  private final RecordType type;
  private final String sha256;
  private final RejectReport report;
  private Stage stage;
  private HouseCsv csv;
  private long accepted;
  private long duplicates;

  /** Lines found unusable since the last batch was read (touched by the reading thread only). */
  private List<RowReject> unreadable = new ArrayList<>();

  private FileIntake(
      String house, String channel, String fileName, String sha256, Path reportsDir) {
    this.house = house;
    this.channel = channel;
    this.fileName = fileName;
    this.type = RecordType.ofFile(fileName);
    this.sha256 = sha256;
    this.report = new RejectReport(reportsDir.resolve(UUID.randomUUID() + ".rejects.csv"));
  }

  /**
   * Starts the intake of the exchange's file: hashes it, and unless it was delivered before opens
   * it as CSV (a file that cannot be read is {@link Stage#FAILED} with the reason in its report).
   */
  static void begin(Exchange exchange, ProcessedFiles processed, Path reportsDir)
      throws IOException, InvalidPayloadException {
    String house = exchange.getIn().getHeader(IntakeHeaders.HOUSE, String.class);
    String channel = exchange.getIn().getHeader(IntakeHeaders.CHANNEL, String.class);
    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, "file", String.class);
    String sha256;
    try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
      sha256 = ProcessedFiles.sha256(in);
    }
    FileIntake intake = new FileIntake(house, channel, name, sha256, reportsDir);
    exchange.setProperty(PROPERTY, intake);
    exchange.getExchangeExtension().addOnCompletion(intake.cleanUp());
    if (processed.contains(house, name, sha256)) {
      intake.stage = Stage.DELIVERED_BEFORE;
      return;
    }
    try {
      intake.csv =
          HouseCsv.open(
              exchange.getIn().getMandatoryBody(InputStream.class),
              house,
              intake.type,
              intake::unreadable);
      intake.stage = Stage.READING;
    } catch (UnreadableFile e) {
      intake.fail("UNREADABLE", e.getMessage());
    }
  }

  /** The intake of the file the exchange carries. */
  public static FileIntake of(Exchange exchange) {
    return exchange.getProperty(PROPERTY, FileIntake.class);
  }

  /** Whether the exchange's file is at {@code stage} (for the routes' choices). */
  static org.apache.camel.Predicate at(Stage stage) {
    return exchange -> of(exchange).stage == stage;
  }

  /** The whole file goes to error/, with the reason as its report's line 0. */
  void fail(String code, String reason) {
    stage = Stage.FAILED;
    report.add(new RowReject(0, null, null, code, reason));
  }

  void accepted() {
    accepted++;
  }

  void duplicate() {
    duplicates++;
  }

  void reject(RowReject reject) {
    report.add(reject);
  }

  /** A line the CSV reader could not use; reported with the batch being read. */
  private void unreadable(RowReject reject) {
    unreadable.add(reject);
  }

  /** The lines found unusable since the last call, for the batch just read. */
  List<RowReject> takeUnreadable() {
    List<RowReject> taken = unreadable;
    unreadable = new ArrayList<>();
    return taken;
  }

  String house() {
    return house;
  }

  String channel() {
    return channel;
  }

  String fileName() {
    return fileName;
  }

  /** What the file records: attendance, or drug tests ({@code test_results…} files). */
  RecordType type() {
    return type;
  }

  /** Whether the exchange's file records drug tests (for the route's choice of endpoint). */
  static org.apache.camel.Predicate records(RecordType type) {
    return exchange -> of(exchange).type == type;
  }

  String sha256() {
    return sha256;
  }

  Stage stage() {
    return stage;
  }

  HouseCsv csv() {
    return csv;
  }

  long acceptedCount() {
    return accepted;
  }

  long duplicateCount() {
    return duplicates;
  }

  RejectReport report() {
    return report;
  }

  /** Where the source file goes: done/, or error/ when the file as a whole failed. */
  String destination() {
    return stage == Stage.FAILED ? "error" : "done";
  }

  private SynchronizationAdapter cleanUp() {
    return new SynchronizationAdapter() {
      @Override
      public void onDone(Exchange exchange) {
        try {
          if (csv != null) {
            csv.close();
          }
          report.close();
          Files.deleteIfExists(report.file());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
