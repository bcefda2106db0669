package org.stepwise.cases.domain.model.toxicology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.attendance.ResidentRef;
import org.stepwise.cases.domain.model.attendance.RowOutcome;
import org.stepwise.cases.domain.model.attendance.SourceChannel;

class ToxicologyBatchTest {

  private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
  private static final List<ResidentRef> RESIDENTS =
      List.of(new ResidentRef("R-1", 7, LocalDate.of(2026, 11, 1), null));

  private static DrugTestRow row(
      String method, String result, List<String> tested, List<String> positive, String id) {
    return new DrugTestRow(
        "R-1",
        "2026-12-04T08:30:00-05:00",
        method,
        "RANDOM",
        result,
        tested,
        positive,
        null,
        "hm",
        id);
  }

  private static List<RowOutcome> judge(DrugTestRow... rows) {
    ToxicologyBatch batch = ToxicologyBatch.parse("MAPLE", SourceChannel.SFTP, List.of(rows), NOW);
    List<NewDrugTest> resolved = batch.resolve(RESIDENTS);
    return batch.outcomes(Set.copyOf(resolved.stream().map(NewDrugTest::sourceRecordId).toList()));
  }

  private static String code(RowOutcome o) {
    return o.result() == RowOutcome.Result.ACCEPTED ? "ACCEPTED" : o.field() + " " + o.code();
  }

  @Test
  void eachRowIsJudgedOnItsOwn() {
    List<RowOutcome> out =
        judge(
            row("URINE", "POSITIVE", List.of("opiates", "Fentanyl"), List.of("FENTANYL"), "a"),
            row("URINE", "POSITIVE", List.of("OPIATES"), List.of(), "b"),
            row("URINE", "NEGATIVE", List.of("OPIATES"), List.of("OPIATES"), "c"),
            row("URINE", "POSITIVE", List.of("OPIATES"), List.of("COCAINE"), "d"),
            row("BREATH", "NEGATIVE", List.of("ALCOHOL", "CANNABIS"), List.of(), "e"),
            row("URINE", "NEGATIVE", List.of(), List.of(), "f"),
            row("URINE", "REFUSED", null, null, "g"),
            row("URINE", "MISSED", List.of("OPIATES"), null, "h"),
            row("SWAB", "NEGATIVE", List.of("OPIATES"), null, "i"),
            row("BREATH", "NEGATIVE", List.of("ALCOHOL"), null, "a"));
    assertEquals(
        List.of(
            "ACCEPTED",
            "substancesPositive REQUIRED",
            "substancesPositive NOT_POSITIVE",
            "substancesPositive NOT_TESTED",
            "substancesTested BREATH_IS_ALCOHOL",
            "substancesTested REQUIRED",
            "ACCEPTED",
            "substancesTested NOT_TESTED",
            "method UNKNOWN_METHOD",
            "sourceRecordId DUPLICATE"),
        out.stream().map(ToxicologyBatchTest::code).toList());
  }

  @Test
  void labConfirmationIsTrueOrFalse() {
    DrugTestRow yes =
        new DrugTestRow(
            "R-1",
            "2026-12-04T08:30:00-05:00",
            "LAB",
            "FOR_CAUSE",
            "NEGATIVE",
            List.of("FENTANYL"),
            null,
            "true",
            "hm",
            "x");
    DrugTestRow maybe =
        new DrugTestRow(
            "R-1",
            "2026-12-04T08:30:00-05:00",
            "LAB",
            "FOR_CAUSE",
            "NEGATIVE",
            List.of("FENTANYL"),
            null,
            "maybe",
            "hm",
            "y");
    assertEquals(
        List.of("ACCEPTED", "labConfirmed NOT_A_BOOLEAN"),
        judge(yes, maybe).stream().map(ToxicologyBatchTest::code).toList());
  }
}
