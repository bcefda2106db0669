package org.stepwise.cases.domain.model.toxicology;

import java.time.OffsetDateTime;
import java.util.Set;
import org.stepwise.cases.domain.model.attendance.SourceChannel;

/** A drug test to store, once per source ({@code sourceKey}: the house) and source record id. */
public record NewDrugTest(
    long clientId,
    OffsetDateTime collectedAt,
    TestMethod method,
    TestReason reason,
    TestResult result,
    Set<Substance> substancesTested,
    Set<Substance> substancesPositive,
    boolean labConfirmed,
    String collectedBy,
    String sourceKey,
    SourceChannel channel,
    String sourceRecordId) {}
