package org.stepwise.cases.domain.model.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where appointment series and their occurrences are kept. */
public interface AppointmentRepository {

  AppointmentSeries add(AppointmentSeries series, String recordedBy, Instant recordedAt);

  Optional<AppointmentSeries> find(long clientId, long seriesId);

  List<AppointmentSeries> seriesOf(long clientId);

  /**
   * Records (or re-records) how one day's appointment went; earlier answers stay in the history.
   */
  Occurrence record(long clientId, AppointmentSeries series, Occurrence occurrence);

  /** The client's occurrences on or after {@code from}, as last recorded, newest first. */
  List<Occurrence> occurrencesSince(long clientId, LocalDate from);
}
