package org.stepwise.cases.interfaces.rest.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.stepwise.cases.application.AttendanceService;
import org.stepwise.cases.application.AttendanceService.ManualEntry;
import org.stepwise.cases.domain.model.attendance.NewAttendance;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** One client's attendance: entered one record at a time, and its history. */
@Path("/clients/{clientId}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

  @Inject private AttendanceService attendance;

  /** The stored record's natural key. */
  public record Recorded(String source, String sourceRecordId, String status) {}

  @POST
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response record(@PathParam("clientId") long clientId, AttendanceRequests.Manual in) {
    NewAttendance stored =
        attendance.record(
            clientId,
            new ManualEntry(
                in.meetingType(),
                in.meetingName(),
                in.startedAt(),
                in.status(),
                in.verification(),
                in.sourceRecordId()));
    return Response.status(Response.Status.CREATED)
        .entity(new Recorded(stored.sourceKey(), stored.sourceRecordId(), "ACCEPTED"))
        .build();
  }

  @GET
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public List<AttendanceView> history(
      @PathParam("clientId") long clientId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    JsonRequest.Days days = JsonRequest.queryDays(from, to);
    return attendance.history(clientId, days.from(), days.to()).stream()
        .map(AttendanceView::of)
        .toList();
  }
}
