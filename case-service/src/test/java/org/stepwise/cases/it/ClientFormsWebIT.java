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
 * A case manager's day in the browser, without curl: an employment goal with two milestones, one
 * achieved; the step-down plan set, then changed; the meeting requirement; a stay, a note
 * corrected, a summary on demand; a client admitted into MAPLE; a transfer MAPLE → CEDAR refused
 * while CEDAR is full and made once it has a bed, each through its form (issue 17).
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
      b.waitFor(By.xpath("//button[text()='Achieved today: Resume sent']"));
      WebElement second =
          b.waitFor(
              By.cssSelector("form[aria-label='Milestone for Full-time job at the warehouse']"));
      second.findElement(By.name("description")).sendKeys("Interview at the warehouse");
      second.findElement(By.cssSelector("button[type=submit]")).click();
      b.waitFor(By.xpath("//button[text()='Achieved today: Interview at the warehouse']"));
      b.waitFor(By.xpath("//button[text()='Achieved today: Resume sent']")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ul[aria-label='Milestones of Full-time job at the warehouse']"),
              "achieved " + today()));
      b.screenshot(
          "goal-editor",
          By.cssSelector("ul[aria-label='Milestones of Full-time job at the warehouse']"));

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
      WebElement change = b.form("Change the step-down plan");
      WebElement criteria = change.findElement(By.name("criteria"));
      criteria.clear();
      criteria.sendKeys("Six weeks of meetings met");
      change.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("section[aria-labelledby=plan-h] > p"), "Six weeks of meetings met"));

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
    var milestones = g.getJsonArray("milestones").getValuesAs(JsonObject.class);
    assertEquals(2, milestones.size());
    assertEquals(
        1, milestones.stream().filter(m -> !m.isNull("achievedOn")).count(), "one achieved");
    assertEquals(
        today().toString(),
        milestones.stream()
            .filter(m -> m.getString("description").equals("Resume sent"))
            .findFirst()
            .orElseThrow()
            .getString("achievedOn"));
    assertEquals(
        "Six weeks of meetings met", overview.getJsonObject("stepDownPlan").getString("criteria"));
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
      b.screenshot("intake-form", By.cssSelector("form[aria-label='Admit a client']"));
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

  /**
   * A transfer from MAPLE to CEDAR: refused while CEDAR is full (the reason next to the house, the
   * MAPLE stay kept), then made once it has a bed.
   */
  @Test
  void aResidentIsTransferredOnlyWhenTheOtherHouseHasABed() throws Exception {
    long maple = f.demoHouse("MAPLE");
    long cedar = f.demoHouse("CEDAR");
    // cm.patel's clients: CEDAR is cm.patel's scope already, so no other test's scope changes
    long client = patelClient("Transfer");
    expect(
        201,
        f.moveIn(DemoUser.CM_PATEL, client, maple, Fixtures.unique("MT-"), today().minusDays(20)));
    long neighbour = patelClient("Cedar");
    expect(
        201,
        f.moveIn(
            DemoUser.CM_PATEL, neighbour, cedar, Fixtures.unique("CT-"), today().minusDays(20)));
    String full =
        "UPDATE house SET capacity = (SELECT count(*) FROM residency"
            + " WHERE house_id = ? AND move_out IS NULL) WHERE id = ? RETURNING 1";
    long capacity = f.count("SELECT capacity FROM house WHERE id = ?", cedar);
    try (Browser b = Browser.open(1280, 1400)) {
      f.count(full, cedar, cedar);
      b.login(base, DemoUser.CM_PATEL, "#/clients/" + client);
      WebElement transfer = b.form("Transfer to another house");
      new Select(transfer.findElement(By.name("houseId"))).selectByValue(Long.toString(cedar));
      transfer.findElement(By.name("clientRef")).sendKeys(Fixtures.unique("C-"));
      transfer.findElement(By.name("reason")).sendKeys("Closer to work");
      transfer.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement refused =
          b.waitFor(By.cssSelector("[data-field='houseId'] .field-error:not([hidden])"));
      assertTrue(refused.getText().contains("is full"), refused.getText());
      assertEquals(
          1,
          f.count(
              "SELECT count(*) FROM residency WHERE client_id = ? AND house_id = ?"
                  + " AND move_out IS NULL",
              client,
              maple),
          "the MAPLE stay is kept");

      f.count("UPDATE house SET capacity = ? WHERE id = ? RETURNING 1", capacity, cedar);
      transfer.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("main"), "CEDAR since"));
    } finally {
      f.count("UPDATE house SET capacity = ? WHERE id = ? RETURNING 1", capacity, cedar);
    }
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM residency WHERE client_id = ? AND house_id = ? AND move_out IS NULL",
            client,
            cedar));
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM residency WHERE client_id = ? AND house_id = ?"
                + " AND move_out IS NOT NULL AND move_out_reason = 'Closer to work'",
            client,
            maple));
  }

  private long patelClient(String family) {
    return expect(
            201,
            f.api.post(
                "/api/v1/clients",
                f.token(DemoUser.CM_PATEL),
                Fixtures.clientBody(Fixtures.unique(family)).build().toString()))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  private static void date(Browser b, WebElement input, String isoDate) {
    b.driver.executeScript("arguments[0].value = arguments[1]", input, isoDate);
  }
}
