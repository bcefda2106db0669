package org.stepwise.cases.domain.model.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * What every batch a house reports shares, whatever its rows record (meetings, drug tests): each
 * row's source record id checked, a row repeating another of the batch answered as a duplicate, the
 * readable rows matched to the house's residents on the row's day in one look-up, and one outcome
 * per row in the order of the batch. The batch of a record type reads its own fields and hands the
 * readable rows here.
 *
 * @param <P> a row as its batch read it
 */
public final class ReportedRows<P> {

  /** A row read: its id, whose it is, the day it is about, and what its batch made of it. */
  public record Read<P>(String sourceRecordId, String clientRef, LocalDate day, P row) {}

  private final Map<Integer, RowOutcome> outcomes = new TreeMap<>();
  private final Map<Integer, Read<P>> read = new HashMap<>();
  private final Map<String, Integer> firstIndexOfId = new HashMap<>();

  /**
   * The row's source record id, stripped, when it is one a house may send; otherwise the row is
   * rejected and the answer is empty.
   */
  public Optional<String> sourceRecordId(int index, String raw) {
    String id = raw == null ? null : raw.strip();
    if (id == null || id.isEmpty() || id.length() > 128) {
      reject(index, id, "sourceRecordId", "REQUIRED", "1 to 128 characters");
      return Optional.empty();
    }
    if (ManualRecordIds.isManual(id)) {
      reject(
          index,
          id,
          "sourceRecordId",
          "RESERVED_ID",
          "ids starting with " + ManualRecordIds.PREFIX + " are kept for entries made by hand");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  public void reject(int index, String sourceRecordId, String field, String code, String reason) {
    outcomes.put(index, RowOutcome.rejected(index, sourceRecordId, field, code, reason));
  }

  /** A readable row; one whose id an earlier row of the batch has is answered as a duplicate. */
  public void read(int index, Read<P> row) {
    Integer first = firstIndexOfId.putIfAbsent(row.sourceRecordId(), index);
    if (first != null) {
      outcomes.put(
          index,
          RowOutcome.duplicate(
              index, row.sourceRecordId(), "repeats row " + first + " of this batch"));
      return;
    }
    read.put(index, row);
  }

  /** The client references the readable rows name. */
  public Set<String> clientRefs() {
    Set<String> refs = new HashSet<>();
    read.values().forEach(r -> refs.add(r.clientRef()));
    return refs;
  }

  /**
   * Matches the readable rows to the residents whose stay covers the row's day (the others are
   * rejected, {@code UNKNOWN_CLIENT}, "no resident of this house has that reference {@code
   * onWhichDay}") and makes each one's record to store.
   */
  public <N> List<N> resolve(
      List<ResidentRef> residents, String onWhichDay, BiFunction<Long, Read<P>, N> record) {
    Map<String, List<ResidentRef>> byRef = new HashMap<>();
    residents.forEach(r -> byRef.computeIfAbsent(r.clientRef(), k -> new ArrayList<>()).add(r));
    List<N> toStore = new ArrayList<>();
    read.forEach(
        (index, r) -> {
          Optional<ResidentRef> resident =
              byRef.getOrDefault(r.clientRef(), List.of()).stream()
                  .filter(x -> x.coversDay(r.day()))
                  .findFirst();
          if (resident.isEmpty()) {
            reject(
                index,
                r.sourceRecordId(),
                "clientRef",
                "UNKNOWN_CLIENT",
                "no resident of this house has that reference " + onWhichDay);
            return;
          }
          toStore.add(record.apply(resident.get().clientId(), r));
        });
    return toStore;
  }

  /** Every row's outcome: the store kept the resolved rows it did not have already. */
  public List<RowOutcome> outcomes(Set<String> storedSourceRecordIds) {
    read.forEach(
        (index, r) -> {
          if (outcomes.containsKey(index)) {
            return;
          }
          outcomes.put(
              index,
              storedSourceRecordIds.contains(r.sourceRecordId())
                  ? RowOutcome.accepted(index, r.sourceRecordId())
                  : RowOutcome.duplicate(index, r.sourceRecordId(), "stored before; kept once"));
        });
    return List.copyOf(outcomes.values());
  }
}
