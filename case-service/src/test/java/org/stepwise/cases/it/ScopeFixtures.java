package org.stepwise.cases.it;

import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * The two houses the demo tokens name (MAPLE for hm.jordan, CEDAR for hm.alvarez) and a resident of
 * each on different caseloads: {@code mapleClient} is cm.rivera's, {@code cedarClient} is
 * cm.patel's. Each has a goal with a milestone, a stay and a relapse-prevention plan (version 1).
 */
final class ScopeFixtures {

  final Fixtures f = new Fixtures();
  final long riverside = f.clinic("RIVERSIDE", "dr.chen");
  final long mapleHouse = f.demoHouse("MAPLE");
  final long cedarHouse = f.demoHouse("CEDAR");
  final Resident maple = resident(DemoUser.CM_RIVERA, mapleHouse, "MX-");
  final Resident cedar = resident(DemoUser.CM_PATEL, cedarHouse, "CX-");

  /** A cm.patel client who lives at MAPLE too: hm.jordan's resident, not cm.rivera's client. */
  final Resident mapleNeighbour = resident(DemoUser.CM_PATEL, mapleHouse, "MN-");

  /** A meeting MAPLE reported for its resident: what hm.jordan's view of their attendance shows. */
  final String mapleMeeting = reported("MAPLE", maple);

  final long mapleReport = report("MAPLE", maple.clientRef(), mapleNeighbour.clientRef());
  final long cedarReport = report("CEDAR", cedar.clientRef(), "CX-none");

  /** Drug tests each house recorded for its resident (negative): hm.jordan's view shows MAPLE's. */
  final long mapleTest = f.drugTest("MAPLE", maple.clientId(), maple.clientRef(), "NEGATIVE");

  final long cedarTest = f.drugTest("CEDAR", cedar.clientId(), cedar.clientRef(), "NEGATIVE");

  /**
   * An intake report for the house, as the routes would send it: rejected rows about each of two
   * residents (lines 2 and 3) and one whose reference names nobody (line 4).
   */
  private long report(String code, String firstRef, String secondRef) {
    return id(
        expect(
            201,
            f.api.post(
                "/api/v1/intake-reports",
                f.token(DemoUser.ADMIN_OKAFOR),
                "{\"houseCode\":\""
                    + code
                    + "\",\"channel\":\"SFTP\",\"sourceName\":\"week.csv\","
                    + "\"outcome\":\"DONE\",\"accepted\":5,\"duplicates\":0,\"rejected\":3,"
                    + "\"rejects\":["
                    + reject(2, firstRef, "BAD_STATUS")
                    + ","
                    + reject(3, secondRef, "BAD_STATUS")
                    + ","
                    + reject(4, "NO-SUCH-REF", "UNKNOWN_CLIENT")
                    + "]}")));
  }

  private String reported(String code, Resident r) {
    String id = Fixtures.unique(code + "-");
    String yesterday =
        java.time.ZonedDateTime.now(Fixtures.ZONE).minusDays(1).toOffsetDateTime().toString();
    expect(
        200,
        f.postBatch(
            Fixtures.batch(
                code, Json.createArrayBuilder().add(Fixtures.row(r.clientRef(), yesterday, id)))));
    return id;
  }

  private static String reject(int line, String clientRef, String code) {
    return "{\"line\":"
        + line
        + ",\"sourceRecordId\":\"x-"
        + line
        + "\",\"field\":\"status\",\"code\":\""
        + code
        + "\",\"reason\":\"row "
        + line
        + "\",\"clientRef\":\""
        + clientRef
        + "\"}";
  }

  /**
   * A client with the ids of what belongs to them: a goal, a milestone, a stay, a consent to
   * Riverside that backs {@code summaryId} (delivered) and a spare one ({@code consentId}) that a
   * test may revoke.
   */
  record Resident(
      long clientId,
      String clientRef,
      long goalId,
      long milestoneId,
      long residencyId,
      long consentId,
      long summaryId,
      long clinicId,
      long seriesId,
      long attentionItemId) {

    /** The same client, naming another of their summaries. */
    Resident withSummary(long summary) {
      return new Resident(
          clientId,
          clientRef,
          goalId,
          milestoneId,
          residencyId,
          consentId,
          summary,
          clinicId,
          seriesId,
          attentionItemId);
    }
  }

  /** Another MAPLE resident of cm.rivera's, for a write that may be made once only. */
  Resident freshMapleResident() {
    return resident(DemoUser.CM_RIVERA, mapleHouse, "MF-");
  }

  private Long notification;

  /**
   * A notification the routes have claimed: a fresh resident's urgent item makes one, whatever
   * earlier tests claimed.
   */
  long notificationId() {
    if (notification == null) {
      freshMapleResident();
      notification =
          expect(
                  200,
                  f.api.post(
                      "/api/v1/notification-claims", f.platform.routesToken(), "{\"limit\":100}"))
              .array()
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
    }
    return notification;
  }

  /** A client of cm.rivera's who lives nowhere yet: only the client id and a reference are set. */
  Resident clientWithoutStay() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", "dr.chen");
    return new Resident(client, Fixtures.unique("MW-"), 0, 0, 0, 0, 0, riverside, 0, 0);
  }

  private Resident resident(DemoUser caseManager, long house, String refPrefix) {
    String token = f.token(caseManager);
    long client = f.referredClient(caseManager, "RIVERSIDE", "dr.chen");
    String ref = Fixtures.unique(refPrefix);
    long residency =
        id(
            expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/residencies",
                    token,
                    Json.createObjectBuilder()
                        .add("houseId", house)
                        .add("clientRef", ref)
                        .add("moveIn", today().minusDays(30).toString())
                        .build()
                        .toString())));
    long goal =
        id(
            expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/goals",
                    token,
                    "{\"domain\":\"EMPLOYMENT\",\"statement\":\"Job\"}")));
    long milestone =
        id(
            expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/goals/" + goal + "/milestones",
                    token,
                    "{\"description\":\"Resume sent\"}")));
    f.consent(
        caseManager,
        client,
        Fixtures.consentBody("RIVERSIDE", null, today().plusDays(90), "ATTENDANCE", "GOALS"));
    long summary =
        id(expect(201, f.api.post("/api/v1/clients/" + client + "/summaries", token, "{}")));
    // delivered, as the routes would report it
    f.delivered(summary);
    expect(
        200,
        f.api.send(
            "PUT",
            "/api/v1/clients/" + client + "/relapse-prevention-plan",
            token,
            Fixtures.PLAN,
            java.util.Map.of("If-Match", "\"0\"")));
    long spare =
        f.consent(
            caseManager,
            client,
            Fixtures.consentBody("RIVERSIDE", null, today().plusDays(90), "ATTENDANCE"));
    long series =
        id(
            expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/appointments",
                    token,
                    "{\"kind\":\"THERAPY\",\"provider\":\"Dr. Ruiz\",\"every\":1,"
                        + "\"unit\":\"WEEKS\",\"startsOn\":\""
                        + today().minusDays(28)
                        + "\",\"minimumWeeks\":26}")));
    // a PHQ-9 with item 9 above 0: an URGENT attention item, open
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/measures",
            token,
            "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
                + today()
                + "\",\"answers\":[1,1,0,0,0,0,0,0,1]}"));
    long item = f.worklistOf(client, token).get(0).getJsonNumber("id").longValue();
    return new Resident(
        client, ref, goal, milestone, residency, spare, summary, riverside, series, item);
  }

  private static long id(ApiClient.Response r) {
    return r.object().getJsonNumber("id").longValue();
  }
}
