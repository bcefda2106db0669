package org.stepwise.cases.interfaces.rest.problem;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stepwise.cases.domain.shared.AccessDenied;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.DomainException;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.domain.shared.StaleVersion;
import org.stepwise.cases.domain.shared.VersionRequired;
import org.stepwise.cases.domain.shared.Violation;
import org.stepwise.cases.infrastructure.logging.RequestId;

/**
 * The one mapper from failures to application/problem+json. No stack trace and no exception message
 * from below the domain reaches a client, and unexpected failures are logged by class and incident
 * id only (messages from the database can quote personal data).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private UriInfo uri;

  @Inject private RequestId requestId;

  @Override
  public Response toResponse(Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof DomainException d) {
      return problem(statusOf(d), d.getMessage(), null, d.violations());
    }
    if (e instanceof JsonException || e instanceof JsonbException) {
      return problem(
          400,
          "The body is not valid JSON",
          null,
          List.of(new Violation("body", "MALFORMED_JSON", "the request body could not be parsed")));
    }
    if (e instanceof OptimisticLockException) {
      return problem(
          412,
          "The record changed since you read it",
          null,
          List.of(new Violation("If-Match", "STALE_VERSION", "read the record again")));
    }
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      Response.Status known = Response.Status.fromStatusCode(status);
      return problem(status, known == null ? "Error" : known.getReasonPhrase(), null, List.of());
    }
    // the incident is the request's id: the caller, the routes' log and this line share it
    String incident = requestId.value();
    LOG.log(Level.SEVERE, "incident {0}: {1}", new Object[] {incident, chain(failure)});
    return problem(500, "Something went wrong on our side", "incident " + incident, List.of());
  }

  private static int statusOf(DomainException e) {
    if (e instanceof NotFound) {
      return 404;
    }
    if (e instanceof AccessDenied) {
      return 403;
    }
    if (e instanceof Conflict) {
      return 409;
    }
    if (e instanceof StaleVersion) {
      return 412;
    }
    if (e instanceof VersionRequired) {
      return 428;
    }
    if (e instanceof RuleViolation) {
      return 422;
    }
    if (e instanceof InvalidInput) {
      return 400;
    }
    return 400;
  }

  private Response problem(int status, String title, String detail, List<Violation> errors) {
    String instance = uri == null ? null : uri.getRequestUri().getPath();
    String type =
        status == 400 || status == 422
            ? "https://stepwise.example/problems/invalid"
            : "about:blank";
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(type, title, status, detail, instance, errors))
        .build();
  }

  /** EJB, CDI and JAX-RS wrap failures; the domain's own exception is what the client needs. */
  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    for (int depth = 0; current != null && depth < 10; depth++) {
      if (current instanceof DomainException
          || current instanceof JsonException
          || current instanceof OptimisticLockException) {
        return current;
      }
      current = current.getCause();
    }
    return e;
  }

  private static String chain(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getClass().getName());
      // the frames down to Stepwise's own code say where; a message may hold what a client sent
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 20); i++) {
        out.append(i == 0 ? " at " : " < ").append(frames[i]);
        if (frames[i].getClassName().startsWith("org.stepwise.")) {
          break;
        }
      }
      out.append(t.getCause() != null ? " <- " : "");
    }
    return out.toString();
  }
}
