package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.stepwise.platform.DemoUser;

/**
 * The admin's caseload at program scale: with 10,000 more clients in the database, a flagged client
 * whose name sorts last is on the first screen (the server sorts the whole caseload, most urgent
 * first, before it pages) and is found by name from the search box (the server filters all of it),
 * and the count is the caseload's, not the page's. The clients are seeded in SQL and removed after.
 */
class CaseloadScaleWebIT {

  private static final int SEEDED = 10_000;

  private final Fixtures f = new Fixtures();
  private final String base = f.platform.serviceUrl();

  @Test
  void aFlaggedClientNamedZzIsOnTheFirstScreenAndFoundBySearch() throws Exception {
    String family = Fixtures.unique("Zzyzx");
    long flagged = f.client(family);
    f.requireMeetings(flagged, 3); // and no meeting since: below it, no attendance
    // item 9 above 0: the most urgent flag there is
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + flagged + "/measures",
            f.token(DemoUser.CM_RIVERA),
            "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
                + today()
                + "\",\"answers\":[1,1,1,1,1,1,1,1,2]}"));
    String seeded = Fixtures.unique("Scale");
    seed(seeded);
    try {
      String admin = f.token(DemoUser.ADMIN_OKAFOR);
      // by name, the client is far past the first 500: what a page that sorted what it loaded saw
      JsonObject byName =
          expect(200, f.api.get("/api/v1/clients?sort=NAME&size=500", admin)).object();
      assertFalse(clientIds(byName).contains(flagged), "Zz… is not among the first 500 by name");
      assertTrue(byName.getJsonNumber("total").longValue() > SEEDED, "total counts all clients");

      try (Browser b = Browser.open(1280, 1000)) {
        b.login(base, DemoUser.ADMIN_OKAFOR, "#/caseload");
        WebElement main =
            b.wait.until(
                d -> {
                  WebElement m = d.findElement(By.id("main"));
                  return m.getAttribute("data-total") != null ? m : null;
                });
        long total = Long.parseLong(main.getAttribute("data-total"));
        assertTrue(total > SEEDED, "the count is the whole caseload's: " + total);
        assertEquals(50, b.driver.findElements(By.cssSelector("main table tbody tr")).size());
        b.waitFor(By.cssSelector("main table a[href='#/clients/" + flagged + "']"));
        String count = b.driver.findElement(By.cssSelector("main p[aria-live]")).getText();
        assertTrue(
            count.startsWith("Clients 1–50 of " + String.format("%,d", total)), "count: " + count);
        b.screenshot("caseload-at-scale");

        WebElement search = b.driver.findElement(By.cssSelector("[name='name']"));
        search.sendKeys(family);
        b.wait.until(
            ExpectedConditions.textToBe(
                By.cssSelector("main p[aria-live]"), "Clients 1–1 of 1 (1 flagged)"));
        List<WebElement> rows = b.driver.findElements(By.cssSelector("main table tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(family), rows.get(0).getText());
      }
    } finally {
      try (Connection c = f.platform.database();
          PreparedStatement s =
              c.prepareStatement("DELETE FROM client WHERE family_name LIKE ? || '-%'")) {
        s.setString(1, seeded);
        s.executeUpdate();
      }
    }
  }

  /** Active clients in aftercare with nothing to flag, named {@code family}-1 … -10000. */
  private void seed(String family) throws Exception {
    try (Connection c = f.platform.database();
        PreparedStatement s =
            c.prepareStatement(
                """
                INSERT INTO client (given_name, family_name, date_of_birth, recovery_start_date,
                                    status, case_manager, case_manager_subject, current_level,
                                    current_level_since, recorded_by, recorded_at)
                SELECT 'Load', ? || '-' || g, date '1980-01-01' + (g % 7000), current_date - 400,
                       'ACTIVE', 'cm.patel', ?, 'RS', current_date - 200, 'test', now()
                  FROM generate_series(1, ?) g
                """)) {
      s.setString(1, family);
      s.setString(2, DemoUser.CM_PATEL.subject());
      s.setInt(3, SEEDED);
      s.executeUpdate();
    }
  }

  private static List<Long> clientIds(JsonObject page) {
    return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonNumber("clientId").longValue())
        .toList();
  }
}
