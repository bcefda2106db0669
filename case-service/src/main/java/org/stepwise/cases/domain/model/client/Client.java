package org.stepwise.cases.domain.model.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.stepwise.cases.domain.model.care.Direction;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.care.Transition;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.domain.shared.StaleVersion;

/** A person in aftercare, and the plan their case manager keeps. */
@Entity
@Table(name = "client")
public class Client extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(name = "phone")
  private String phone;

  @Column(name = "email")
  private String email;

  @Column(name = "recovery_start_date", nullable = false)
  private LocalDate recoveryStartDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ClientStatus status;

  @Column(name = "case_manager", nullable = false)
  private String caseManager;

  @Column(name = "case_manager_subject")
  private String caseManagerSubject;

  @Column(name = "referral_clinic")
  private String referralClinic;

  @Column(name = "referral_clinician")
  private String referralClinician;

  @Column(name = "current_level")
  private LevelOfCare currentLevel;

  @Column(name = "current_level_since")
  private LocalDate currentLevelSince;

  @Embedded private MeetingRequirement meetingRequirement;

  @Embedded private StepDownPlan stepDownPlan;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Client() {}

  public Client(
      PersonalDetails person,
      LocalDate recoveryStartDate,
      CaseManager caseManager,
      Referral referral,
      LocalDate today) {
    this.status = ClientStatus.ACTIVE;
    java.util.Objects.requireNonNull(caseManager, "caseManager");
    update(person, recoveryStartDate, ClientStatus.ACTIVE, caseManager, referral, today);
  }

  /**
   * Changes the record; callers have checked the version they read (see {@link #expectVersion}). A
   * null case manager leaves the assignment as it is.
   */
  public void update(
      PersonalDetails person,
      LocalDate recoveryStartDate,
      ClientStatus status,
      CaseManager caseManager,
      Referral referral,
      LocalDate today) {
    if (person.dateOfBirth().isAfter(today)) {
      throw new RuleViolation("dateOfBirth", "FUTURE_DATE", "a date of birth is in the past");
    }
    if (recoveryStartDate.isBefore(person.dateOfBirth())) {
      throw new RuleViolation(
          "recoveryStartDate", "BEFORE_BIRTH", "recovery cannot start before birth");
    }
    if (recoveryStartDate.isAfter(today)) {
      throw new RuleViolation(
          "recoveryStartDate", "FUTURE_DATE", "the recovery start date is not in the future");
    }
    this.givenName = person.givenName();
    this.familyName = person.familyName();
    this.dateOfBirth = person.dateOfBirth();
    this.phone = person.phone();
    this.email = person.email();
    this.recoveryStartDate = recoveryStartDate;
    this.status = status;
    if (caseManager != null) {
      assignTo(caseManager);
    }
    this.referralClinic = referral.clinic();
    this.referralClinician = referral.clinician();
  }

  /** Optimistic locking: the caller's If-Match must name the current version. */
  public void expectVersion(long expected) {
    if (expected != version) {
      throw new StaleVersion(expected, version);
    }
  }

  /**
   * Keeps the current level in step with the timeline. Reaching the step-down plan's target level
   * fulfils the plan.
   */
  public void apply(Transition transition) {
    if (stepDownPlan() != null && stepDownPlan.targetLevel() == transition.toLevel()) {
      this.stepDownPlan = null;
    }
    if (transition.direction() == Direction.DISCHARGE) {
      this.currentLevel = null;
      this.currentLevelSince = null;
      this.status = ClientStatus.DISCHARGED;
    } else {
      this.currentLevel = transition.toLevel();
      this.currentLevelSince = transition.effectiveDate();
      if (status == ClientStatus.DISCHARGED) {
        this.status = ClientStatus.ACTIVE;
      }
    }
  }

  public void assignTo(CaseManager caseManager) {
    this.caseManager = caseManager.username();
    this.caseManagerSubject = caseManager.subject();
  }

  public void planStepDown(StepDownPlan plan) {
    this.stepDownPlan = plan;
  }

  public void requireMeetings(MeetingRequirement requirement) {
    this.meetingRequirement = requirement;
  }

  public Long id() {
    return id;
  }

  public PersonalDetails person() {
    return new PersonalDetails(givenName, familyName, dateOfBirth, phone, email);
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  public LocalDate recoveryStartDate() {
    return recoveryStartDate;
  }

  public ClientStatus status() {
    return status;
  }

  /**
   * The case manager's username when assigned, for display; access goes by {@link #isOnCaseloadOf}.
   */
  public String caseManager() {
    return caseManager;
  }

  /** The assignment as stored; the subject is null only for a client not yet bound (see V8). */
  public CaseManager assignment() {
    return caseManagerSubject == null ? null : new CaseManager(caseManagerSubject, caseManager);
  }

  /** Whether the client is on the caseload of the staff member with this subject. */
  public boolean isOnCaseloadOf(String subject) {
    return caseManagerSubject != null && caseManagerSubject.equals(subject);
  }

  public Referral referral() {
    return new Referral(referralClinic, referralClinician);
  }

  public LevelOfCare currentLevel() {
    return currentLevel;
  }

  public LocalDate currentLevelSince() {
    return currentLevelSince;
  }

  public MeetingRequirement meetingRequirement() {
    return meetingRequirement != null && meetingRequirement.isSet() ? meetingRequirement : null;
  }

  public StepDownPlan stepDownPlan() {
    return stepDownPlan != null && stepDownPlan.isSet() ? stepDownPlan : null;
  }

  public long version() {
    return version;
  }
}
