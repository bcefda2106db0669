package org.stepwise.cases.interfaces.rest.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.Violation;

/**
 * Reads a JSON request body strictly: unknown fields, missing fields, wrong types, malformed dates
 * and unknown codes are each reported with the field's path, all at once, before anything is
 * written. Resources call {@link #done()} once they have read every field.
 */
public final class JsonRequest extends StrictJson {

  private JsonRequest(JsonObject body, String path, List<Violation> violations) {
    super(body, path, violations);
  }

  /** Starts reading {@code body}, which may contain only the {@code allowed} fields. */
  public static JsonRequest of(JsonObject body, String... allowed) {
    if (body == null) {
      throw new InvalidInput("body", "REQUIRED", "a JSON object is required");
    }
    JsonRequest request = new JsonRequest(body, "", new ArrayList<>());
    request.onlyFields(allowed);
    return request;
  }

  /**
   * Reads query parameters with the same rules: blank ones are absent, the {@code numeric} ones are
   * numbers when they parse (and reported as wrong types when they do not).
   */
  public static JsonRequest ofQuery(java.util.Map<String, String> params, Set<String> numeric) {
    jakarta.json.JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder();
    params.forEach(
        (name, value) -> {
          if (value == null || value.isBlank()) {
            return;
          }
          if (numeric.contains(name)) {
            try {
              body.add(name, Long.parseLong(value.strip()));
              return;
            } catch (NumberFormatException e) {
              // kept as text: reported as the wrong type when read
            }
          }
          body.add(name, value.strip());
        });
    return of(body.build(), params.keySet().toArray(String[]::new));
  }

  public String text(String field, boolean required, int maxLength) {
    JsonValue v = value(field, required);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      add(field, "WRONG_TYPE", "a string is expected");
      return null;
    }
    String text = s.getString().strip();
    if (text.isEmpty() && required) {
      add(field, "REQUIRED", "must not be blank");
      return null;
    }
    if (text.length() > maxLength) {
      add(field, "TOO_LONG", "at most " + maxLength + " characters");
      return null;
    }
    return text.isEmpty() ? null : text;
  }

  public LocalDate date(String field, boolean required) {
    return parsed(field, required, LocalDate::parse, "INVALID_DATE", "a date like 2026-11-17");
  }

  public java.util.UUID uuid(String field, boolean required) {
    return parsed(
        field, required, java.util.UUID::fromString, "INVALID_UUID", "a UUID as it was given");
  }

  public OffsetDateTime timestamp(String field, boolean required) {
    String raw = text(field, required, 64);
    if (raw == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw);
    } catch (DateTimeParseException e) {
      boolean local = tryParse(raw, LocalDateTime::parse);
      add(
          field,
          local ? "MISSING_OFFSET" : "INVALID_TIMESTAMP",
          "ISO-8601 with an offset, e.g. 2026-11-17T19:00:00-05:00");
      return null;
    }
  }

  public <E extends Enum<E>> E enumValue(String field, boolean required, Class<E> type) {
    return parsed(
        field,
        required,
        s -> Enum.valueOf(type, s),
        "UNKNOWN_VALUE",
        "one of " + Arrays.toString(type.getEnumConstants()));
  }

  /** An array of codes of {@code type}; an unknown one is reported as {@code field[i]}. */
  public <E extends Enum<E>> java.util.EnumSet<E> enumValues(
      String field, boolean required, Class<E> type) {
    java.util.EnumSet<E> values = java.util.EnumSet.noneOf(type);
    List<String> names = texts(field, required);
    for (int i = 0; i < names.size(); i++) {
      try {
        values.add(Enum.valueOf(type, names.get(i)));
      } catch (IllegalArgumentException e) {
        add(
            field + "[" + i + "]",
            "UNKNOWN_VALUE",
            "one of " + Arrays.toString(type.getEnumConstants()));
      }
    }
    return values;
  }

  /** A value looked up by code, e.g. a level of care; {@code known} lists the codes. */
  public <T> T coded(
      String field, boolean required, Function<String, Optional<T>> lookup, String known) {
    String raw = text(field, required, 64);
    if (raw == null) {
      return null;
    }
    Optional<T> value = lookup.apply(raw);
    if (value.isEmpty()) {
      add(field, "UNKNOWN_CODE", "not a known code; known codes: " + known);
    }
    return value.orElse(null);
  }

  public Integer integer(String field, boolean required, int min, int max) {
    Long value = number(field, required);
    if (value == null) {
      return null;
    }
    if (value < min || value > max) {
      add(field, "OUT_OF_RANGE", "from " + min + " to " + max);
      return null;
    }
    return value.intValue();
  }

  public Long id(String field, boolean required) {
    Long value = number(field, required);
    if (value != null && value < 1) {
      add(field, "OUT_OF_RANGE", "an id is a positive number");
      return null;
    }
    return value;
  }

  public Boolean bool(String field) {
    JsonValue v = value(field, false);
    if (v == null) {
      return null;
    }
    if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
      add(field, "WRONG_TYPE", "true or false is expected");
      return null;
    }
    return v == JsonValue.TRUE;
  }

  /** A nested object, read with the same rules; its fields are reported as {@code field.name}. */
  public JsonRequest object(String field, boolean required, String... allowed) {
    JsonValue v = value(field, required);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonObject o)) {
      add(field, "WRONG_TYPE", "an object is expected");
      return null;
    }
    JsonRequest nested = new JsonRequest(o, name(field) + ".", violations());
    nested.onlyFields(allowed);
    return nested;
  }

  /** An array of strings. */
  public List<String> texts(String field, boolean required) {
    JsonValue v = value(field, required);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      add(field, "WRONG_TYPE", "an array of strings is expected");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) instanceof JsonString s) {
        out.add(s.getString());
      } else {
        add(field + "[" + i + "]", "WRONG_TYPE", "a string is expected");
      }
    }
    return out;
  }

  /**
   * An array of at most {@code max} objects, each read with the same rules: a problem in one is
   * reported as {@code field[i].name}.
   */
  public List<JsonRequest> objects(String field, boolean required, int max, String... allowed) {
    JsonArray a = array(field, required, max);
    if (a == null) {
      return List.of();
    }
    List<JsonRequest> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!(a.get(i) instanceof JsonObject o)) {
        add(field + "[" + i + "]", "WRONG_TYPE", "an object is expected");
        continue;
      }
      JsonRequest nested = new JsonRequest(o, name(field) + "[" + i + "].", violations());
      nested.onlyFields(allowed);
      out.add(nested);
    }
    return out;
  }

  /** An array of at most {@code max} non-blank strings of at most {@code maxLength} each. */
  public List<String> texts(String field, boolean required, int max, int maxLength) {
    List<String> raw = texts(field, required);
    if (raw.size() > max) {
      add(field, "TOO_MANY", "at most " + max + " entries");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i).strip();
      if (text.isEmpty()) {
        add(field + "[" + i + "]", "REQUIRED", "must not be blank");
      } else if (text.length() > maxLength) {
        add(field + "[" + i + "]", "TOO_LONG", "at most " + maxLength + " characters");
      } else {
        out.add(text);
      }
    }
    return out;
  }

  /**
   * An array of at most {@code max} whole numbers; an element that is not one is reported as {@code
   * field[i]} and kept as null, so the count of items stays as sent.
   */
  public List<Integer> integers(String field, boolean required, int max) {
    JsonArray a = array(field, required, max);
    if (a == null) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) instanceof jakarta.json.JsonNumber n && n.isIntegral()) {
        out.add(n.intValue());
      } else {
        add(field + "[" + i + "]", "WRONG_TYPE", "a whole number is expected");
        out.add(null);
      }
    }
    return out;
  }

  /** An array of at most {@code max} entries; a longer one is reported and read as absent. */
  private JsonArray array(String field, boolean required, int max) {
    JsonArray a = array(field, required);
    if (a != null && a.size() > max) {
      add(field, "TOO_MANY", "at most " + max + " entries");
      return null;
    }
    return a;
  }

  /** An array, whatever its entries. */
  public JsonArray array(String field, boolean required) {
    JsonValue v = value(field, required);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonArray a)) {
      add(field, "WRONG_TYPE", "an array is expected");
      return null;
    }
    return a;
  }

  /**
   * A batch's rows: each entry of the array, at most {@code max} of them; an entry that is not an
   * object is still a row (an empty one), so the domain answers it as a rejected row.
   */
  public java.util.List<JsonObject> rows(String field, int max) {
    JsonArray rows = array(field, true);
    if (rows == null) {
      return java.util.List.of();
    }
    if (rows.size() > max) {
      add(field, "TOO_MANY", "at most " + max + " rows a batch");
    }
    return rows.stream()
        .map(v -> v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT)
        .toList();
  }

  /** A row's field as text, whatever JSON type it came as (null when absent or null). */
  public static String textOf(JsonObject row, String name) {
    JsonValue v = row.get(name);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    return v == null || v == JsonValue.NULL ? null : v.toString();
  }

  /** The optional first and last day of a list. */
  public record Days(LocalDate from, LocalDate to) {}

  /** The {@code from} and {@code to} of a list's query (a malformed one is a 400 naming it). */
  public static Days queryDays(String from, String to) {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    params.put("from", from);
    params.put("to", to);
    JsonRequest in = ofQuery(params, Set.of());
    Days days = new Days(in.date("from", false), in.date("to", false));
    in.done();
    return days;
  }

  @Override
  protected String rawText(String field, boolean required) {
    return text(field, required, 64);
  }
}
