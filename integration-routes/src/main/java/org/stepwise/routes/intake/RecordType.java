package org.stepwise.routes.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.stepwise.routes.casefile.CaseServiceRoutes;

/**
 * What a house's file records: meetings (DESIGN.md's attendance format) or drug tests ({@code
 * test_results…} files, README "Drug test results files"). Each has its columns, its batch endpoint
 * in case-service and the way a row becomes a record of that endpoint; everything else (streaming,
 * batches, row-by-row answers, reject reports, exactly once) is the same intake.
 */
public enum RecordType {
  ATTENDANCE(
      List.of(
          "house_code",
          "client_ref",
          "meeting_type",
          "meeting_name",
          "started_at",
          "status",
          "verification",
          "reported_by",
          "source_record_id"),
      CaseServiceRoutes.ATTENDANCE_BATCH),
  TEST_RESULTS(
      List.of(
          "house_code",
          "client_ref",
          "collected_at",
          "method",
          "reason",
          "result",
          "substances_tested",
          "substances_positive",
          "lab_confirmed",
          "collected_by",
          "source_record_id"),
      CaseServiceRoutes.TOXICOLOGY_BATCH);

  /** A file whose name starts with this holds drug tests. */
  public static final String TEST_RESULTS_PREFIX = "test_results";

  /**
   * One factory for every record: {@code Json.createObjectBuilder()} looks the JSON-P provider up
   * with a ServiceLoader each time, which was half of the routes' CPU in IntakeBenchmark's profile
   * when done for each row.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private final List<String> columns;
  private final List<String> fields;
  private final String endpoint;

  RecordType(List<String> columns, String endpoint) {
    this.columns = columns;
    this.fields = columns.stream().map(RecordType::camel).toList();
    this.endpoint = endpoint;
  }

  /** The type of a house's file, by its name. */
  public static RecordType ofFile(String name) {
    return name != null && name.toLowerCase().startsWith(TEST_RESULTS_PREFIX)
        ? TEST_RESULTS
        : ATTENDANCE;
  }

  public List<String> columns() {
    return columns;
  }

  /** The route to case-service's batch endpoint for this type. */
  public String endpoint() {
    return endpoint;
  }

  /**
   * One record of the batch, each field read by its column name: the columns under the API's
   * camelCase names; a test's substance lists are split on {@code |}.
   */
  public JsonObjectBuilder record(UnaryOperator<String> field) {
    JsonObjectBuilder record = JSON.createObjectBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (column.equals("house_code")) {
        continue;
      }
      String value = field.apply(column);
      if (column.startsWith("substances_")) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        if (value != null && !value.isBlank()) {
          for (String name : value.split("\\|")) {
            list.add(name.strip());
          }
        }
        record.add(fields.get(i), list);
      } else if (value == null) {
        record.addNull(fields.get(i));
      } else {
        record.add(fields.get(i), value);
      }
    }
    return record;
  }

  private static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
