package org.stepwise.cases.interfaces.rest.client;

import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.MeetingRequirement;
import org.stepwise.cases.domain.model.client.StepDownPlan;

/** A client's record as the API shows it to those who may open the chart. */
public record ClientView(
    long id,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    String phone,
    String email,
    LocalDate recoveryStartDate,
    String status,
    String caseManager,
    ReferralView referral,
    LevelView currentLevel,
    LocalDate currentLevelSince,
    MeetingRequirementView meetingRequirement,
    StepDownPlanView stepDownPlan,
    long version) {

  public record ReferralView(String clinic, String clinician) {}

  public record LevelView(String code, String label) {
    static LevelView of(LevelOfCare level) {
      return level == null ? null : new LevelView(level.code(), level.label());
    }
  }

  public record MeetingRequirementView(int perWeek, List<String> meetingTypes) {}

  public record StepDownPlanView(LevelView targetLevel, LocalDate targetDate, String criteria) {}

  public static ClientView of(Client c) {
    MeetingRequirement req = c.meetingRequirement();
    StepDownPlan plan = c.stepDownPlan();
    return new ClientView(
        c.id(),
        c.person().givenName(),
        c.person().familyName(),
        c.person().dateOfBirth(),
        c.person().phone(),
        c.person().email(),
        c.recoveryStartDate(),
        c.status().name(),
        c.caseManager(),
        new ReferralView(c.referral().clinic(), c.referral().clinician()),
        LevelView.of(c.currentLevel()),
        c.currentLevelSince(),
        req == null
            ? null
            : new MeetingRequirementView(
                req.perWeek(), req.meetingTypes().stream().map(Enum::name).sorted().toList()),
        plan == null
            ? null
            : new StepDownPlanView(
                LevelView.of(plan.targetLevel()), plan.targetDate(), plan.criteria()),
        c.version());
  }
}
