package org.stepwise.routes.intake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.camel.Exchange;

/**
 * The batches of a file being read, for the intake route's streaming split: rows are read only as
 * the next batch is asked for, so a file never has to fit in memory, and reading stops once the
 * file has failed (case-service refused a batch for good).
 */
final class AttendanceBatches implements Iterator<List<CsvLine>> {

  private final FileIntake intake;
  private final Iterator<CsvLine> lines;
  private final int size;

  private AttendanceBatches(FileIntake intake, int size) {
    this.intake = intake;
    this.lines = intake.csv().iterator();
    this.size = size;
  }

  /** The split expression: the exchange's file in batches of {@code size} rows. */
  static org.apache.camel.Expression of(int size) {
    return new org.apache.camel.support.ExpressionAdapter() {
      @Override
      public Object evaluate(Exchange exchange) {
        return new AttendanceBatches(FileIntake.of(exchange), size);
      }
    };
  }

  @Override
  public boolean hasNext() {
    return intake.stage() == FileIntake.Stage.READING && lines.hasNext();
  }

  @Override
  public List<CsvLine> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<CsvLine> batch = new ArrayList<>(size);
    while (batch.size() < size && lines.hasNext()) {
      batch.add(lines.next());
    }
    return batch;
  }
}
