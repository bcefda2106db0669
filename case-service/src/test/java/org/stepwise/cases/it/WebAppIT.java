package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stepwise.platform.DemoUser;

/**
 * The web app end to end in Debian's headless Chromium against the real platform, logging in on
 * Keycloak's own page: a case manager records a step-down (a server validation error first, shown
 * next to its field) and sees it on the timeline; a house manager on a phone-sized window takes
 * attendance for the MAPLE house meeting, which the case manager then sees on the client's page;
 * the house manager reaches no client page and no other house. The first page of a caseload of 500
 * clients is timed in the browser and printed.
 */
class WebAppIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void aCaseManagerRecordsAStepDownAndSeesItOnTheTimeline() throws Exception {
    long client = f.client(Fixtures.unique("Web"));
    expect(201, f.recordTransition(client, Fixtures.transition("3.5", today().minusDays(80))));
    expect(201, f.recordTransition(client, Fixtures.transition("2.1", today().minusDays(30))));
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.CM_RIVERA, "#/caseload");
      b.heading("Caseload");
      b.go(base, "#/clients/" + client);
      WebElement form = b.waitFor(By.cssSelector("form[aria-label='Record a transition']"));
      new Select(form.findElement(By.name("toLevel"))).selectByValue("1.0");
      WebElement date = form.findElement(By.name("effectiveDate"));
      setDate(b, date, today().minusDays(40).toString()); // before the current entry: refused
      form.findElement(By.name("reason")).sendKeys("Met IOP goals");
      form.findElement(By.name("decidedBy")).sendKeys("Dr. Wei Chen");
      form.findElement(By.name("program")).sendKeys("Riverside Clinic");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement error =
          b.waitFor(
              By.cssSelector(
                  "form[aria-label='Record a transition'] [data-field='effectiveDate'] .field-error"));
      assertFalse(error.getText().isBlank(), "the server's message is next to the date field");
      assertEquals(
          "true",
          b.driver
              .findElement(
                  By.cssSelector("form[aria-label='Record a transition'] [name='effectiveDate']"))
              .getAttribute("aria-invalid"));
      b.screenshot("client-validation");

      form = b.driver.findElement(By.cssSelector("form[aria-label='Record a transition']"));
      setDate(b, form.findElement(By.name("effectiveDate")), today().toString());
      form.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ol[aria-label='Timeline entries']"), "STEP_DOWN from 2.1 to 1.0"));
      String picture =
          b.driver.findElement(By.cssSelector("figure.timeline svg")).getAttribute("aria-label");
      assertTrue(picture.endsWith(today() + " 1.0"), picture);
      b.screenshot("client");
      // log-out ends the Keycloak session: the app asks for a log-in again
      b.driver.findElement(By.id("logout")).click();
      b.waitFor(By.id("username"));
      b.go(base, "#/caseload");
      b.waitFor(By.id("username"));
    }
  }

  @Test
  void aHouseManagerTakesAttendanceOnAPhoneAndTheCaseManagerSeesIt() throws Exception {
    ScopeFixtures.Resident resident = data.maple;
    try (Browser phone = Browser.open(375, 812)) {
      phone.login(base, DemoUser.HM_JORDAN, "#/house");
      phone.waitFor(By.cssSelector("form[aria-label='Attendance sheet']"));
      WebElement sheet =
          phone.driver.findElement(By.cssSelector("form[aria-label='Attendance sheet']"));
      new Select(sheet.findElement(By.name("meetingType"))).selectByValue("HOUSE_MEETING");
      WebElement meetingName = sheet.findElement(By.name("meetingName"));
      meetingName.clear();
      meetingName.sendKeys("MAPLE house meeting");
      WebElement mark =
          sheet.findElement(
              By.cssSelector(
                  "fieldset[data-field='" + resident.clientRef() + "'] input[value='ATTENDED']"));
      mark.findElement(By.xpath("..")).click();
      assertTrue(mark.isSelected());
      phone.screenshot("house-sheet");
      sheet.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement saved =
          phone.waitFor(By.cssSelector("form[aria-label='Attendance sheet'] .notice"));
      assertTrue(saved.getText().startsWith("Saved: 1 recorded"), saved.getText());
    }
    try (Browser desk = Browser.open(1280, 1000)) {
      desk.login(base, DemoUser.CM_RIVERA, "#/clients/" + resident.clientId());
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.xpath("//table[caption='Recent attendance']/tbody"),
              "MAPLE house meeting (HOUSE_MEETING)"));
    }
  }

  @Test
  void aHouseManagerReachesNoClientPageAndNoOtherHouse() throws Exception {
    try (Browser phone = Browser.open(375, 812)) {
      phone.login(base, DemoUser.HM_JORDAN, "#/clients/" + data.maple.clientId());
      phone.heading("Not available");
      assertTrue(phone.driver.findElements(By.linkText("Caseload")).isEmpty());
      phone.go(base, "#/house/" + data.cedarHouse);
      phone.heading("Not found");
      // and the API refuses the browser's own token for a chart or another house
      Object chart =
          phone.driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "import('/app/js/auth.js').then(a => Promise.all(["
                  + " fetch('/api/v1/clients/"
                  + data.maple.clientId()
                  + "', {headers: {Authorization: 'Bearer ' + a.accessToken()}}),"
                  + " fetch('/api/v1/houses/"
                  + data.cedarHouse
                  + "/roster', {headers: {Authorization: 'Bearer ' + a.accessToken()}})]))"
                  + ".then(rs => done(rs.map(r => r.status).join(',')));");
      assertEquals("404,404", chart);
    }
  }

  /**
   * The client page makes its calls in parallel; when the access token has expired each gets a 401
   * and asks for a refresh. Refresh tokens are single-use, so only one refresh may be made: the
   * others wait for it. With 2-second tokens (the app's own timer refreshes after 5 s), the page
   * opened on an expired token loads, and the user is still logged in afterwards.
   */
  @Test
  void theClientPageOnAnExpiredTokenRefreshesOnceAndStaysLoggedIn() throws Exception {
    long client = f.client(Fixtures.unique("Expiry"));
    KeycloakAdmin keycloak = new KeycloakAdmin(f.platform);
    String before = keycloak.setAccessTokenLifespan("stepwise-web", "2");
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.CM_RIVERA, "#/caseload");
      b.heading("Caseload");
      for (int round = 0; round < 2; round++) {
        Fixtures.pause(3_000); // the access token has expired; the app's timer has not fired
        b.driver.executeScript("location.hash = arguments[0]", "#/clients/" + client);
        b.waitFor(By.cssSelector("form[aria-label='Record a transition']"));
        b.driver.executeScript("location.hash = arguments[0]", "#/caseload");
        b.heading("Caseload");
      }
      assertTrue(
          b.driver.findElements(By.id("username")).isEmpty(), "sent back to the log-in page");
      assertTrue(b.driver.findElement(By.id("logout")).isDisplayed());
    } finally {
      keycloak.setAccessTokenLifespan("stepwise-web", before);
    }
  }

  @Test
  void aCaseloadOf500ClientsRendersInTheBrowser() throws Exception {
    // cm.patel's caseload grows to 500 (straight into the database: the timing is the browser's)
    long existing =
        f.count(
            "SELECT count(*) FROM client WHERE case_manager_subject = ?",
            DemoUser.CM_PATEL.subject());
    try (Connection c = f.platform.database();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO client (given_name, family_name, date_of_birth, recovery_start_date,"
                    + " status, case_manager, case_manager_subject, current_level,"
                    + " current_level_since, plan_target_date, meeting_min_per_week, recorded_by,"
                    + " recorded_at)"
                    + " SELECT 'Load', 'Client ' || g, date '1990-01-01', current_date - 90, 'ACTIVE',"
                    + " 'cm.patel', ?, '2.1', current_date - (g % 60)::int,"
                    + " current_date + (g % 20)::int - 5, 3, 'test', now()"
                    + " FROM generate_series(1, ?) g")) {
      s.setString(1, DemoUser.CM_PATEL.subject());
      s.setInt(2, (int) Math.max(0, 500 - existing));
      s.executeUpdate();
    }
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.CM_PATEL, "#/caseload");
      WebElement main =
          b.wait.until(
              d -> {
                WebElement m = d.findElement(By.id("main"));
                return m.getAttribute("data-render-ms") != null ? m : null;
              });
      int rows = Integer.parseInt(main.getAttribute("data-rows"));
      long total = Long.parseLong(main.getAttribute("data-total"));
      long ms = Long.parseLong(main.getAttribute("data-render-ms"));
      assertTrue(total >= 500, "clients: " + total);
      assertEquals(50, rows, "a page of the caseload");
      assertEquals(rows, b.driver.findElements(By.cssSelector("main table tbody tr")).size());
      b.screenshot("caseload");
      System.out.printf(
          "%nWeb app: first page of a caseload of %d clients sorted, fetched and rendered in %d ms"
              + " (headless Chromium)%n%n",
          total, ms);
    }
  }

  private static void setDate(Browser b, WebElement input, String isoDate) {
    b.driver.executeScript("arguments[0].value = arguments[1];", input, isoDate);
  }
}
