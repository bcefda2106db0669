package org.stepwise.routes.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broken-input corpus at the CSV level: what is read, what is rejected with which line. */
class HouseCsvTest {

  static final String HEADER = String.join(",", RecordType.ATTENDANCE.columns());

  private final List<RowReject> rejects = new ArrayList<>();

  private List<CsvLine> read(byte[] content) throws Exception {
    List<CsvLine> lines = new ArrayList<>();
    try (HouseCsv csv = HouseCsv.open(new ByteArrayInputStream(content), "MAPLE", rejects::add)) {
      csv.forEach(lines::add);
    }
    return lines;
  }

  private List<CsvLine> read(String content) throws Exception {
    return read(content.getBytes(StandardCharsets.UTF_8));
  }

  private static String row(String ref, String id) {
    return "MAPLE,"
        + ref
        + ",NA,Group,2026-11-17T19:00:00-05:00,ATTENDED,SIGNED_SLIP,hm.jordan,"
        + id;
  }

  @Test
  void theSharedSampleReadsCompletely() throws Exception {
    // a copy of shared/samples/attendance-maple-house-2026-11-16.csv
    byte[] sample;
    try (var in =
        getClass().getResourceAsStream("/samples/attendance-maple-house-2026-11-16.csv")) {
      sample = in.readAllBytes();
    }
    List<CsvLine> lines = read(sample);
    assertEquals(6, lines.size());
    assertEquals(
        "SMART Recovery, Downtown Library", lines.get(2).get("meeting_name"), "quoted comma");
    assertEquals(4, lines.get(2).lineNumber());
    assertTrue(rejects.isEmpty());
  }

  @Test
  void aBomAndCrlfLineEndsAreAccepted() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String body = HEADER + "\r\n" + row("R-1", "a") + "\r\n" + row("R-2", "b") + "\r\n";
    byte[] content = new byte[bom.length + body.length()];
    System.arraycopy(bom, 0, content, 0, 3);
    System.arraycopy(body.getBytes(StandardCharsets.UTF_8), 0, content, 3, body.length());
    List<CsvLine> lines = read(content);
    assertEquals(List.of(2L, 3L), lines.stream().map(CsvLine::lineNumber).toList());
    assertEquals("MAPLE", lines.get(0).get("house_code"));
  }

  @Test
  void quotedCommasQuotesAndLineBreaksStayInTheirField() throws Exception {
    String content =
        HEADER
            + "\n"
            + "MAPLE,R-1,NA,\"The \"\"Just for Today\"\" group, downtown\",2026-11-17T19:00:00-05:00,ATTENDED,SIGNED_SLIP,hm,a\n"
            + "MAPLE,R-1,NA,\"Two\nlines\",2026-11-17T19:00:00-05:00,ATTENDED,SIGNED_SLIP,hm,b\n"
            + row("R-1", "c")
            + "\n";
    List<CsvLine> lines = read(content);
    assertEquals("The \"Just for Today\" group, downtown", lines.get(0).get("meeting_name"));
    assertEquals(List.of(2L, 3L, 5L), lines.stream().map(CsvLine::lineNumber).toList());
  }

  @Test
  void anEmptyFileOrOneWithoutTheColumnsCannotBeRead() {
    assertThrows(UnreadableFile.class, () -> read(""));
    UnreadableFile missing =
        assertThrows(UnreadableFile.class, () -> read(HEADER.replace(",verification", "") + "\n"));
    assertTrue(missing.getMessage().contains("verification"));
  }

  @Test
  void binaryJunkCannotBeRead() {
    byte[] junk = new byte[512];
    new java.util.Random(7).nextBytes(junk);
    assertThrows(UnreadableFile.class, () -> read(junk));
  }

  @Test
  void aHeaderOnlyFileHasNoRowsAndNoRejects() throws Exception {
    assertTrue(read(HEADER + "\n").isEmpty());
    assertTrue(rejects.isEmpty());
  }

  @Test
  void missingAndExtraColumnsAndOtherHousesAreRejectedWithTheirLines() throws Exception {
    String content =
        HEADER
            + "\n"
            + row("R-1", "a")
            + "\n"
            + "MAPLE,R-1,NA,Group,2026-11-17T19:00:00-05:00,ATTENDED,hm,b\n"
            + row("R-1", "c")
            + ",extra\n"
            + row("R-1", "d").replace("MAPLE", "CEDAR")
            + "\n"
            + row("R-1", "e")
            + "\n";
    List<CsvLine> lines = read(content);
    assertEquals(List.of(2L, 6L), lines.stream().map(CsvLine::lineNumber).toList());
    assertEquals(
        List.of("3 WRONG_COLUMN_COUNT", "4 WRONG_COLUMN_COUNT", "5 OTHER_HOUSE"),
        rejects.stream().map(r -> r.line() + " " + r.code()).toList());
  }
}
