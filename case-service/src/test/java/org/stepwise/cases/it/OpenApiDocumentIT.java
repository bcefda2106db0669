package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.Violation;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;
import org.stepwise.cases.interfaces.rest.problem.RequestRecordReader;

/** The served {@code /openapi} passes a standard OpenAPI 3 validator (swagger-parser). */
class OpenApiDocumentIT {

  private final TestPlatform platform = TestPlatform.get();

  @Test
  void theServedDocumentIsValidOpenApi() throws Exception {
    String yaml = served();
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

  /**
   * Every request body is a named record: the served schema has exactly the record's fields, its
   * required list is the components marked required, and the strict reader asks for exactly those
   * when they are missing (so the document, the type and the parser cannot drift apart).
   */
  @Test
  void everyRequestBodyIsANamedRecordTheDocumentDescribes() throws Exception {
    String yaml = served();
    var api = new OpenAPIV3Parser().readContents(yaml, null, new ParseOptions()).getOpenAPI();
    java.util.List<String> problems = new java.util.ArrayList<>();
    var bodies = ResourceMethods.bodyTypes();
    for (var entry : bodies.entrySet()) {
      Class<?> type = entry.getValue();
      if (!RequestRecord.class.isAssignableFrom(type) || !type.isRecord()) {
        problems.add(entry.getKey() + " takes " + type.getSimpleName() + ", not a request record");
        continue;
      }
      String verb = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      String path = "/api/v1" + entry.getKey().substring(verb.length() + 1);
      var item = api.getPaths().get(path);
      var op =
          item == null
              ? null
              : item.readOperationsMap()
                  .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(verb));
      var schema =
          op == null || op.getRequestBody() == null
              ? null
              : op.getRequestBody().getContent().get("application/json").getSchema();
      if (schema == null || schema.get$ref() == null) {
        problems.add(entry.getKey() + ": no named request schema");
        continue;
      }
      var component =
          api.getComponents()
              .getSchemas()
              .get(schema.get$ref().replace("#/components/schemas/", ""));
      java.util.List<String> fields =
          java.util.Arrays.stream(type.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getName)
              .sorted()
              .toList();
      java.util.List<String> described =
          component.getProperties() == null
              ? java.util.List.of()
              : component.getProperties().keySet().stream().sorted().toList();
      if (!fields.equals(described)) {
        problems.add(entry.getKey() + ": fields " + fields + " but the schema has " + described);
      }
      java.util.List<String> required =
          component.getRequired() == null
              ? java.util.List.of()
              : component.getRequired().stream().sorted().toList();
      java.util.List<String> missing =
          requiredWhenEmpty(type.asSubclass(RequestRecord.class)).stream()
              .filter(f -> !CONDITIONAL.getOrDefault(type.getSimpleName(), "").equals(f))
              .toList();
      if (!required.equals(missing)) {
        problems.add(
            entry.getKey() + ": the schema requires " + required + " but the reader " + missing);
      }
    }
    assertTrue(bodies.size() >= 23, "request bodies found: " + bodies.size());
    assertEquals(java.util.List.of(), problems);
  }

  private String served() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(platform.serviceUrl() + "/openapi")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Required only in some cases (a schema cannot say when): the reader asks, the schema not. */
  private static final java.util.Map<String, String> CONDITIONAL =
      java.util.Map.of("TransitionBody", "toLevel");

  /** The top-level fields the strict reader reports as REQUIRED for an empty body. */
  private static java.util.List<String> requiredWhenEmpty(Class<? extends RequestRecord> type) {
    try {
      RequestRecordReader.read(type, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
      return java.util.List.of();
    } catch (InvalidInput e) {
      return e.violations().stream()
          .filter(v -> v.code().equals("REQUIRED") && !v.field().contains("."))
          .map(Violation::field)
          .sorted()
          .toList();
    }
  }
}
