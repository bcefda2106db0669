package org.stepwise.cases.domain.model.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.care.AsamRatings;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.care.Timeline;
import org.stepwise.cases.domain.model.care.TransitionRequest;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.domain.shared.StaleVersion;

class ClientTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static Client client() {
    return new Client(
        new PersonalDetails("Alex", "Moreno", LocalDate.of(1991, 4, 12), null, null),
        TODAY.minusDays(80),
        new CaseManager("0b6f3c4e-1c1a-4d0e-9a11-000000000001", "cm.rivera"),
        new Referral("RIVERSIDE", "dr.chen"),
        TODAY);
  }

  private static TransitionRequest to(LevelOfCare level, LocalDate on) {
    return new TransitionRequest(
        level, on, "review", new AsamRatings(0, 0, 1, 1, 1, 1), "Dr", "P", null, null);
  }

  @Test
  void theCurrentLevelFollowsTheTimelineAndReachingTheTargetFulfilsThePlan() {
    Client client = client();
    client.apply(
        new Timeline(1, List.of())
            .append(to(LevelOfCare.RESIDENTIAL_3_5, TODAY.minusDays(30)), TODAY));
    client.planStepDown(
        new StepDownPlan(LevelOfCare.INTENSIVE_OUTPATIENT_2_1, TODAY.plusDays(3), "3 a week"));
    assertEquals(LevelOfCare.RESIDENTIAL_3_5, client.currentLevel());
    assertNotNull(client.stepDownPlan());

    client.apply(
        new Timeline(1, List.of()).append(to(LevelOfCare.INTENSIVE_OUTPATIENT_2_1, TODAY), TODAY));
    assertEquals(LevelOfCare.INTENSIVE_OUTPATIENT_2_1, client.currentLevel());
    assertEquals(TODAY, client.currentLevelSince());
    assertNull(client.stepDownPlan(), "the plan is fulfilled");
  }

  @Test
  void datesMakeSense() {
    RuleViolation e =
        assertThrows(
            RuleViolation.class,
            () ->
                new Client(
                    new PersonalDetails("A", "B", TODAY.plusDays(1), null, null),
                    TODAY,
                    new CaseManager("s", "cm"),
                    new Referral(null, null),
                    TODAY));
    assertEquals("dateOfBirth", e.violations().get(0).field());
    assertThrows(
        RuleViolation.class,
        () ->
            new Client(
                new PersonalDetails("A", "B", TODAY.minusYears(30), null, null),
                TODAY.plusDays(1),
                new CaseManager("s", "cm"),
                new Referral(null, null),
                TODAY));
  }

  @Test
  void aStaleVersionIsRefused() {
    assertThrows(StaleVersion.class, () -> client().expectVersion(3));
  }
}
