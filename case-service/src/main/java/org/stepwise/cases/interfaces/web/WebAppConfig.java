package org.stepwise.cases.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the web app needs to log in: the realm's issuer (the same one the API trusts) and its public
 * client. Nothing secret: the app is a public client using the code flow with PKCE.
 */
@WebServlet("/app/config.json")
public class WebAppConfig extends HttpServlet {

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  private String issuer;

  @Inject
  @ConfigProperty(name = "stepwise.web.client-id", defaultValue = "stepwise-web")
  private String clientId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("clientId", clientId)
                .build()
                .toString());
  }
}
