package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.domain.model.intake.IntakeReportRepository;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Intake reports: recorded by whoever may send the house's attendance (the routes, its house
 * manager, an admin); read whole by the house's managers and by admins, and by case managers with a
 * client living there, who see the rejected rows about their own clients only.
 */
@ApplicationScoped
@Transactional
public class IntakeReportService {

  @Inject private IntakeReportRepository reports;
  @Inject private HouseRepository houses;
  @Inject private HouseAccess houseAccess;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** A report as the sender describes it; the house comes from its code. */
  public record NewReport(
      String houseCode,
      String channel,
      String sourceName,
      String outcome,
      int accepted,
      int duplicates,
      int rejected,
      List<IntakeReport.Reject> rejects) {}

  @Audited(action = AuditAction.CREATE, record = "intake-report")
  public IntakeReport record(NewReport report) {
    House house = houseAccess.reporting(report.houseCode());
    List<IntakeReport.Reject> kept =
        report.rejects().subList(0, Math.min(report.rejects().size(), IntakeReport.MAX_REJECTS));
    IntakeReport stored =
        new IntakeReport(
            null,
            house.id(),
            house.code(),
            report.channel(),
            report.sourceName(),
            report.outcome(),
            report.accepted(),
            report.duplicates(),
            report.rejected(),
            user.username(),
            calendar.now(),
            kept);
    return stored.withId(reports.add(stored));
  }

  @Audited(action = AuditAction.READ, record = "intake-report")
  public List<IntakeReport> ofHouse(long houseId, int page, int size) {
    requireReader(houseId);
    return reports.ofHouse(houseId, size, (long) page * size);
  }

  @Audited(action = AuditAction.READ, record = "intake-report")
  public IntakeReport find(long houseId, long reportId) {
    boolean wholeReport = requireReader(houseId);
    return reports
        .find(houseId, reportId, wholeReport ? null : user.subject())
        .orElseThrow(() -> new NotFound("intake report", reportId));
  }

  /**
   * Refuses a caller who may not read the house's reports; answers whether they read whole reports
   * (the house's managers, admins) or, as a case manager, only the rows about their own clients.
   */
  private boolean requireReader(long houseId) {
    House house = houses.find(houseId).orElseThrow(() -> new NotFound("house", houseId));
    if (houseAccess.managedByCaller(house)) {
      return true;
    }
    if (user.hasRole(CurrentUser.CASE_MANAGER)
        && reports.hasResidentOnCaseload(houseId, user.subject())) {
      return false;
    }
    throw new OutOfScope("house", houseId);
  }
}
