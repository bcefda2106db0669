package org.stepwise.cases.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.infrastructure.audit.AuditRecorder;

/**
 * The container's own error answers (an invalid token is refused before JAX-RS sees the request) as
 * application/problem+json instead of an HTML page; refused tokens are audited here.
 */
@WebServlet("/problem")
public class ProblemErrorPage extends HttpServlet {

  @Inject private AuditRecorder recorder;
  @Inject private Clock clock;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    if (status == 401) {
      recorder.onItsOwn(
          List.of(
              new AuditEvent(
                  clock.instant(),
                  "anonymous",
                  null,
                  "",
                  AuditAction.DENIED,
                  "invalid bearer token",
                  "endpoint",
                  null,
                  null,
                  AuditOutcome.DENIED,
                  request.getRemoteAddr())));
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    String title =
        switch (status) {
          case 401 -> "Unauthorized";
          case 403 -> "Forbidden";
          case 404 -> "Not Found";
          case 405 -> "Method Not Allowed";
          default -> status >= 500 ? "Something went wrong on our side" : "Error";
        };
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("errors", Json.createArrayBuilder())
                .build()
                .toString());
  }
}
