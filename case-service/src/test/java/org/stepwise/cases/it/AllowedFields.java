package org.stepwise.cases.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The security matrix's field allow-list ({@code src/test/resources/security/allowed-fields.txt}:
 * per role and endpoint, the fields that role may see), and the field paths of a JSON answer
 * ({@code rows[].clientId}) to check against it.
 */
final class AllowedFields {

  private AllowedFields() {}

  /** Reads {@code ROLE METHOD PATH =} lines, each followed by indented comma-separated fields. */
  static Map<String, Set<String>> read(String resource) {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                AllowedFields.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      Set<String> current = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String fields = line;
        if (!Character.isWhitespace(line.charAt(0))) {
          int eq = line.indexOf('=');
          current = new TreeSet<>();
          allowed.put(line.substring(0, eq).strip(), current);
          fields = line.substring(eq + 1);
        }
        Arrays.stream(fields.split(","))
            .map(String::strip)
            .filter(f -> !f.isEmpty())
            .forEach(current::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return allowed;
  }

  /** Every field path in a JSON document. */
  static Set<String> paths(String json) {
    Set<String> paths = new TreeSet<>();
    collect(Json.createReader(new StringReader(json)).readValue(), "", paths);
    return paths;
  }

  private static void collect(JsonValue value, String at, Set<String> paths) {
    if (value instanceof JsonObject o) {
      for (var field : o.entrySet()) {
        String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        paths.add(path);
        collect(field.getValue(), path, paths);
      }
    } else if (value instanceof JsonArray a) {
      for (JsonValue item : a) {
        collect(item, at + "[]", paths);
      }
    }
  }
}
