package org.stepwise.cases.interfaces.rest.client;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.application.ClientService.ClientDetails;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.client.MeetingRequirement;
import org.stepwise.cases.domain.model.client.MeetingType;
import org.stepwise.cases.domain.model.client.PersonalDetails;
import org.stepwise.cases.domain.model.client.Referral;
import org.stepwise.cases.domain.model.client.StepDownPlan;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of the client endpoints. */
public final class ClientRequests {

  private ClientRequests() {}

  /** A client's record: admitting one, or changing one (with If-Match). */
  @Schema(name = "ClientRequest")
  public record ClientBody(
      @Schema(required = true, maxLength = 100) String givenName,
      @Schema(required = true, maxLength = 100) String familyName,
      @Schema(required = true) LocalDate dateOfBirth,
      @Schema(maxLength = 40) String phone,
      @Schema(maxLength = 200, format = "email") String email,
      @Schema(required = true) LocalDate recoveryStartDate,
      ClientStatus status,
      @Schema(maxLength = 100, description = "the case manager's login") String caseManager,
      ReferralBody referral)
      implements RequestRecord {

    /** The referring clinic (its code) and clinician (their login). */
    @Schema(name = "Referral")
    public record ReferralBody(
        @Schema(maxLength = 64) String clinic, @Schema(maxLength = 100) String clinician) {}

    static ClientBody read(JsonRequest in) {
      String given = in.text("givenName", true, 100);
      String family = in.text("familyName", true, 100);
      LocalDate birth = in.date("dateOfBirth", true);
      String phone = in.text("phone", false, 40);
      String email = in.text("email", false, 200);
      if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        in.reject("email", "INVALID_EMAIL", "an e-mail address like name@example.org");
      }
      LocalDate recovery = in.date("recoveryStartDate", true);
      ClientStatus status = in.enumValue("status", false, ClientStatus.class);
      String caseManager = in.text("caseManager", false, 100);
      JsonRequest referral = in.object("referral", false, "clinic", "clinician");
      return new ClientBody(
          given,
          family,
          birth,
          phone,
          email,
          recovery,
          status,
          caseManager,
          referral == null
              ? null
              : new ReferralBody(
                  referral.text("clinic", false, 64), referral.text("clinician", false, 100)));
    }

    ClientDetails details() {
      return new ClientDetails(
          new PersonalDetails(givenName, familyName, dateOfBirth, phone, email),
          recoveryStartDate,
          status,
          caseManager,
          referral == null
              ? new Referral(null, null)
              : new Referral(referral.clinic(), referral.clinician()));
    }
  }

  /** When and to which level the client should step down, and what must be met first. */
  @Schema(name = "StepDownPlan")
  public record PlanBody(
      @Schema(required = true, description = "a level code from GET /codes (levelsOfCare)")
          String targetLevel,
      @Schema(required = true) LocalDate targetDate,
      @Schema(required = true, maxLength = 2000) String criteria)
      implements RequestRecord {

    static PlanBody read(JsonRequest in) {
      LevelOfCare level =
          in.coded("targetLevel", true, LevelOfCare::fromCode, LevelOfCare.knownCodes());
      return new PlanBody(
          level == null ? null : level.code(),
          in.date("targetDate", true),
          in.text("criteria", true, 2000));
    }

    StepDownPlan plan() {
      return new StepDownPlan(
          LevelOfCare.fromCode(targetLevel).orElseThrow(), targetDate, criteria);
    }
  }

  /** Meetings a week, and which kinds count (all when none are named). */
  @Schema(name = "MeetingRequirement")
  public record RequirementBody(
      @Schema(required = true, minimum = "0", maximum = "21") Integer perWeek,
      List<MeetingType> meetingTypes)
      implements RequestRecord {

    static RequirementBody read(JsonRequest in) {
      Integer perWeek = in.integer("perWeek", true, 0, 21);
      EnumSet<MeetingType> types = in.enumValues("meetingTypes", false, MeetingType.class);
      return new RequirementBody(perWeek, List.copyOf(types));
    }

    MeetingRequirement requirement() {
      EnumSet<MeetingType> types = EnumSet.noneOf(MeetingType.class);
      types.addAll(meetingTypes);
      return new MeetingRequirement(perWeek, types);
    }
  }

  /** The case manager whose caseload the client moves to. */
  @Schema(name = "CaseManagerAssignment")
  public record AssignmentBody(@Schema(required = true, maxLength = 100) String caseManager)
      implements RequestRecord {

    static AssignmentBody read(JsonRequest in) {
      return new AssignmentBody(in.text("caseManager", true, 100));
    }
  }
}
