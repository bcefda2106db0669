package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The served {@code /openapi} passes a standard OpenAPI 3 validator (swagger-parser). */
class OpenApiDocumentIT {

  private final TestPlatform platform = TestPlatform.get();

  @Test
  void theServedDocumentIsValidOpenApi() throws Exception {
    String yaml =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(platform.serviceUrl() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
    assertNotNull(parsed.getOpenAPI(), "not an OpenAPI document");
    assertEquals(java.util.List.of(), parsed.getMessages(), "validator messages");
    // Payara's own top-level key, which the validator calls "unexpected", is gone
    assertEquals(
        java.util.List.of(),
        yaml.lines().filter(l -> l.startsWith("endpoints:")).toList(),
        "top-level endpoints key");
  }
}
