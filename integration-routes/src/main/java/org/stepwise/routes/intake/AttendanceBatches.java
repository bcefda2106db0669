package org.stepwise.routes.intake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.camel.Exchange;

/**
 * The batches of a file being read, for the intake route's streaming split. The next batch is read
 * and its request made on another thread while the current one is out at case-service (the file's
 * parse and JSON and case-service's checks and insert overlap), and never more than that one ahead,
 * so a file never has to fit in memory; reading stops once the file has failed (case-service
 * refused a batch for good).
 */
final class AttendanceBatches implements Iterator<FileBatch> {

  private final FileIntake intake;
  private final Iterator<CsvLine> lines;
  private final int size;
  private final ExecutorService reader;
  private Future<FileBatch> ahead;

  private AttendanceBatches(FileIntake intake, int size, ExecutorService reader) {
    this.intake = intake;
    this.lines = intake.csv().iterator();
    this.size = size;
    this.reader = reader;
    this.ahead = reader.submit(this::read);
  }

  /** The split expression: the exchange's file in batches of {@code size} rows. */
  static org.apache.camel.Expression of(int size, ExecutorService reader) {
    return new org.apache.camel.support.ExpressionAdapter() {
      @Override
      public Object evaluate(Exchange exchange) {
        return new AttendanceBatches(FileIntake.of(exchange), size, reader);
      }
    };
  }

  @Override
  public boolean hasNext() {
    if (ahead == null) {
      return false;
    }
    if (intake.stage() != FileIntake.Stage.READING) {
      // the file failed: let the read in progress end before the file is closed
      try {
        awaitAhead();
      } catch (RuntimeException ignored) {
        // the file has failed already; what the last read found no longer matters
      }
      ahead = null;
      return false;
    }
    FileBatch batch = awaitAhead();
    if (batch.rows().isEmpty()) {
      // only bad lines (or none) were left: they are the report's last lines
      batch.unreadable().forEach(intake::reject);
      ahead = null;
      return false;
    }
    return true;
  }

  @Override
  public FileBatch next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    FileBatch batch = awaitAhead();
    ahead = reader.submit(this::read);
    return batch;
  }

  private FileBatch read() {
    List<CsvLine> rows = new ArrayList<>(size);
    while (rows.size() < size && lines.hasNext()) {
      rows.add(lines.next());
    }
    return new FileBatch(
        rows,
        intake.takeUnreadable(),
        rows.isEmpty() ? null : BatchMessages.requestFor(intake, rows));
  }

  private FileBatch awaitAhead() {
    try {
      return ahead.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the file", e);
    }
  }
}
