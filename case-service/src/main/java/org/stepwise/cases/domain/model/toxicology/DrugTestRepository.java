package org.stepwise.cases.domain.model.toxicology;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where drug tests are kept: stored once per source record, never changed. */
public interface DrugTestRepository {

  /** Stores the tests not stored before, in one statement; returns the source record ids stored. */
  Set<String> storeNew(List<NewDrugTest> tests, String receivedBy, Instant receivedAt);

  /** A client's tests collected in [from, to), newest first. */
  List<DrugTest> of(long clientId, Instant from, Instant to);

  Optional<DrugTest> find(long clientId, long testId);

  /** False when the test was explained already. */
  boolean explain(long testId, DrugTest.Explanation explanation);
}
