package org.stepwise.routes.it;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A referring clinic's FHIR endpoint on a real HTTP server: {@code POST /fhir/Bundle} parses the
 * body with HAPI, validates it against the FHIR R4 base specification, and keeps it by its
 * identifier, honouring {@code If-None-Exist} (conditional create: 200 for a bundle it holds). It
 * can be down (stopped), lose the answer to the next request after storing it, refuse with 422, or
 * require a bearer token.
 */
final class ClinicFhirServer implements AutoCloseable {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final FhirValidator VALIDATOR = validator();

  private final int port;
  private HttpServer server;

  /** Every bundle the clinic stored: a repeated POST without If-None-Exist would store another. */
  final List<Bundle> stored = new CopyOnWriteArrayList<>();

  /** Every POST that reached the server, by identifier of its bundle. */
  final List<String> posts = new CopyOnWriteArrayList<>();

  /** Validation errors of every bundle received. */
  final List<String> validationErrors = new CopyOnWriteArrayList<>();

  /** The Authorization header of every request. */
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  final AtomicBoolean loseNextAnswer = new AtomicBoolean();
  final AtomicBoolean refuse = new AtomicBoolean();
  volatile boolean requireBearer;

  ClinicFhirServer() throws IOException, InterruptedException {
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + port + "/fhir";
  }

  /** Down: nothing listens on the port. */
  void stop() {
    server.stop(0);
  }

  void start() throws IOException, InterruptedException {
    // the port may take a moment to be free again after a stop
    for (int attempt = 0; ; attempt++) {
      try {
        server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        break;
      } catch (java.net.BindException e) {
        if (attempt > 50) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
    server.createContext("/fhir/Bundle", this::handle);
    server.start();
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      receive(exchange);
    } catch (IOException | RuntimeException | Error e) {
      validationErrors.add("the clinic's server failed: " + e);
      System.err.println("clinic FHIR server failed: " + e);
      throw e;
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      if (requireBearer
          && !bearerOfRoutes(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "{\"resourceType\":\"OperationOutcome\"}");
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, body);
      String identifier = bundle.getIdentifier().getValue();
      posts.add(identifier);
      if (refuse.get()) {
        answer(exchange, 422, "{\"resourceType\":\"OperationOutcome\"}");
        return;
      }
      try {
        ValidationResult result = VALIDATOR.validateWithResult(bundle);
        result.getMessages().stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .forEach(m -> validationErrors.add(m.getLocationString() + ": " + m.getMessage()));
      } catch (RuntimeException e) {
        validationErrors.add("the validator failed: " + e);
      }
      String condition = exchange.getRequestHeaders().getFirst("If-None-Exist");
      boolean known =
          condition != null
              && condition.equals("identifier=urn:ietf:rfc:3986|" + identifier)
              && !copiesOf(identifier).isEmpty();
      if (!known) {
        stored.add(bundle);
      }
      if (loseNextAnswer.compareAndSet(true, false)) {
        return; // stored, but the connection closes without an answer
      }
      answer(exchange, known ? 200 : 201, body);
    }
  }

  /** A JWT issued to the routes' client (signature checked by Keycloak's issuer, not here). */
  private static boolean bearerOfRoutes(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    String[] parts = header.substring(7).split("\\.");
    if (parts.length != 3) {
      return false;
    }
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    return claims.contains("\"azp\":\"stepwise-routes\"");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** The stored copies of the bundle with this identifier (urn:uuid:...). */
  synchronized List<Bundle> copiesOf(String identifier) {
    return stored.stream().filter(b -> identifier.equals(b.getIdentifier().getValue())).toList();
  }

  private static FhirValidator validator() {
    FhirValidator v = FHIR.newValidator();
    v.registerValidatorModule(
        new FhirInstanceValidator(
            new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR))));
    return v;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
