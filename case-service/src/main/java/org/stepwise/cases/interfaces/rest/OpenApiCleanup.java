package org.stepwise.cases.interfaces.rest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Keeps {@code /openapi} a valid OpenAPI 3.0 document, as standard validators and client generators
 * read it:
 *
 * <ul>
 *   <li>Payara Micro adds a top-level {@code endpoints} map of its own (not an {@code x-}
 *       extension); its model has no API to drop it, so it is emptied (an empty map is not
 *       written);
 *   <li>an operation id is the Java method's name, so {@code list} or {@code create} repeat across
 *       resources; a repeated one gets the path's resource names appended ({@code list} on {@code
 *       /clients/{clientId}/goals} becomes {@code listClientsGoals}).
 * </ul>
 */
public class OpenApiCleanup implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    dropPayaraEndpoints(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, Long> uses =
        openAPI.getPaths().getPathItems().values().stream()
            .flatMap(item -> item.getOperations().values().stream())
            .map(Operation::getOperationId)
            .filter(id -> id != null)
            .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Operation op : path.getValue().getOperations().values()) {
        String id = op.getOperationId();
        if (id != null && uses.get(id) > 1) {
          op.setOperationId(id + resourceNames(path.getKey()));
        }
      }
    }
  }

  /** {@code /api/v1/clients/{clientId}/goals} → {@code ClientsGoals}. */
  private static String resourceNames(String path) {
    StringBuilder names = new StringBuilder();
    for (String segment : path.split("/")) {
      if (segment.isEmpty()
          || segment.startsWith("{")
          || segment.equals("api")
          || segment.equals("v1")) {
        continue;
      }
      for (String word : segment.split("-")) {
        names.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return names.toString();
  }

  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new HashMap<String, java.util.Set<String>>());
    } catch (ReflectiveOperationException e) {
      // another runtime without the extra key: nothing to drop
    }
  }
}
