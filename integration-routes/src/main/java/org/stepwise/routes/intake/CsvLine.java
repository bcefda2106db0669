package org.stepwise.routes.intake;

import java.util.Map;

/** One data row of an attendance file, by column name, with the line it starts on. */
public record CsvLine(long lineNumber, Map<String, String> values) {

  public String get(String column) {
    return values.get(column);
  }
}
