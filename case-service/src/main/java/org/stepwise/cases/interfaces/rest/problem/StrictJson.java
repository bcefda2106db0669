package org.stepwise.cases.interfaces.rest.problem;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.Violation;

/**
 * The rules of strict reading that every field reader of {@link JsonRequest} follows: a field is
 * absent when missing or null, every problem is collected with the field's path, and {@link
 * #done()} reports them all at once.
 */
abstract class StrictJson {

  private final JsonObject body;
  private final String path;
  private final List<Violation> violations;

  StrictJson(JsonObject body, String path, List<Violation> violations) {
    this.body = body;
    this.path = path;
    this.violations = violations;
  }

  List<Violation> violations() {
    return violations;
  }

  protected void onlyFields(String... allowed) {
    Set<String> known = Set.of(allowed);
    body.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(k -> add(k, "UNKNOWN_FIELD", "not a field of this request"));
  }

  public boolean has(String field) {
    return body.containsKey(field) && !body.isNull(field);
  }

  /** Records a violation found by the resource itself. */
  public void reject(String field, String code, String message) {
    add(field, code, message);
  }

  /** Throws every violation found so far as one 400 answer. */
  public void done() {
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
  }

  public boolean isValid() {
    return violations.isEmpty();
  }

  protected Long number(String field, boolean required) {
    JsonValue v = value(field, required);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      add(field, "WRONG_TYPE", "a whole number is expected");
      return null;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      add(field, "OUT_OF_RANGE", "too large");
      return null;
    }
  }

  /** A text field parsed by {@code parser}; a failure is reported with {@code code}. */
  protected <T> T parsed(
      String field, boolean required, Function<String, T> parser, String code, String expected) {
    String raw = rawText(field, required);
    if (raw == null) {
      return null;
    }
    try {
      return parser.apply(raw);
    } catch (RuntimeException e) {
      add(field, code, expected);
      return null;
    }
  }

  protected static boolean tryParse(String raw, Function<String, ?> parser) {
    try {
      parser.apply(raw);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  protected JsonValue value(String field, boolean required) {
    if (!body.containsKey(field) || body.isNull(field)) {
      if (required) {
        add(field, "REQUIRED", "is required");
      }
      return null;
    }
    return body.get(field);
  }

  protected void add(String field, String code, String message) {
    violations.add(new Violation(name(field), code, message));
  }

  protected String name(String field) {
    return path + field;
  }

  /** The text of a field up to 64 characters, as the typed readers parse it. */
  protected abstract String rawText(String field, boolean required);
}
