package org.stepwise.cases.interfaces.rest.code;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepwise.cases.domain.model.appointment.AppointmentKind;
import org.stepwise.cases.domain.model.appointment.OccurrenceOutcome;
import org.stepwise.cases.domain.model.appointment.RecurrenceUnit;
import org.stepwise.cases.domain.model.attendance.AttendanceStatus;
import org.stepwise.cases.domain.model.attendance.Verification;
import org.stepwise.cases.domain.model.attention.AttentionRule;
import org.stepwise.cases.domain.model.attention.AttentionStatus;
import org.stepwise.cases.domain.model.attention.Severity;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.client.MeetingType;
import org.stepwise.cases.domain.model.clinic.Cadence;
import org.stepwise.cases.domain.model.clinic.ChannelAuth;
import org.stepwise.cases.domain.model.clinic.DeliveryChannel;
import org.stepwise.cases.domain.model.consent.ExpiryEvent;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.consent.SignatureMethod;
import org.stepwise.cases.domain.model.delivery.DeliveryStatus;
import org.stepwise.cases.domain.model.goal.GoalDomain;
import org.stepwise.cases.domain.model.goal.GoalStatus;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.domain.model.measure.Band;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.MeasureFlag;
import org.stepwise.cases.domain.model.overview.Flag;
import org.stepwise.cases.domain.model.recovery.ContactRole;
import org.stepwise.cases.domain.model.recovery.HaltState;
import org.stepwise.cases.domain.model.recovery.TriggerCategory;
import org.stepwise.cases.domain.model.recovery.UseOutcome;
import org.stepwise.cases.domain.model.toxicology.Substance;
import org.stepwise.cases.domain.model.toxicology.TestMethod;
import org.stepwise.cases.domain.model.toxicology.TestReason;
import org.stepwise.cases.domain.model.toxicology.TestResult;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * The code lists the API accepts, each code with a label for people, so that clients (the web app
 * first) read them from the server instead of keeping copies that drift. No client data.
 */
@Path("/codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  CurrentUser.CASE_MANAGER,
  CurrentUser.PROGRAM_ADMIN,
  CurrentUser.HOUSE_MANAGER,
  CurrentUser.CLINICIAN,
  CurrentUser.INTEGRATION
})
public class CodeResource {

  /** One code and how people read it. */
  public record Code(String code, String label) {}

  /** Labels that are not just the code's words in sentence case. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("AA", "Alcoholics Anonymous (AA)"),
          Map.entry("NA", "Narcotics Anonymous (NA)"),
          Map.entry("CA", "Cocaine Anonymous (CA)"),
          Map.entry("SMART", "SMART Recovery"),
          Map.entry("FHIR", "FHIR endpoint"),
          Map.entry("SFTP", "SFTP"),
          Map.entry("HTTP_FEED", "HTTP feed"),
          Map.entry("OAUTH2_CLIENT_CREDENTIALS", "OAuth2 client credentials"),
          Map.entry("NONE", "None"),
          Map.entry("BELOW_MEETING_REQUIREMENT_LAST_WEEK", "Below requirement"),
          Map.entry("NO_ATTENDANCE_7_DAYS", "No attendance 7 days"),
          Map.entry("STEP_DOWN_DUE", "Step-down due"),
          Map.entry("STEP_DOWN_OVERDUE", "Step-down overdue"),
          Map.entry("GOAL_PAST_TARGET", "Goal overdue"),
          Map.entry("NO_ATTENDANCE_3_DAYS", "No attendance 3 days (early recovery)"),
          Map.entry("EARLY_RECOVERY", "First 90 days"),
          Map.entry("LAPSE_LOGGED", "Lapse logged"),
          Map.entry("RELAPSE_LOGGED", "Relapse logged"),
          Map.entry("MISSED_PSYCHIATRIC_CHECK_IN", "Missed psychiatric check-in"),
          Map.entry("TWO_MISSED_THERAPY_SESSIONS", "Two therapy sessions missed"),
          Map.entry("SELF_HARM_THOUGHTS_REPORTED", "Self-harm thoughts (PHQ-9 item 9)"),
          Map.entry("CONSENT_EXPIRING", "Consent expiring"),
          Map.entry("BELOW_MEETING_REQUIREMENT_TWO_WEEKS", "Below requirement two weeks"),
          Map.entry("BELOW_REQUIREMENT_TWO_WEEKS", "Below meeting requirement two weeks running"),
          Map.entry("SUMMARY_NOT_SENT", "Summary not sent (failed or withheld)"),
          Map.entry("SUMMARY_UNACKNOWLEDGED", "Summary not acknowledged in 14 days"),
          Map.entry("USE_LOGGED", "Lapse or relapse logged"),
          Map.entry("NO_RECENT_ATTENDANCE", "No recent meetings"),
          Map.entry("NO_USE", "No use"),
          Map.entry("BARC_10", "BARC-10 (recovery capital)"),
          Map.entry("PHQ_9", "PHQ-9 (depression)"),
          Map.entry("GAD_7", "GAD-7 (anxiety)"),
          Map.entry("BELOW_REMISSION_CUTOFF", "Below 47"),
          Map.entry("AT_OR_ABOVE_REMISSION_CUTOFF", "47 or above"),
          Map.entry("SELF_HARM_THOUGHTS", "Thoughts of self-harm (PHQ-9 item 9)"),
          Map.entry("POSITIVE_DRUG_TEST", "Positive drug test"),
          Map.entry("REFUSED_DRUG_TEST", "Drug test refused"),
          Map.entry("MISSED_DRUG_TEST", "Drug test missed"),
          Map.entry("DRUG_TEST_RESULT", "Drug test positive, refused or missed"),
          Map.entry("LAB", "Laboratory"));

  private static final Map<String, List<Code>> CODES = build();

  @GET
  public Map<String, List<Code>> all() {
    return CODES;
  }

  private static Map<String, List<Code>> build() {
    Map<String, List<Code>> all = new LinkedHashMap<>();
    all.put(
        "levelsOfCare",
        Arrays.stream(LevelOfCare.values()).map(l -> new Code(l.code(), l.label())).toList());
    all.put("meetingTypes", of(MeetingType.values()));
    all.put("attendanceStatuses", of(AttendanceStatus.values()));
    all.put("verifications", of(Verification.values()));
    all.put("clientStatuses", of(ClientStatus.values()));
    all.put("goalDomains", of(GoalDomain.values()));
    all.put("goalStatuses", of(GoalStatus.values()));
    all.put("consentSections", of(Section.values()));
    all.put("consentExpiryEvents", of(ExpiryEvent.values()));
    all.put("signatureMethods", of(SignatureMethod.values()));
    all.put("deliveryStatuses", of(DeliveryStatus.values()));
    all.put("cadences", of(Cadence.values()));
    all.put("deliveryChannels", of(DeliveryChannel.values()));
    all.put("channelAuths", of(ChannelAuth.values()));
    all.put("reportingChannels", of(ReportingChannel.values()));
    all.put("flags", of(Flag.values()));
    all.put("auditActions", of(AuditAction.values()));
    all.put("auditOutcomes", of(AuditOutcome.values()));
    all.put("triggerCategories", of(TriggerCategory.values()));
    all.put("contactRoles", of(ContactRole.values()));
    all.put("haltStates", of(HaltState.values()));
    all.put("useOutcomes", of(UseOutcome.values()));
    all.put("appointmentKinds", of(AppointmentKind.values()));
    all.put("occurrenceOutcomes", of(OccurrenceOutcome.values()));
    all.put("recurrenceUnits", of(RecurrenceUnit.values()));
    all.put("attentionRules", of(AttentionRule.values()));
    all.put("severities", of(Severity.values()));
    all.put("attentionStatuses", of(AttentionStatus.values()));
    all.put("instruments", of(Instrument.values()));
    all.put("measureBands", of(Band.values()));
    all.put("measureFlags", of(MeasureFlag.values()));
    all.put("testMethods", of(TestMethod.values()));
    all.put("testReasons", of(TestReason.values()));
    all.put("testResults", of(TestResult.values()));
    all.put("substances", of(Substance.values()));
    return java.util.Collections.unmodifiableMap(all);
  }

  private static List<Code> of(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> new Code(v.name(), label(v.name()))).toList();
  }

  /** HOUSE_MEETING → House meeting. */
  static String label(String name) {
    String known = LABELS.get(name);
    if (known != null) {
      return known;
    }
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
