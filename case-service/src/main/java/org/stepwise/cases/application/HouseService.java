package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.house.Address;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.HouseWorklist;
import org.stepwise.cases.domain.model.house.Occupancy;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.domain.model.house.RosterEntry;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Houses, stays in them, and their rosters. */
@ApplicationScoped
@Transactional
public class HouseService {

  @Inject private HouseRepository houses;
  @Inject private ClientAccess clients;
  @Inject private HouseAccess access;
  @Inject private ProgramCalendar calendar;

  /** A house's current residents; {@code clientIds} lets the audit trail name each one. */
  public record Roster(House house, List<RosterEntry> entries) {
    public List<Long> clientIds() {
      return entries.stream().map(RosterEntry::clientId).toList();
    }
  }

  @Audited(action = AuditAction.CREATE, record = "house")
  public House register(House house) {
    if (houses.findByCode(house.code()).isPresent()) {
      throw new Conflict("code", "HOUSE_CODE_TAKEN", "another house has code " + house.code());
    }
    houses.add(house);
    return house;
  }

  /**
   * A program admin changes a house: its name, address, NARR level, beds, channel, testing rule.
   */
  @Audited(action = AuditAction.UPDATE, record = "house")
  public House change(long houseId, long expectedVersion, HouseDetails details) {
    // the house is locked while its residents are counted: no move-in slips past a smaller house
    Occupancy occupancy =
        houses.occupancyForMoveIn(houseId).orElseThrow(() -> new NotFound("house", houseId));
    House house = occupancy.house();
    house.change(
        expectedVersion,
        details.name(),
        details.address(),
        details.narrLevel(),
        details.capacity(),
        details.reportingChannel(),
        occupancy.currentResidents());
    house.testingRule(details.randomTestsPerMonth());
    return house;
  }

  /** What a program admin may change of a house. */
  public record HouseDetails(
      String name,
      Address address,
      int narrLevel,
      int capacity,
      ReportingChannel reportingChannel,
      Integer randomTestsPerMonth) {}

  public List<House> all() {
    return houses.all();
  }

  /**
   * The houses the caller manages: a house manager's own (from the token), every house for an
   * admin.
   */
  public List<House> managed() {
    return houses.all().stream().filter(access::managedByCaller).toList();
  }

  @Audited(action = AuditAction.READ, record = "roster")
  public Roster roster(long houseId) {
    House house = access.roster(houseId);
    return new Roster(house, houses.roster(houseId));
  }

  /** The house manager's worklist: residents behind on meetings this week, a late report. */
  @Audited(action = AuditAction.READ, record = "house-worklist")
  public HouseWorklist worklist(long houseId) {
    House house = access.roster(houseId);
    return HouseWorklist.of(
        house,
        houses.roster(houseId),
        houses.lastAttendanceReport(house.code()).orElse(null),
        calendar.now(),
        calendar.today());
  }

  @Audited(action = AuditAction.CREATE, record = "residency")
  public Residency moveIn(
      @ClientId long clientId, long houseId, String clientRef, LocalDate moveIn) {
    clients.chartForChange(clientId);
    Occupancy occupancy =
        houses.occupancyForMoveIn(houseId).orElseThrow(() -> new NotFound("house", houseId));
    Residency stay =
        occupancy.moveIn(
            clientId,
            clientRef,
            moveIn,
            houses.currentStayOf(clientId).isPresent(),
            calendar.today());
    houses.add(stay);
    return stay;
  }

  @Audited(action = AuditAction.UPDATE, record = "residency")
  public Residency moveOut(
      @ClientId long clientId, long residencyId, LocalDate moveOut, String reason) {
    clients.chart(clientId);
    Residency stay =
        houses
            .findResidency(clientId, residencyId)
            .orElseThrow(() -> new NotFound("residency", residencyId));
    stay.moveOut(moveOut, reason, calendar.today());
    return stay;
  }

  /**
   * Moves the client out of the current stay and into another house on the same day, in one
   * transaction: a move-in refused (the house is full) leaves the current stay as it was.
   */
  @Audited(action = AuditAction.UPDATE, record = "residency")
  public Residency transfer(
      @ClientId long clientId,
      long residencyId,
      long houseId,
      String clientRef,
      LocalDate on,
      String reason) {
    clients.chartForChange(clientId);
    Residency stay =
        houses
            .findResidency(clientId, residencyId)
            .orElseThrow(() -> new NotFound("residency", residencyId));
    if (stay.houseId() == houseId) {
      throw new RuleViolation("houseId", "SAME_HOUSE", "the client already lives in this house");
    }
    stay.moveOut(on, reason, calendar.today());
    // the count of the new house's residents flushes the move-out first
    Occupancy occupancy =
        houses.occupancyForMoveIn(houseId).orElseThrow(() -> new NotFound("house", houseId));
    Residency next = occupancy.moveIn(clientId, clientRef, on, false, calendar.today());
    houses.add(next);
    return next;
  }

  @Audited(action = AuditAction.READ, record = "residency")
  public List<Residency> staysOf(@ClientId long clientId) {
    clients.chart(clientId);
    return houses.staysOf(clientId);
  }
}
