package org.stepwise.cases.domain.model.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who has signed in, by subject. Assignments name a login; the directory turns it into the subject
 * that holds that login now, which is what a caseload is keyed on.
 */
public interface StaffDirectory {

  /**
   * Records a sign-in. A username that another subject held passes to this one; clients recorded
   * before caseloads were keyed on subjects are bound to a case manager signing in under their
   * stored username.
   */
  void signedIn(StaffMember member, Instant at);

  /** The staff member who holds this username now. */
  Optional<StaffMember> byUsername(String username);

  /** The case managers who have signed in, by username, with how many active clients each has. */
  List<CaseManagerLoad> caseManagers();

  /** A case manager and the size of their active caseload. */
  record CaseManagerLoad(String username, long activeClients) {}
}
