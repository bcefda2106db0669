package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.stepwise.platform.DemoUser;

/**
 * Attention in headless Chromium: "Today" is the case manager's first screen, urgent items first;
 * an urgent item is acknowledged in one tap and resolved with a few words. dr.chen acknowledges a
 * summary with a reply that cm.rivera reads on the client's page; hm.jordan's house page says who
 * is behind on meetings this week.
 */
class AttentionWebIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void anUrgentItemIsAcknowledgedAndResolvedOnToday() throws Exception {
    long client = f.client(Fixtures.unique("Today"));
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/measures",
            f.token(DemoUser.CM_RIVERA),
            "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
                + today()
                + "\",\"answers\":[1,1,0,0,0,0,0,0,1]}"));
    long item = itemOf(client);
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.CM_RIVERA, "");
      b.heading("Today");
      WebElement card = cardOf(b, item);
      List<WebElement> cards = b.driver.findElements(By.cssSelector("ul.worklist li.item"));
      assertTrue(cards.get(0).getAttribute("class").contains("urgent"), "urgent items come first");
      assertTrue(
          card.getText().contains("Self-harm") || card.getText().contains("self-harm"),
          card.getText());
      b.screenshot("today");

      card.findElement(By.xpath(".//button[text()='Acknowledge']")).click();
      b.wait.until(ExpectedConditions.textToBePresentInElement(card, "acknowledged by cm.rivera"));
      card.findElement(By.name("outcome")).sendKeys("Called, safety plan reviewed");
      card.findElement(By.xpath(".//button[text()='Resolve']")).click();
      b.wait.until(ExpectedConditions.stalenessOf(card));
      // the client's page is one tap away from every card
      WebElement link = b.driver.findElement(By.cssSelector("ul.worklist li.item h2 a"));
      assertTrue(link.getAttribute("href").contains("#/clients/"));
    }
    JsonObject resolved =
        expect(
                200,
                f.api.get("/api/v1/clients/" + client + "/attention", f.token(DemoUser.CM_RIVERA)))
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getJsonNumber("id").longValue() == item)
            .findFirst()
            .orElseThrow();
    assertEquals("RESOLVED", resolved.getString("status"));
    assertEquals("cm.rivera", resolved.getString("acknowledgedBy"));
    assertEquals("Called, safety plan reviewed", resolved.getString("outcome"));
  }

  @Test
  void drChenAcknowledgesASummaryAndTheCaseManagerReadsTheReply() throws Exception {
    ScopeFixtures.Resident r = data.freshMapleResident();
    long summary = f.summary(DemoUser.CM_RIVERA, r.clientId()).getInt("id");
    f.delivered(summary);
    String reply = "Saw him Tuesday, continuing psychiatric follow-up";
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.DR_CHEN, "#/summaries/" + summary);
      WebElement form = b.waitFor(By.cssSelector("form[aria-label='Acknowledge this summary']"));
      form.findElement(By.name("reply")).sendKeys(reply);
      form.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("main .notice"), "Acknowledged by dr.chen"));
    }
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.CM_RIVERA, "#/clients/" + r.clientId());
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("table td[data-label='Acknowledged']"), reply));
    }
  }

  @Test
  void theHouseManagerSeesWhoIsBehindOnMeetingsThisWeek() throws Exception {
    ScopeFixtures.Resident r = data.freshMapleResident();
    f.requireMeetings(r.clientId(), 5);
    try (Browser phone = Browser.open(375, 812)) {
      phone.login(base, DemoUser.HM_JORDAN, "#/house");
      WebElement week = phone.waitFor(By.cssSelector("section[aria-label='This week']"));
      phone.wait.until(ExpectedConditions.textToBePresentInElement(week, "to go this week"));
    }
  }

  private long itemOf(long client) {
    return f.worklistOf(client, f.token(DemoUser.CM_RIVERA)).get(0).getJsonNumber("id").longValue();
  }

  /** The item's card, pressing "Show more" while it is past the cards shown (50 at a time). */
  private static WebElement cardOf(Browser b, long item) {
    By card = By.cssSelector("li[data-item='" + item + "']");
    b.waitFor(By.cssSelector("ul.worklist"));
    for (int i = 0; i < 200 && b.driver.findElements(card).isEmpty(); i++) {
      b.driver.findElement(By.xpath("//main/button[starts-with(., 'Show ')]")).click();
    }
    return b.waitFor(card);
  }
}
