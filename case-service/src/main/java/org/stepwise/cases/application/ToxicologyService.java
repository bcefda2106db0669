package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.attendance.AttendanceRepository;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.domain.model.toxicology.DrugTest;
import org.stepwise.cases.domain.model.toxicology.DrugTestRepository;
import org.stepwise.cases.domain.model.toxicology.DrugTestRow;
import org.stepwise.cases.domain.model.toxicology.NewDrugTest;
import org.stepwise.cases.domain.model.toxicology.TestResult;
import org.stepwise.cases.domain.model.toxicology.ToxicologyBatch;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Drug and alcohol tests: batches from houses (by hand on the house sheet, or from their systems
 * through the routes), a client's tests, and the case manager's "explained by prescription". A
 * house manager records and reads the tests of their current residents during the stay, nothing of
 * the explanation (it speaks of medication).
 */
@ApplicationScoped
@Transactional
public class ToxicologyService {

  @Inject private DrugTestRepository tests;
  @Inject private AttendanceRepository stays;
  @Inject private HouseRepository houses;
  @Inject private HouseAccess houseAccess;
  @Inject private ClientAccess clientAccess;
  @Inject private AttentionService attention;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** A batch's answer row by row; {@code clientIds} names the clients whose tests were stored. */
  public record BatchResult(
      String houseCode,
      List<org.stepwise.cases.domain.model.attendance.RowOutcome> rows,
      List<Long> clientIds) {}

  @Audited(action = AuditAction.CREATE, record = "drug-test")
  public BatchResult recordBatch(String houseCode, SourceChannel channel, List<DrugTestRow> rows) {
    House house = houseAccess.reporting(houseCode);
    ToxicologyBatch batch = ToxicologyBatch.parse(house.code(), channel, rows, calendar.now());
    List<NewDrugTest> candidates =
        batch.resolve(stays.residentsByRef(house.id(), batch.clientRefs()));
    Set<String> stored = tests.storeNew(candidates, user.username(), calendar.now());
    List<Long> clientIds =
        candidates.stream()
            .filter(t -> stored.contains(t.sourceRecordId()))
            .map(NewDrugTest::clientId)
            .distinct()
            .toList();
    if (!clientIds.isEmpty()) {
      attention.evaluate(clientIds);
    }
    return new BatchResult(house.code(), batch.outcomes(stored), clientIds);
  }

  /**
   * A client's tests between two days (both optional: the last 365 days), newest first. A house
   * manager gets what their house recorded during the current stay, without explanations.
   */
  @Audited(action = AuditAction.READ, record = "drug-test")
  public List<DrugTest> history(@ClientId long clientId, LocalDate from, LocalDate to) {
    LocalDate until = to == null ? calendar.today() : to;
    LocalDate since = from == null ? until.minusDays(365) : from;
    if (mayOpenChart()) {
      clientAccess.chart(clientId);
      return tests.of(clientId, calendar.startOf(since), calendar.startOf(until.plusDays(1)));
    }
    Residency stay = houseAccess.currentResidency(clientId);
    String house = houses.find(stay.houseId()).map(House::code).orElseThrow();
    LocalDate first = since.isBefore(stay.moveIn()) ? stay.moveIn() : since;
    return tests.of(clientId, calendar.startOf(first), calendar.startOf(until.plusDays(1))).stream()
        .filter(t -> t.source().equals(house))
        .map(DrugTest::withoutExplanation)
        .toList();
  }

  /**
   * The case manager's mark that a prescription explains a positive result (e.g. buprenorphine the
   * client is prescribed). The result stays as reported; the mark is beside it, once.
   */
  @Audited(action = AuditAction.CREATE, record = "drug-test-explanation")
  public DrugTest explain(@ClientId long clientId, long testId, String reason) {
    clientAccess.chartForChange(clientId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "REQUIRED", "which prescription explains it");
    }
    DrugTest test =
        tests.find(clientId, testId).orElseThrow(() -> new NotFound("drug test", testId));
    if (test.result() != TestResult.POSITIVE) {
      throw new RuleViolation(
          "testId", "NOT_POSITIVE", "only a positive result is explained by a prescription");
    }
    if (!tests.explain(
        testId, new DrugTest.Explanation(user.username(), calendar.now(), reason.strip()))) {
      throw new Conflict("testId", "ALREADY_EXPLAINED", "this result has been explained already");
    }
    attention.evaluate(List.of(clientId));
    return tests.find(clientId, testId).orElseThrow();
  }

  private boolean mayOpenChart() {
    return user.hasRole(CurrentUser.PROGRAM_ADMIN) || user.hasRole(CurrentUser.CASE_MANAGER);
  }
}
