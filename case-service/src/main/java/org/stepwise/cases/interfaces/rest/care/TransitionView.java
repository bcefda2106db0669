package org.stepwise.cases.interfaces.rest.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.stepwise.cases.domain.model.care.AsamRatings;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.care.Transition;

/** One timeline entry; {@code inForce} is false once a later entry corrects it. */
public record TransitionView(
    long id,
    int seq,
    Level fromLevel,
    Level toLevel,
    LocalDate effectiveDate,
    String direction,
    String reason,
    Map<String, Integer> dimensions,
    String decidedBy,
    String program,
    Long corrects,
    String correctionReason,
    boolean inForce,
    String recordedBy,
    Instant recordedAt) {

  public record Level(String code, String label) {
    static Level of(LevelOfCare level) {
      return level == null ? null : new Level(level.code(), level.label());
    }
  }

  public static TransitionView of(Transition t, Set<Long> corrected) {
    AsamRatings r = t.ratings();
    Map<String, Integer> dims = new LinkedHashMap<>();
    dims.put("intoxication", r.intoxication());
    dims.put("biomedical", r.biomedical());
    dims.put("emotional", r.emotional());
    dims.put("readiness", r.readiness());
    dims.put("relapse", r.relapse());
    dims.put("environment", r.environment());
    return new TransitionView(
        t.id(),
        t.seq(),
        Level.of(t.fromLevel()),
        Level.of(t.toLevel()),
        t.effectiveDate(),
        t.direction().name(),
        t.reason(),
        dims,
        t.decidedBy(),
        t.program(),
        t.correctsId(),
        t.correctionReason(),
        !corrected.contains(t.id()),
        t.provenance() == null ? null : t.provenance().recordedBy(),
        t.provenance() == null ? null : t.provenance().recordedAt());
  }
}
