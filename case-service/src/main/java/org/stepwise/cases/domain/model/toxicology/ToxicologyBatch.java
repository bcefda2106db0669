package org.stepwise.cases.domain.model.toxicology;

import static org.stepwise.cases.domain.model.attendance.RowFields.blank;
import static org.stepwise.cases.domain.model.attendance.RowFields.enumOf;
import static org.stepwise.cases.domain.model.attendance.RowFields.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepwise.cases.domain.model.attendance.ReportedRows;
import org.stepwise.cases.domain.model.attendance.ResidentRef;
import org.stepwise.cases.domain.model.attendance.RowFields;
import org.stepwise.cases.domain.model.attendance.RowOutcome;
import org.stepwise.cases.domain.model.attendance.SourceChannel;

/**
 * Judges a house's batch of drug tests row by row, as attendance batches are judged ({@link
 * ReportedRows}): {@link #parse} reads every row and names the references it needs, {@link
 * #resolve} matches them to the house's residents on the day of collection.
 */
public final class ToxicologyBatch {

  /** Tests are reported after they are collected; a few minutes of clock skew are forgiven. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final String sourceKey;
  private final SourceChannel channel;
  private final ReportedRows<NewDrugTest> rows = new ReportedRows<>();

  private ToxicologyBatch(String sourceKey, SourceChannel channel) {
    this.sourceKey = sourceKey;
    this.channel = channel;
  }

  /** Reads every row; rows that cannot be read get their REJECTED outcome here. */
  public static ToxicologyBatch parse(
      String sourceKey, SourceChannel channel, List<DrugTestRow> rows, Instant now) {
    ToxicologyBatch batch = new ToxicologyBatch(sourceKey, channel);
    for (int i = 0; i < rows.size(); i++) {
      batch.read(i, rows.get(i), now);
    }
    return batch;
  }

  public Set<String> clientRefs() {
    return rows.clientRefs();
  }

  /** Matches rows to residents; returns the tests to store (each still may be a duplicate). */
  public List<NewDrugTest> resolve(List<ResidentRef> residents) {
    return rows.resolve(
        residents,
        "on the day the test was collected",
        (clientId, r) ->
            new NewDrugTest(
                clientId,
                r.row().collectedAt(),
                r.row().method(),
                r.row().reason(),
                r.row().result(),
                r.row().substancesTested(),
                r.row().substancesPositive(),
                r.row().labConfirmed(),
                r.row().collectedBy(),
                sourceKey,
                channel,
                r.sourceRecordId()));
  }

  public List<RowOutcome> outcomes(Set<String> storedSourceRecordIds) {
    return rows.outcomes(storedSourceRecordIds);
  }

  /** A row's fault: the field, its code, the reason. */
  private record Fault(String field, String code, String reason) {}

  private static final class Rejected extends RuntimeException {
    final Fault fault;

    Rejected(String field, String code, String reason) {
      super(null, null, false, false);
      this.fault = new Fault(field, code, reason);
    }
  }

  private void read(int index, DrugTestRow row, Instant now) {
    String id = rows.sourceRecordId(index, row.sourceRecordId()).orElse(null);
    if (id == null) {
      return;
    }
    try {
      NewDrugTest test = check(row, id, now);
      rows.read(
          index,
          new ReportedRows.Read<>(
              id, row.clientRef().strip(), test.collectedAt().toLocalDate(), test));
    } catch (Rejected r) {
      rows.reject(index, id, r.fault.field(), r.fault.code(), r.fault.reason());
    }
  }

  private NewDrugTest check(DrugTestRow row, String id, Instant now) {
    if (blank(row.clientRef()) || row.clientRef().length() > 64) {
      throw new Rejected("clientRef", "REQUIRED", "1 to 64 characters");
    }
    if (blank(row.collectedBy()) || row.collectedBy().length() > 100) {
      throw new Rejected("collectedBy", "REQUIRED", "who collected it: 1 to 100 characters");
    }
    OffsetDateTime collectedAt = timestamp(row.collectedAt());
    if (collectedAt == null) {
      throw new Rejected(
          "collectedAt",
          row.collectedAt() == null ? "REQUIRED" : RowFields.timestampProblem(row.collectedAt()),
          "ISO-8601 with an offset, e.g. 2026-11-17T08:30:00-05:00");
    }
    if (collectedAt.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
      throw new Rejected("collectedAt", "FUTURE_TIMESTAMP", "the test has not been collected yet");
    }
    TestMethod method = code(TestMethod.class, row.method(), "method", "UNKNOWN_METHOD");
    TestReason reason = code(TestReason.class, row.reason(), "reason", "UNKNOWN_REASON");
    TestResult result = code(TestResult.class, row.result(), "result", "UNKNOWN_RESULT");
    Set<Substance> tested = substances(row.substancesTested(), "substancesTested");
    Set<Substance> positive = substances(row.substancesPositive(), "substancesPositive");
    if (result.readsSubstances() && tested.isEmpty()) {
      throw new Rejected(
          "substancesTested", "REQUIRED", "the substances the test looked for, at least one");
    }
    if (!result.readsSubstances() && !tested.isEmpty()) {
      throw new Rejected(
          "substancesTested", "NOT_TESTED", result + ": no specimen was read for substances");
    }
    if (method == TestMethod.BREATH
        && !tested.equals(EnumSet.of(Substance.ALCOHOL))
        && !tested.isEmpty()) {
      throw new Rejected(
          "substancesTested", "BREATH_IS_ALCOHOL", "a breath test reads alcohol only");
    }
    if (result == TestResult.POSITIVE && positive.isEmpty()) {
      throw new Rejected(
          "substancesPositive", "REQUIRED", "a positive result names what it was positive for");
    }
    if (result != TestResult.POSITIVE && !positive.isEmpty()) {
      throw new Rejected(
          "substancesPositive", "NOT_POSITIVE", "only a POSITIVE result names positive substances");
    }
    if (!tested.containsAll(positive)) {
      EnumSet<Substance> untested = EnumSet.copyOf(positive);
      untested.removeAll(tested);
      throw new Rejected(
          "substancesPositive", "NOT_TESTED", "positive for what was not tested: " + untested);
    }
    return new NewDrugTest(
        0,
        collectedAt,
        method,
        reason,
        result,
        tested,
        positive,
        labConfirmed(row.labConfirmed()),
        row.collectedBy().strip(),
        sourceKey,
        channel,
        id);
  }

  private static <E extends Enum<E>> E code(
      Class<E> type, String value, String field, String code) {
    E found = enumOf(type, value);
    if (found == null) {
      throw new Rejected(
          field, value == null ? "REQUIRED" : code, "one of " + List.of(type.getEnumConstants()));
    }
    return found;
  }

  /** The substances named (case does not matter: files often write them in lower case). */
  private static Set<Substance> substances(List<String> names, String field) {
    EnumSet<Substance> found = EnumSet.noneOf(Substance.class);
    if (names == null) {
      return found;
    }
    for (String name : names) {
      Substance s =
          name == null ? null : enumOf(Substance.class, name.strip().toUpperCase(Locale.ROOT));
      if (s == null) {
        throw new Rejected(
            field,
            "UNKNOWN_SUBSTANCE",
            "'"
                + (name == null ? "" : name.strip())
                + "' is not one of "
                + List.of(Substance.values()));
      }
      found.add(s);
    }
    return found;
  }

  private static boolean labConfirmed(String value) {
    if (blank(value)) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new Rejected("labConfirmed", "NOT_A_BOOLEAN", "true or false");
    };
  }
}
