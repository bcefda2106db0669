package org.stepwise.cases.domain.model.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;

/**
 * A client's level-of-care timeline and its rules: it never overlaps and never goes back in time,
 * and a correction replaces only the current entry.
 */
public final class Timeline {

  private final long clientId;
  private final List<Transition> entries;

  public Timeline(long clientId, List<Transition> entries) {
    this.clientId = clientId;
    this.entries = entries.stream().sorted(Comparator.comparingInt(Transition::seq)).toList();
  }

  public List<Transition> entries() {
    return entries;
  }

  /** The entries in force: every entry that no later entry corrects. */
  public List<Transition> effective() {
    Set<Long> corrected =
        entries.stream()
            .map(Transition::correctsId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    return entries.stream().filter(t -> !corrected.contains(t.id())).toList();
  }

  public Optional<Transition> current() {
    List<Transition> effective = effective();
    return effective.isEmpty()
        ? Optional.empty()
        : Optional.of(effective.get(effective.size() - 1));
  }

  /** Checks a proposed entry against the timeline and returns it, ready to store. */
  public Transition append(TransitionRequest request, LocalDate today) {
    if (request.effectiveDate().isAfter(today)) {
      throw new RuleViolation(
          "effectiveDate",
          "FUTURE_DATE",
          "a transition is recorded once decided; a planned one belongs in the step-down plan");
    }
    Optional<Transition> current = current();
    Transition previous;
    LevelOfCare from;
    if (request.correctsId() != null) {
      Transition corrected =
          entries.stream()
              .filter(t -> request.correctsId().equals(t.id()))
              .findFirst()
              .orElseThrow(() -> new NotFound("transition", request.correctsId()));
      if (current.isEmpty() || !current.get().id().equals(corrected.id())) {
        throw new RuleViolation(
            "correctsId",
            "NOT_CURRENT_ENTRY",
            "only the current entry can be corrected; later entries build on the others");
      }
      List<Transition> effective = effective();
      previous = effective.size() > 1 ? effective.get(effective.size() - 2) : null;
      from = corrected.fromLevel();
    } else {
      previous = current.orElse(null);
      from =
          previous == null || previous.direction() == Direction.DISCHARGE
              ? null
              : previous.toLevel();
    }
    if (previous != null) {
      if (request.effectiveDate().isBefore(previous.effectiveDate())) {
        throw new RuleViolation(
            "effectiveDate",
            "BACK_DATED",
            "the timeline never goes back in time: the entry in force starts "
                + previous.effectiveDate());
      }
      if (request.correctsId() == null
          && request.effectiveDate().equals(previous.effectiveDate())) {
        throw new RuleViolation(
            "effectiveDate",
            "OVERLAPPING",
            "an entry starting "
                + previous.effectiveDate()
                + " is in force; to change it, record a correction that names it");
      }
    }
    if (request.toLevel() == null && from == null) {
      throw new RuleViolation(
          "toLevel", "NOTHING_TO_DISCHARGE", "the client is not at any level of care");
    }
    int nextSeq = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).seq() + 1;
    return new Transition(
        clientId, nextSeq, from, request, Direction.between(from, request.toLevel()));
  }
}
