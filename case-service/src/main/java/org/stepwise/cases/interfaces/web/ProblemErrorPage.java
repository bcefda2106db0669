package org.stepwise.cases.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.stepwise.cases.infrastructure.audit.ClientAddress;
import org.stepwise.cases.infrastructure.audit.RefusedTokens;

/**
 * The container's own error answers (an invalid token is refused before JAX-RS sees the request) as
 * application/problem+json instead of an HTML page; refused tokens are audited here, a flood of
 * them counted rather than written one by one ({@link RefusedTokens}).
 */
@WebServlet("/problem")
public class ProblemErrorPage extends HttpServlet {

  @Inject private RefusedTokens refusedTokens;
  @Inject private ClientAddress address;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    if (status == 401) {
      refusedTokens.refused(address.of(request));
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
    // refused before any filter ran (an invalid token): the same headers as every API answer
    ApiHeaders.noStore(request, response);
    response.setHeader("X-Content-Type-Options", "nosniff");
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
