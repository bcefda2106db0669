package org.stepwise.cases.domain.model.attendance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where attendance is kept. */
public interface AttendanceRepository {

  /**
   * Stores the records not stored before, in one statement, and returns the source record ids it
   * stored; the others were duplicates.
   */
  Set<String> storeNew(List<NewAttendance> records, String receivedBy, Instant receivedAt);

  /** The stays in a house that the given references name, for matching rows to clients. */
  List<ResidentRef> residentsByRef(long houseId, Collection<String> clientRefs);

  List<AttendanceRecord> of(long clientId, Instant from, Instant to);
}
