package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stepwise.platform.DemoUser;

/**
 * A case manager's day in the browser, without curl: a goal added, a milestone added and achieved,
 * the step-down plan set and the meeting requirement saved, each through its form on the client's
 * page (issue 17).
 */
class ClientFormsWebIT {

  private final Fixtures f = new Fixtures();
  private final String base = f.platform.serviceUrl();

  @Test
  void goalsMilestonesTheStepDownPlanAndTheRequirementAreKeptFromTheClientPage() throws Exception {
    long client = f.client(Fixtures.unique("Forms"));
    try (Browser b = Browser.open(1280, 1400)) {
      b.login(base, DemoUser.CM_RIVERA, "#/clients/" + client);
      assertEquals(
          Fixtures.ZONE.getId(),
          b.driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"),
          "the browser's today is the program's");
      WebElement goal = b.form("Add a goal");
      new Select(goal.findElement(By.name("domain"))).selectByValue("EMPLOYMENT");
      goal.findElement(By.name("statement")).sendKeys("Full-time job at the warehouse");
      goal.findElement(By.cssSelector("button[type=submit]")).click();

      WebElement milestone =
          b.waitFor(
              By.cssSelector("form[aria-label='Milestone for Full-time job at the warehouse']"));
      milestone.findElement(By.name("description")).sendKeys("Resume sent");
      milestone.findElement(By.cssSelector("button[type=submit]")).click();
      b.waitFor(By.xpath("//button[text()='Achieved today: Resume sent']")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ul[aria-label='Milestones of Full-time job at the warehouse']"),
              "achieved " + today()));

      WebElement plan = b.form("Set a step-down plan");
      new Select(plan.findElement(By.name("targetLevel"))).selectByValue("1.0");
      b.driver.executeScript(
          "arguments[0].value = arguments[1]",
          plan.findElement(By.name("targetDate")),
          today().plusDays(30).toString());
      plan.findElement(By.name("criteria")).sendKeys("Four weeks of meetings met");
      plan.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("section[aria-labelledby=plan-h] > p"), "Four weeks of meetings met"));

      WebElement requirement = b.form("Meeting requirement");
      WebElement perWeek = requirement.findElement(By.name("perWeek"));
      perWeek.clear();
      perWeek.sendKeys("4");
      requirement.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("section[aria-labelledby=plan-h]"), "Meeting requirement: 4 a week"));
    }
    String rivera = f.token(DemoUser.CM_RIVERA);
    JsonObject overview =
        expect(200, f.api.get("/api/v1/clients/" + client + "/overview", rivera)).object();
    assertEquals("1.0", overview.getJsonObject("stepDownPlan").getString("targetLevel"));
    assertEquals(4, overview.getInt("meetingsPerWeek"));
    JsonObject g =
        expect(200, f.api.get("/api/v1/clients/" + client + "/goals", rivera))
            .array()
            .getJsonObject(0);
    assertEquals("EMPLOYMENT", g.getString("domain"));
    assertEquals(
        today().toString(), g.getJsonArray("milestones").getJsonObject(0).getString("achievedOn"));
  }

  @Test
  void aStayANoteCorrectionAndASummaryOnDemandAreMadeFromTheClientPage() throws Exception {
    long maple = f.demoHouse("MAPLE");
    f.clinic("RIVERSIDE", "dr.chen");
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    String ref = Fixtures.unique("R-");
    try (Browser b = Browser.open(1280, 1400)) {
      b.login(base, DemoUser.CM_RIVERA, "#/clients/" + client);
      WebElement moveIn = b.waitFor(By.cssSelector("form[aria-label='Move in']"));
      new Select(moveIn.findElement(By.name("houseId"))).selectByValue(Long.toString(maple));
      moveIn.findElement(By.name("clientRef")).sendKeys(ref);
      moveIn.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("main"), "(the house calls them " + ref + ")"));

      WebElement note = b.waitFor(By.cssSelector("form[aria-label='Write a case note']"));
      note.findElement(By.name("body")).sendKeys("Called; he starts at the warehouse Monday.");
      note.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement correction = b.form("Correct the note of *");
      WebElement body = correction.findElement(By.name("body"));
      body.clear();
      body.sendKeys("Called; he starts at the warehouse Tuesday.");
      correction.findElement(By.name("correctionReason")).sendKeys("wrong day");
      correction.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("main"), "(corrects an earlier note: wrong day)"));

      WebElement summary = b.form("Make a summary now");
      assertTrue(summary.getText().contains("No consent is in force"), summary.getText());
      summary.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("table td[data-label=Status]"), "WITHHELD"));

      WebElement moveOut = b.form("Move out");
      moveOut.findElement(By.name("reason")).sendKeys("stepped down to his own lease");
      moveOut.findElement(By.cssSelector("button[type=submit]")).click();
      b.waitFor(By.cssSelector("form[aria-label='Move in']"));
    }
    String rivera = f.token(DemoUser.CM_RIVERA);
    JsonObject stay =
        expect(200, f.api.get("/api/v1/clients/" + client + "/residencies", rivera))
            .array()
            .getJsonObject(0);
    assertEquals(ref, stay.getString("clientRef"));
    assertEquals("stepped down to his own lease", stay.getString("moveOutReason"));
    assertEquals(
        2,
        expect(200, f.api.get("/api/v1/clients/" + client + "/notes", rivera)).array().size(),
        "the original note stays beside its correction");
  }

  @Test
  void aCaseManagerAdmitsAClientIntoAHouseWithARequirementFromTheCaseload() throws Exception {
    f.demoHouse("MAPLE");
    f.clinic("RIVERSIDE", "dr.chen");
    String family = Fixtures.unique("Admitted");
    String ref = Fixtures.unique("R-");
    try (Browser b = Browser.open(1280, 1400)) {
      b.login(base, DemoUser.CM_RIVERA, "#/caseload");
      WebElement admit = b.form("Admit a client");
      admit.findElement(By.name("givenName")).sendKeys("Quinn");
      admit.findElement(By.name("familyName")).sendKeys(family);
      date(b, admit.findElement(By.name("dateOfBirth")), "1991-04-05");
      date(b, admit.findElement(By.name("recoveryStartDate")), today().minusDays(20).toString());
      new Select(admit.findElement(By.name("referral.clinic"))).selectByValue("RIVERSIDE");
      new Select(admit.findElement(By.name("referral.clinician"))).selectByValue("dr.chen");
      Select house = new Select(admit.findElement(By.name("houseId")));
      house.selectByVisibleText(
          house.getOptions().stream()
              .map(WebElement::getText)
              .filter(t -> t.startsWith("House MAPLE") || t.startsWith("Maple"))
              .findFirst()
              .orElseThrow());
      admit.findElement(By.name("clientRef")).sendKeys(ref);
      admit.findElement(By.name("perWeek")).sendKeys("3");
      admit.findElement(By.cssSelector("button[type=submit]")).click();
      b.heading("Quinn " + family);
    }
    String rivera = f.token(DemoUser.CM_RIVERA);
    JsonObject row =
        expect(200, f.api.get("/api/v1/clients?name=" + family, rivera))
            .object()
            .getJsonArray("rows")
            .getJsonObject(0);
    long client = row.getJsonNumber("clientId").longValue();
    JsonObject chart = expect(200, f.api.get("/api/v1/clients/" + client, rivera)).object();
    assertEquals("RIVERSIDE", chart.getJsonObject("referral").getString("clinic"));
    assertEquals("dr.chen", chart.getJsonObject("referral").getString("clinician"));
    assertEquals(
        ref,
        expect(200, f.api.get("/api/v1/clients/" + client + "/residencies", rivera))
            .array()
            .getJsonObject(0)
            .getString("clientRef"));
    assertEquals(
        3,
        expect(200, f.api.get("/api/v1/clients/" + client + "/overview", rivera))
            .object()
            .getInt("meetingsPerWeek"));
  }

  private static void date(Browser b, WebElement input, String isoDate) {
    b.driver.executeScript("arguments[0].value = arguments[1]", input, isoDate);
  }
}
