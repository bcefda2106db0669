package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * Clinics close the loop: dr.chen acknowledges a delivered summary with a reply the case manager
 * reads on that summary; a summary nobody acknowledged for 14 days, and one that could not be sent,
 * are attention items that clear when the loop closes.
 */
class ClinicLoopIT {

  private final Fixtures f = new Fixtures();
  private final String rivera = f.token(DemoUser.CM_RIVERA);
  private final String chen = f.token(DemoUser.DR_CHEN);

  ClinicLoopIT() {
    f.clinic("RIVERSIDE", "dr.chen");
  }

  @Test
  void drChensAcknowledgementAndReplyAreOnTheSummaryTheCaseManagerReads() {
    Fixtures.Consented c = f.consentedClient("ATTENDANCE");
    long summary = f.summary(DemoUser.CM_RIVERA, c.client()).getInt("id");
    assertEquals(
        404,
        f.api.post(acknowledgement(summary), chen, "{}").status(),
        "not delivered yet: the clinician cannot see it");
    f.delivered(summary);

    ValidationIT.assertProblem(
        f.api.post(acknowledgement(summary), chen, "{\"reply\":\"" + "x".repeat(501) + "\"}"),
        400,
        "reply",
        "TOO_LONG");
    String reply = "Saw him Tuesday, continuing psychiatric follow-up";
    JsonObject ack =
        expect(201, f.api.post(acknowledgement(summary), chen, "{\"reply\":\"" + reply + "\"}"))
            .object();
    assertEquals("dr.chen", ack.getString("by"));
    assertEquals(
        409,
        f.api.post(acknowledgement(summary), chen, "{}").status(),
        "one acknowledgement per summary");

    JsonObject seen =
        expect(200, f.api.get("/api/v1/clients/" + c.client() + "/summaries/" + summary, rivera))
            .object()
            .getJsonObject("acknowledgement");
    assertEquals("dr.chen", seen.getString("by"));
    assertEquals(reply, seen.getString("reply"));
    assertNotNull(seen.getString("at"));
    JsonObject listed =
        expect(200, f.api.get("/api/v1/summaries", chen))
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getJsonNumber("id").longValue() == summary)
            .findFirst()
            .orElseThrow();
    assertEquals(reply, listed.getJsonObject("acknowledgement").getString("reply"));
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE username = 'dr.chen' AND action = 'CREATE'"
                + " AND record_type = 'summary-acknowledgement' AND client_id = ?",
            c.client()),
        "the reply joins the client's record, audited like a case note");
  }

  @Test
  void aSummaryUnacknowledgedFor14DaysIsAnItemTheAcknowledgementClears() {
    Fixtures.Consented c = f.consentedClient("ATTENDANCE");
    long summary = f.summary(DemoUser.CM_RIVERA, c.client()).getInt("id");
    f.delivered(summary);
    run();
    assertEquals(List.of(), rules(c.client()), "13 days or less: nothing to chase yet");

    assertEquals(
        1,
        f.count(
            "WITH moved AS (UPDATE delivery SET delivered_at = delivered_at - interval '15 days'"
                + " WHERE summary_id = ? RETURNING 1) SELECT count(*) FROM moved",
            summary));
    run();
    assertEquals(List.of("SUMMARY_UNACKNOWLEDGED"), rules(c.client()));
    run();
    assertEquals(1, rules(c.client()).size(), "a second run opens nothing new");

    expect(201, f.api.post(acknowledgement(summary), chen, "{}"));
    assertEquals(List.of(), rules(c.client()), "cleared within the acknowledgement's request");
  }

  @Test
  void aSummaryTheClinicRefusedIsAnItemUntilItIsSentAgain() {
    Fixtures.Consented c = f.consentedClient("ATTENDANCE");
    long summary = f.summary(DemoUser.CM_RIVERA, c.client()).getInt("id");
    expect(200, f.report(summary, f.claim(summary), "REFUSED", 400));
    assertEquals(List.of("SUMMARY_NOT_SENT"), rules(c.client()), "raised by the report itself");

    expect(
        200,
        f.api.post(
            "/api/v1/deliveries/" + summary + "/retry", f.token(DemoUser.ADMIN_OKAFOR), null));
    assertEquals(List.of(), rules(c.client()), "the admin's retry clears it");
    f.delivered(summary);
    assertEquals(List.of(), rules(c.client()));
  }

  private void run() {
    expect(200, f.api.post("/api/v1/attention-runs", f.platform.routesToken(), ""));
  }

  private List<String> rules(long client) {
    return f.worklistOf(client, rivera).stream()
        .map(i -> i.getString("rule"))
        .filter(r -> r.startsWith("SUMMARY_"))
        .toList();
  }

  private static String acknowledgement(long summary) {
    return "/api/v1/summaries/" + summary + "/acknowledgement";
  }
}
