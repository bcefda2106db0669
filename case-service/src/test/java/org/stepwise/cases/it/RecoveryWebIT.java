package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stepwise.platform.DemoUser;

/**
 * The recovery plan in headless Chromium: a case manager edits the relapse-prevention plan twice
 * and reads what changed; enters a PHQ-9 item by item and sees its score, its item-9 flag and the
 * trend; a house manager on a phone opens a resident's emergency contacts and nothing else.
 */
class RecoveryWebIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void aCaseManagerEditsThePlanAndReadsWhatChanged() throws Exception {
    long client = f.client(Fixtures.unique("WebPlan"));
    try (Browser b = Browser.open(1280, 1400)) {
      b.login(base, DemoUser.CM_RIVERA, "#/clients/" + client);
      WebElement editor = openEditor(b);
      editor.findElement(By.xpath(".//button[text()='Add a trigger']")).click();
      WebElement row = editor.findElement(By.cssSelector("[data-row=trigger]"));
      new Select(row.findElement(By.tagName("select"))).selectByValue("PLACES");
      row.findElement(By.cssSelector("[aria-label=Trigger]")).sendKeys("The bar on 5th");
      row.findElement(By.cssSelector("[aria-label='Planned response']"))
          .sendKeys("Walk the other way");
      editor.findElement(By.name("copingSteps")).sendKeys("Call my sponsor");
      editor.findElement(By.xpath(".//button[text()='Add a contact']")).click();
      WebElement contact = editor.findElement(By.cssSelector("[data-row=contact]"));
      new Select(contact.findElement(By.tagName("select"))).selectByValue("SPONSOR");
      contact.findElement(By.cssSelector("[aria-label=Name]")).sendKeys("Sam");
      contact.findElement(By.cssSelector("[aria-label=Phone]")).sendKeys("+1 555 0100");
      contact
          .findElement(By.cssSelector("[aria-label='When to call']"))
          .sendKeys("Any craving above 5");
      editor.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rpp-h"), "Relapse"));
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ol[aria-label='Plan versions']"), "Version 1"));

      editor = openEditor(b);
      WebElement trigger =
          editor.findElement(By.cssSelector("[data-row=trigger] [aria-label=Trigger]"));
      trigger.clear();
      trigger.sendKeys("Payday");
      editor.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement compare = b.waitFor(By.xpath("//button[text()='What changed in version 2']"));
      compare.click();
      WebElement changes = b.waitFor(By.cssSelector("ul.diff"));
      assertTrue(
          changes.getText().contains("+ Triggers: PLACES: Payday → Walk the other way"),
          changes.getText());
      assertTrue(
          changes.getText().contains("− Triggers: PLACES: The bar on 5th"), changes.getText());
      assertFalse(changes.getText().contains("Call my sponsor"), "an unchanged step is no change");
      b.screenshot("relapse-prevention-plan", By.id("rpp-h"));
    }
    assertEquals(
        2,
        expect(
                200,
                f.api.get(
                    "/api/v1/clients/" + client + "/relapse-prevention-plan/versions",
                    f.token(DemoUser.CM_RIVERA)))
            .array()
            .size());
  }

  @Test
  void aCaseManagerEntersAPhq9ItemByItemAndSeesTheScoreFlagAndTrend() throws Exception {
    long client = f.client(Fixtures.unique("WebPhq"));
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/measures",
            f.token(DemoUser.CM_RIVERA),
            "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
                + Fixtures.today().minusDays(28)
                + "\",\"answers\":[2,2,2,2,2,2,1,1,0]}"));
    try (Browser b = Browser.open(1280, 1400)) {
      b.login(base, DemoUser.CM_RIVERA, "#/clients/" + client);
      WebElement entry = b.form("Enter a questionnaire");
      new Select(entry.findElement(By.name("instrument"))).selectByValue("PHQ_9");
      List<Integer> answers = List.of(1, 1, 1, 1, 0, 1, 1, 0, 1);
      // the last item left out first: the form names it and sends nothing
      for (int i = 0; i < answers.size() - 1; i++) {
        pick(entry, i, answers.get(i));
      }
      entry.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement missing = b.waitFor(By.cssSelector("[data-field='answers[8]'] .field-error"));
      assertEquals("Item 9 has no answer", missing.getText());
      pick(entry, 8, answers.get(8));
      entry.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement list =
          b.wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("ul[aria-label=Measures]")));
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ul[aria-label=Measures]"), Fixtures.today() + " PHQ-9"));
      list = b.driver.findElement(By.cssSelector("ul[aria-label=Measures]"));
      String latest = list.findElement(By.tagName("li")).getText();
      assertTrue(latest.contains(": 7 (Mild)"), latest);
      assertTrue(latest.contains("Thoughts of self-harm"), latest);
      String trend =
          b.driver.findElement(By.cssSelector("figure.trend svg")).getAttribute("aria-label");
      assertTrue(trend.endsWith(Fixtures.today() + " 7"), trend);
      b.screenshot("measures", By.id("measures-h"));
    }
  }

  @Test
  void aHouseManagerOpensAResidentsEmergencyContactsOnAPhone() throws Exception {
    ScopeFixtures.Resident resident = data.maple;
    try (Browser phone = Browser.open(375, 812)) {
      phone.login(base, DemoUser.HM_JORDAN, "#/house");
      WebElement fieldset =
          phone.waitFor(By.cssSelector("fieldset[data-field='" + resident.clientRef() + "']"));
      fieldset.findElement(By.cssSelector("button.emergency")).click();
      WebElement contacts = phone.waitFor(By.cssSelector("ul.contacts"));
      assertTrue(contacts.getText().contains("Sponsor: Sam"), contacts.getText());
      assertTrue(contacts.getText().contains("When: Any craving above 5"), contacts.getText());
      assertEquals("tel:+15550100", contacts.findElement(By.tagName("a")).getAttribute("href"));
      String page = phone.driver.findElement(By.id("main")).getText();
      assertFalse(page.contains("The bar on 5th"), "a trigger reached the house sheet");
      assertFalse(page.contains("My daughter"), "a reason for recovery reached the house sheet");
      phone.screenshot(
          "house-emergency", By.cssSelector("fieldset[data-field='" + resident.clientRef() + "']"));
    }
  }

  /** A save over someone else's change says so and what to do, not "Precondition Failed". */
  @Test
  void aSaveOverSomeoneElsesChangeSaysWhatHappenedAndWhatToDo() throws Exception {
    long client = f.client(Fixtures.unique("WebStale"));
    try (Browser b = Browser.open(1280, 1400)) {
      b.login(base, DemoUser.CM_RIVERA, "#/clients/" + client);
      WebElement editor = openEditor(b);
      // meanwhile, in another tab, the plan is saved
      expect(
          200,
          f.api.put(
              "/api/v1/clients/" + client + "/relapse-prevention-plan",
              f.token(DemoUser.CM_RIVERA),
              Fixtures.PLAN,
              java.util.Map.of("If-Match", "\"0\"")));
      editor.findElement(By.name("copingSteps")).sendKeys("Call my sponsor");
      editor.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement error =
          b.waitFor(
              By.cssSelector("form[aria-label='Edit the relapse-prevention plan'] .form-error"));
      assertTrue(
          error.getText().startsWith("Someone else changed this record since you opened it"),
          error.getText());
    }
  }

  private static WebElement openEditor(Browser b) {
    return b.form("Edit the relapse-prevention plan");
  }

  /** Clicks the answer's label (the radio itself is styled away on phones). */
  private static void pick(WebElement form, int item, int answer) {
    form.findElement(
            By.cssSelector("[data-field='answers[" + item + "]'] input[value='" + answer + "']"))
        .findElement(By.xpath(".."))
        .click();
  }
}
