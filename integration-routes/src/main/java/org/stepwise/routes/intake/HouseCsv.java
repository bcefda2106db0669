package org.stepwise.routes.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a house's CSV (DESIGN.md "Attendance intake formats", or drug test results) as a stream:
 * UTF-8 with or without a BOM, CRLF or LF, RFC 4180 quoting. Rows that cannot be read as a whole go
 * to the reject consumer with their line number; the others come out one at a time, so a 50 MB file
 * never needs 50 MB of memory.
 */
public final class HouseCsv implements Iterable<CsvLine>, AutoCloseable {

  private final CSVParser parser;
  private final List<String> header;
  private final String houseCode;
  private final Consumer<RowReject> rejects;

  private HouseCsv(
      CSVParser parser, List<String> header, String houseCode, Consumer<RowReject> rejects) {
    this.parser = parser;
    this.header = header;
    this.houseCode = houseCode;
    this.rejects = rejects;
  }

  /** Opens an attendance file (see {@link #open(InputStream, String, RecordType, Consumer)}). */
  public static HouseCsv open(InputStream in, String houseCode, Consumer<RowReject> rejects) {
    return open(in, houseCode, RecordType.ATTENDANCE, rejects);
  }

  /**
   * Opens a file of {@code type} from {@code houseCode}'s drop; throws {@link UnreadableFile} when
   * it is empty, not text, or its header lacks a column of the type.
   */
  public static HouseCsv open(
      InputStream in, String houseCode, RecordType type, Consumer<RowReject> rejects) {
    try {
      Reader reader = utf8WithoutBom(in);
      CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new UnreadableFile("the file is empty");
      }
      List<String> header = records.next().toList().stream().map(String::strip).toList();
      List<String> missing = type.columns().stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new UnreadableFile("the header lacks " + String.join(", ", missing));
      }
      return new HouseCsv(parser, header, houseCode, rejects);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  @Override
  public Iterator<CsvLine> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private CsvLine next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              return false;
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            // a bad byte or an unclosed quote: the rest of the file cannot be read reliably
            rejects.accept(
                new RowReject(
                    parser.getCurrentLineNumber(),
                    null,
                    null,
                    "UNREADABLE",
                    "the rest of the file cannot be read: " + describe(e.getCause())));
            return false;
          }
          next = check(record);
        }
        return true;
      }

      @Override
      public CsvLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvLine line = next;
        next = null;
        return line;
      }
    };
  }

  /** A row as read, or null (after reporting it) when its shape is wrong. */
  private CsvLine check(CSVRecord record) {
    // the parser counts line breaks read so far: a record's first line is its last minus its own
    long line = parser.getCurrentLineNumber() - newlinesIn(record);
    String id =
        record.size() > header.indexOf("source_record_id")
            ? record.get(header.indexOf("source_record_id")).strip()
            : null;
    if (record.size() != header.size()) {
      rejects.accept(
          new RowReject(
              line,
              id,
              null,
              "WRONG_COLUMN_COUNT",
              "expected " + header.size() + " fields, found " + record.size()));
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), record.get(i));
    }
    String house = values.get("house_code").strip();
    if (!house.equals(houseCode)) {
      rejects.accept(
          new RowReject(
              line,
              id,
              "house_code",
              "OTHER_HOUSE",
              "this drop belongs to "
                  + houseCode
                  + ", the row names "
                  + (house.isEmpty() ? "no house" : house)));
      return null;
    }
    return new CsvLine(line, values);
  }

  private static long newlinesIn(CSVRecord record) {
    long n = 0;
    for (String value : record) {
      n += value.chars().filter(c -> c == '\n').count();
    }
    return n;
  }

  private static Reader utf8WithoutBom(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length < 3
        || (bom[0] & 0xFF) != 0xEF
        || (bom[1] & 0xFF) != 0xBB
        || (bom[2] & 0xFF) != 0xBF) {
      in.reset();
    }
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static UnreadableFile unreadable(Throwable e) {
    return new UnreadableFile("the file is not readable CSV text: " + describe(e));
  }

  private static String describe(Throwable e) {
    return e instanceof CharacterCodingException
        ? "it is not UTF-8 text"
        : "it is not well-formed CSV";
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
