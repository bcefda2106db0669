package org.stepwise.routes.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reject report goes back to a house manager's spreadsheet: no cell of it runs as a formula.
 */
class RejectReportTest {

  @Test
  void cellsThatASpreadsheetWouldRunAreWrittenAsText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.csv");
    try (RejectReport report = new RejectReport(file)) {
      report.add(new RowReject(2, "=HYPERLINK(\"http://x\")", "client_ref", "UNKNOWN", "+1"));
      report.add(new RowReject(3, "@SUM(A1)", null, "X", "-2+3"));
      report.add(new RowReject(4, "\tcmd", null, "X", "ok"));
      report.add(new RowReject(5, "r-5", "status", "BAD_STATUS", "a plain reason"));
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals("2,\"'=HYPERLINK(\"\"http://x\"\")\",client_ref,UNKNOWN,'+1", lines.get(1));
    assertEquals("3,'@SUM(A1),,X,'-2+3", lines.get(2));
    assertEquals("4,'\tcmd,,X,ok", lines.get(3));
    assertEquals("5,r-5,status,BAD_STATUS,a plain reason", lines.get(4));
  }
}
