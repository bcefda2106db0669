package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
      WebElement goal = opened(b, "Add a goal");
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

      WebElement plan = opened(b, "Set a step-down plan");
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

      WebElement requirement = opened(b, "Meeting requirement");
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

  /** The form, with the details that fold it opened. */
  private static WebElement opened(Browser b, String form) {
    WebElement found =
        b.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[aria-label='" + form + "']")));
    b.driver.executeScript("arguments[0].closest('details').open = true", found);
    return found;
  }
}
