package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.cases.domain.model.client.CaseManager;
import org.stepwise.cases.domain.model.staff.StaffDirectory;
import org.stepwise.cases.domain.model.staff.StaffMember;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * The staff directory as the service uses it: each caller's sign-in is recorded (once per change of
 * username or roles in this process, not on every request), and a login named in an assignment is
 * turned into the case manager who holds it now.
 */
@ApplicationScoped
public class StaffService {

  @Inject private StaffDirectory directory;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** What this process last recorded per subject. */
  private final Map<String, StaffMember> recorded = new ConcurrentHashMap<>();

  /** Records the caller, if signed in and not recorded as they are now. */
  @Transactional
  public void callerSignedIn() {
    if (!user.isAuthenticated()) {
      return;
    }
    StaffMember member = new StaffMember(user.subject(), user.username(), user.roles());
    if (!member.equals(recorded.get(member.subject()))) {
      directory.signedIn(member, calendar.now());
      recorded.put(member.subject(), member);
    }
  }

  /** The case manager who holds {@code username} now; refused if none has signed in with it. */
  public CaseManager caseManager(String username) {
    return directory
        .byUsername(username)
        .filter(m -> m.roles().contains(CurrentUser.CASE_MANAGER))
        .map(m -> new CaseManager(m.subject(), m.username()))
        .orElseThrow(
            () ->
                new RuleViolation(
                    "caseManager",
                    "UNKNOWN_CASE_MANAGER",
                    "no case manager with that login has signed in to Stepwise yet"));
  }

  /** The case managers an admin may assign clients to, with their active caseloads. */
  public java.util.List<StaffDirectory.CaseManagerLoad> caseManagers() {
    return directory.caseManagers();
  }

  /** The subject holding {@code username} now, if any. */
  public java.util.Optional<String> subjectOf(String username) {
    return directory.byUsername(username).map(StaffMember::subject);
  }
}
