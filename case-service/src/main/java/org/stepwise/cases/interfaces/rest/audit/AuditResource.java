package org.stepwise.cases.interfaces.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.stepwise.cases.application.AuditLogService;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.domain.model.audit.AuditQuery;
import org.stepwise.cases.domain.model.audit.ChainVerification;
import org.stepwise.cases.domain.model.audit.RecordedAuditEvent;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** The audit trail, filterable by client, user, action, outcome and time; newest first. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.PROGRAM_ADMIN)
public class AuditResource {

  @Inject private AuditLogService audit;

  /** One event: who, what, which record, when, from where, how it ended. */
  public record AuditEventView(
      long id,
      Instant occurredAt,
      String subject,
      String username,
      String roles,
      String action,
      String operation,
      String recordType,
      String recordId,
      Long clientId,
      String outcome,
      String origin,
      Long consentId) {

    static AuditEventView of(RecordedAuditEvent r) {
      var e = r.event();
      return new AuditEventView(
          r.id(),
          e.occurredAt(),
          e.subject(),
          e.username(),
          e.roles(),
          e.action().name(),
          e.operation(),
          e.recordType(),
          e.recordId(),
          e.clientId(),
          e.outcome().name(),
          e.origin(),
          e.consentId());
    }
  }

  /** What recomputing the hash chain found: intact, or the first event whose link breaks. */
  public record ChainView(
      boolean intact, long events, String head, Long brokenAtEvent, String problem) {}

  /** Recomputes the audit trail's hash chain over every event. */
  @GET
  @Path("/verify")
  public ChainView verify() {
    ChainVerification v = audit.verify();
    return new ChainView(v.intact(), v.events(), v.head(), v.brokenAtEvent(), v.problem());
  }

  @GET
  public List<AuditEventView> search(
      @QueryParam("clientId") String clientId,
      @QueryParam("user") String user,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    params.put("clientId", clientId);
    params.put("user", user);
    params.put("action", action);
    params.put("outcome", outcome);
    params.put("from", from);
    params.put("to", to);
    params.put("page", page);
    params.put("size", size);
    JsonRequest in = JsonRequest.ofQuery(params, java.util.Set.of("clientId", "page", "size"));
    Long client = in.id("clientId", false);
    String who = in.text("user", false, 100);
    AuditAction act = in.enumValue("action", false, AuditAction.class);
    AuditOutcome out = in.enumValue("outcome", false, AuditOutcome.class);
    Instant since = instant(in, "from");
    Instant until = instant(in, "to");
    Integer pageNo = in.integer("page", true, 0, 1_000_000);
    Integer pageSize = in.integer("size", true, 1, 500);
    in.done();
    return audit
        .search(new AuditQuery(client, who, act, out, since, until, pageNo, pageSize))
        .stream()
        .map(AuditEventView::of)
        .toList();
  }

  private static Instant instant(JsonRequest in, String field) {
    var t = in.timestamp(field, false);
    return t == null ? null : t.toInstant();
  }
}
