package org.stepwise.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo data set ({@code demo-data.json}: made-up people, a step per API call) through the
 * REST API when the database has no houses yet. The data is a file so that each new feature adds
 * its demo records there, as calls a real user could make, instead of code here.
 */
public final class DemoData {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)([+-]\\d+)?}");

  private final ApiClient api;
  private final Tokens tokens;
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Long> ids = new HashMap<>();

  public DemoData(ApiClient api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  /**
   * Loads the demo data unless there are houses already; says whether it loaded. Riverside Clinic
   * receives its summaries at {@code clinicEndpoint}.
   */
  public boolean loadIfEmpty(String clinicEndpoint) {
    String admin = tokens.accessToken(DemoUser.ADMIN_OKAFOR);
    if (!expect(api.get("/api/v1/houses", admin), List.of(200)).body().equals("[]")) {
      return false;
    }
    values.put("clinicEndpoint", clinicEndpoint);
    JsonObject data = read();
    JsonObject templates = data.getJsonObject("templates");
    for (JsonObject step : data.getJsonArray("steps").getValuesAs(JsonObject.class)) {
      String token = tokens.accessToken(user(step.getString("as")));
      if (step.containsKey("weeklyAttendance")) {
        attendance(token, step.getString("weeklyAttendance"), step.getJsonObject("perWeek"));
      } else {
        call(token, step, templates);
      }
    }
    return true;
  }

  private void call(String token, JsonObject step, JsonObject templates) {
    JsonObject body = step.getJsonObject("body");
    if (step.containsKey("template")) {
      JsonObjectBuilder merged =
          Json.createObjectBuilder(templates.getJsonObject(step.getString("template")));
      body.forEach(merged::add);
      body = merged.build();
    }
    String json = resolve(body).toString();
    boolean put = step.containsKey("put");
    String path = text(step.getString(put ? "put" : "post"));
    List<Integer> expected =
        step.containsKey("expect")
            ? step.getJsonArray("expect").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue)
                .toList()
            : List.of(put ? 200 : 201);
    ApiClient.Response response;
    if (put) {
      Map<String, String> headers =
          step.containsKey("ifMatch")
              ? Map.of("If-Match", api.get(text(step.getString("ifMatch")), token).header("ETag"))
              : Map.of();
      response = api.put(path, token, json, headers);
    } else {
      response = api.post(path, token, json);
    }
    expect(response, expected);
    if (step.containsKey("save")) {
      // the id in the answer, or (saveFrom) the newest of a list read after the call
      JsonObject saved =
          step.containsKey("saveFrom")
              ? api.get(text(step.getString("saveFrom")), token).array().getJsonObject(0)
              : response.object();
      ids.put(step.getString("save"), saved.getJsonNumber("id").longValue());
    }
  }

  /** Placeholders resolved in every string; a string that is only an id becomes its number. */
  private JsonValue resolve(JsonValue value) {
    if (value instanceof JsonString s) {
      Matcher m = PLACEHOLDER.matcher(s.getString());
      if (m.matches() && m.group(2) == null && ids.containsKey(m.group(1))) {
        return Json.createValue(ids.get(m.group(1)));
      }
      return Json.createValue(text(s.getString()));
    }
    if (value instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      o.forEach((k, v) -> b.add(k, resolve(v)));
      return b.build();
    }
    if (value instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      a.forEach(v -> b.add(resolve(v)));
      return b.build();
    }
    return value;
  }

  private String text(String raw) {
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.equals("today")) {
        int offset = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        replacement = LocalDate.now(ZONE).plusDays(offset).toString();
      } else if (ids.containsKey(name)) {
        replacement = ids.get(name).toString();
      } else if (values.containsKey(name)) {
        replacement = values.get(name);
      } else {
        throw new IllegalStateException("demo data: nothing is called {" + name + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The last weeks' meetings up to now: {@code perWeek} attended per resident each week. */
  private void attendance(String token, String house, JsonObject perWeek) {
    JsonArrayBuilder records = Json.createArrayBuilder();
    LocalDate monday = LocalDate.now(ZONE).with(DayOfWeek.MONDAY).minusWeeks(4);
    ZonedDateTime now = ZonedDateTime.now(ZONE);
    int n = 0;
    for (String ref : perWeek.keySet()) {
      for (int week = 0; week <= 4; week++) {
        for (int i = 0; i < perWeek.getInt(ref); i++) {
          ZonedDateTime start =
              monday.plusWeeks(week).plusDays(i * 2L).atTime(LocalTime.of(19, 0)).atZone(ZONE);
          if (start.isAfter(now)) {
            continue;
          }
          records.add(
              Json.createObjectBuilder()
                  .add("clientRef", ref)
                  .add("meetingType", i == 0 ? "HOUSE_MEETING" : "NA")
                  .add("meetingName", i == 0 ? "Weekly House Meeting" : "Tuesday Night Hope Group")
                  .add("startedAt", start.toOffsetDateTime().toString())
                  .add("status", "ATTENDED")
                  .add("verification", "HOUSE_MANAGER_ATTESTED")
                  .add("reportedBy", "demo")
                  .add("sourceRecordId", house + "-DEMO-" + (++n)));
        }
      }
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("houseCode", house)
            .add("channel", "MANUAL")
            .add("records", records)
            .build();
    expect(api.post("/api/v1/attendance/batches", token, body.toString()), List.of(200));
  }

  private static JsonObject read() {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo-data.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new IllegalStateException("demo data: demo-data.json cannot be read", e);
    }
  }

  private static DemoUser user(String username) {
    return Arrays.stream(DemoUser.values())
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo data: no demo user " + username));
  }

  private static ApiClient.Response expect(ApiClient.Response response, List<Integer> statuses) {
    if (!statuses.contains(response.status())) {
      throw new IllegalStateException(
          "loading demo data: expected "
              + statuses
              + " but got "
              + response.status()
              + ": "
              + response.body());
    }
    return response;
  }
}
