package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.Occupancy;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.domain.model.house.RosterEntry;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

@ApplicationScoped
public class JpaHouseRepository implements HouseRepository {

  @PersistenceContext private EntityManager em;

  @Inject private ProgramCalendar calendar;

  @Override
  public Optional<House> find(long id) {
    return Optional.ofNullable(em.find(House.class, id));
  }

  @Override
  public Optional<House> findByCode(String code) {
    return em.createQuery("SELECT h FROM House h WHERE h.code = :code", House.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<House> all() {
    return em.createQuery("SELECT h FROM House h ORDER BY h.name", House.class).getResultList();
  }

  @Override
  public void add(House house) {
    em.persist(house);
    em.flush();
  }

  @Override
  public Optional<Occupancy> occupancyForMoveIn(long houseId) {
    House house = em.find(House.class, houseId, LockModeType.PESSIMISTIC_WRITE);
    if (house == null) {
      return Optional.empty();
    }
    long residents =
        em.createQuery(
                "SELECT COUNT(r) FROM Residency r WHERE r.houseId = :h AND r.moveOut IS NULL",
                Long.class)
            .setParameter("h", houseId)
            .getSingleResult();
    return Optional.of(new Occupancy(house, residents));
  }

  @Override
  public Optional<Residency> currentStayOf(long clientId) {
    return em.createQuery(
            "SELECT r FROM Residency r WHERE r.clientId = :c AND r.moveOut IS NULL",
            Residency.class)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Residency> findResidency(long clientId, long residencyId) {
    return Optional.ofNullable(em.find(Residency.class, residencyId))
        .filter(r -> r.clientId() == clientId);
  }

  @Override
  public List<Residency> staysOf(long clientId) {
    return em.createQuery(
            "SELECT r FROM Residency r WHERE r.clientId = :c ORDER BY r.moveIn", Residency.class)
        .setParameter("c", clientId)
        .getResultList();
  }

  @Override
  public void add(Residency residency) {
    em.persist(residency);
    em.flush();
  }

  @Override
  public List<RosterEntry> roster(long houseId) {
    LocalDate monday = calendar.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT c.id, r.client_ref, c.given_name || ' ' || c.family_name, r.move_in,
                       c.meeting_min_per_week,
                       (SELECT count(*) FROM attendance_record a
                         WHERE a.client_id = c.id AND a.status = 'ATTENDED' AND a.started_at >= ?),
                       (SELECT count(*) FROM drug_test t
                         WHERE t.client_id = c.id AND t.reason = 'RANDOM' AND t.result <> 'MISSED'
                           AND t.collected_at >= ?)
                  FROM residency r JOIN client c ON c.id = r.client_id
                 WHERE r.house_id = ? AND r.move_out IS NULL
                 ORDER BY c.family_name, c.given_name, c.id
                """)
            .setParameter(1, java.sql.Timestamp.from(calendar.startOf(monday)))
            .setParameter(
                2, java.sql.Timestamp.from(calendar.startOf(calendar.today().minusDays(29))))
            .setParameter(3, houseId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RosterEntry(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Date) r[3]).toLocalDate(),
                    r[4] == null ? null : ((Number) r[4]).intValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()))
        .toList();
  }

  @Override
  public Optional<java.time.Instant> lastAttendanceReport(String houseCode) {
    Object last =
        em.createNativeQuery("SELECT max(received_at) FROM attendance_record WHERE source_key = ?")
            .setParameter(1, houseCode)
            .getSingleResult();
    return Optional.ofNullable(last)
        .map(
            t ->
                t instanceof java.sql.Timestamp ts
                    ? ts.toInstant()
                    : ((java.time.OffsetDateTime) t).toInstant());
  }
}
