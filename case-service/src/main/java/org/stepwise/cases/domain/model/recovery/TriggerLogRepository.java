package org.stepwise.cases.domain.model.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where trigger-log entries are kept: added, never changed. */
public interface TriggerLogRepository {

  TriggerLogEntry add(TriggerLogEntry entry);

  Optional<TriggerLogEntry> find(long clientId, long entryId);

  /** Whether a correction has replaced the entry. */
  boolean replaced(long entryId);

  /** Every entry, corrections and corrected ones included, newest first. */
  List<TriggerLogEntry> of(long clientId);

  /** The entries in force (not replaced by a correction) that occurred on or after {@code from}. */
  List<TriggerLogEntry> inForceSince(long clientId, LocalDate from);
}
