package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stepwise.platform.DemoUser;

/**
 * Drug tests in headless Chromium: hm.jordan records a positive test on the house sheet of a 375 px
 * phone; cm.rivera finds it on the client's page and marks it explained by prescription, the result
 * still shown as reported.
 */
class ToxicologyWebIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void aTestRecordedOnThePhoneAppearsOnTheClientPage() throws Exception {
    ScopeFixtures.Resident r = data.freshMapleResident();
    try (Browser phone = Browser.open(375, 812)) {
      phone.login(base, DemoUser.HM_JORDAN, "#/house");
      WebElement form = phone.waitFor(By.cssSelector("form[aria-label='Record a test']"));
      new Select(form.findElement(By.name("clientRef"))).selectByValue(r.clientRef());
      WebElement positive = form.findElement(By.cssSelector("input[name=result][value=POSITIVE]"));
      phone.driver.executeScript("arguments[0].scrollIntoView(true)", positive);
      positive.findElement(By.xpath("..")).click();
      WebElement bup =
          phone.waitFor(
              By.cssSelector(
                  "form[aria-label='Record a test'] input[name=positive][value=BUPRENORPHINE]"));
      bup.findElement(By.xpath("..")).click();
      assertTrue(
          form.findElement(By.cssSelector("input[name=tested][value=OPIATES]")).isSelected(),
          "the common panel is preselected");
      phone.screenshot("house-test", By.cssSelector("form[aria-label='Record a test']"));
      form.findElement(By.cssSelector("button[type=submit]")).click();
      phone.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("form[aria-label='Record a test'] .notice"), "Saved: Positive"));
    }
    try (Browser desk = Browser.open(1280, 1000)) {
      desk.login(base, DemoUser.CM_RIVERA, "#/clients/" + r.clientId());
      WebElement strip = desk.waitFor(By.cssSelector("ol[aria-label='Drug tests, newest first']"));
      desk.wait.until(
          ExpectedConditions.textToBePresentInElement(strip, "Positive for Buprenorphine"));
      WebElement explain = strip.findElement(By.cssSelector("form input[name=reason]"));
      explain.sendKeys("Prescribed buprenorphine (MAT)");
      strip.findElement(By.cssSelector("form button[type=submit]")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ol[aria-label='Drug tests, newest first'] .notice"),
              "Explained by prescription: Prescribed buprenorphine (MAT)"));
      assertTrue(
          desk.driver
              .findElement(By.cssSelector("ol[aria-label='Drug tests, newest first']"))
              .getText()
              .contains("Positive for Buprenorphine"),
          "the result as reported stays");
      desk.screenshot("client-tests", By.cssSelector("ol[aria-label='Drug tests, newest first']"));
    }
  }
}
