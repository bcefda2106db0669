package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.consentBody;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * dr.chen (clinic_id RIVERSIDE) reads the summaries delivered to Riverside for clients whose
 * consent names the clinic or him, while it stands, and nothing else: not one addressed to another
 * clinician there, not one whose consent was revoked, not one still pending, not another clinic's.
 * Each refusal is a 404 and a DENIED audit event; each read a DISCLOSE naming the consent.
 */
class ClinicianScopeIT {

  private final Fixtures f = new Fixtures();

  @Test
  void drChenSeesRiversidesConsentedSummariesOnly() {
    f.clinic("RIVERSIDE", "dr.chen");
    f.clinic("LAKESHORE", "dr.lake");
    ensureClinician("RIVERSIDE", "dr.other");

    long toClinicClient = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    f.consent(
        DemoUser.CM_RIVERA,
        toClinicClient,
        consentBody("RIVERSIDE", null, today().plusDays(30), "ATTENDANCE", "GOALS"));
    long toClinic = deliver(f.summary(DemoUser.CM_RIVERA, toClinicClient).getInt("id"));
    long toHim = delivered("RIVERSIDE", "dr.chen", "dr.chen");
    long toColleague = delivered("RIVERSIDE", "dr.other", "dr.other");
    long revokedClient = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    long revokedConsent =
        f.consent(
            DemoUser.CM_RIVERA,
            revokedClient,
            consentBody("RIVERSIDE", null, today().plusDays(30), "ATTENDANCE"));
    long revoked = deliver(f.summary(DemoUser.CM_RIVERA, revokedClient).getInt("id"));
    expect(
        200,
        f.api.post(
            "/api/v1/clients/" + revokedClient + "/consents/" + revokedConsent + "/revocation",
            f.token(DemoUser.CM_RIVERA),
            "{}"));
    long pendingClient = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    f.consent(
        DemoUser.CM_RIVERA,
        pendingClient,
        consentBody("RIVERSIDE", null, today().plusDays(30), "ATTENDANCE"));
    long pending = f.summary(DemoUser.CM_RIVERA, pendingClient).getInt("id");
    long otherClinic = delivered("LAKESHORE", null, null);

    String chen = f.token(DemoUser.DR_CHEN);
    List<Long> listed =
        expect(200, f.api.get("/api/v1/summaries", chen))
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(o -> o.getJsonNumber("id").longValue())
            .toList();
    assertTrue(listed.contains(toClinic) && listed.contains(toHim), listed.toString());
    for (long hidden : List.of(toColleague, revoked, pending, otherClinic)) {
      assertFalse(listed.contains(hidden), "listed " + hidden);
    }

    ApiClient.Response read =
        f.api.send(
            "GET",
            "/api/v1/summaries/" + toClinic,
            chen,
            null,
            Map.of("Accept", "application/fhir+json"));
    assertEquals(200, read.status(), read.body());
    assertTrue(read.contentType().startsWith("application/fhir+json"));
    assertTrue(read.body().contains("\"resourceType\":\"Bundle\""));
    assertTrue(read.body().contains("42 CFR part 2 prohibits unauthorized use or disclosure"));

    long deniedBefore = deniedEventsOf("dr.chen");
    for (long hidden : List.of(toColleague, revoked, pending, otherClinic)) {
      ApiClient.Response r = f.api.get("/api/v1/summaries/" + hidden, chen);
      assertEquals(404, r.status(), "summary " + hidden + ": " + r.body());
      assertFalse(r.body().contains("Bundle"));
    }
    assertEquals(deniedBefore + 4, deniedEventsOf("dr.chen"));
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE username = 'dr.chen' AND action = 'DISCLOSE'"
                + " AND record_id = ? AND consent_id IS NOT NULL",
            Long.toString(toClinic)));
    // and the clinician cannot reach the chart behind it
    assertEquals(403, f.api.get("/api/v1/clients/" + toClinicClient, chen).status());
  }

  private long deniedEventsOf(String user) {
    return f.count(
        "SELECT count(*) FROM audit_event WHERE username = ? AND action = 'DENIED'", user);
  }

  private void ensureClinician(String clinic, String username) {
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    long id = f.clinic(clinic);
    ApiClient.Response r =
        f.api.post(
            "/api/v1/clinics/" + id + "/clinicians",
            admin,
            "{\"username\":\"" + username + "\",\"name\":\"Dr. " + username + "\"}");
    assertTrue(r.status() == 201 || r.status() == 409, r.body());
  }

  /** A summary delivered to the clinic under a consent naming the clinician (or the clinic). */
  private long delivered(String clinic, String referralClinician, String consentClinician) {
    long client = f.referredClient(DemoUser.CM_RIVERA, clinic, referralClinician);
    f.consent(
        DemoUser.CM_RIVERA,
        client,
        consentBody(clinic, consentClinician, today().plusDays(30), "ATTENDANCE", "GOALS"));
    return deliver(f.summary(DemoUser.CM_RIVERA, client).getInt("id"));
  }

  private long deliver(long summary) {
    f.delivered(summary);
    return summary;
  }
}
