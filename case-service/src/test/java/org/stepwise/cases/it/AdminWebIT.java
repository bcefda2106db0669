package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stepwise.platform.DemoUser;

/**
 * The admin's assignment in headless Chromium, with pickers instead of ids: the client found by
 * name, the case manager chosen from those who have signed in (with their caseloads' sizes).
 */
class AdminWebIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void anAdminAssignsAClientFoundByNameToACaseManagerPickedFromAList() throws Exception {
    String family = Fixtures.unique("Assign");
    long client = f.client(family);
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.ADMIN_OKAFOR, "#/admin");
      WebElement form = b.waitFor(By.cssSelector("form[aria-label='Assign a case manager']"));
      form.findElement(By.name("clientName")).sendKeys(family);
      By option = By.cssSelector("select[name=clientId] option[value='" + client + "']");
      b.wait.until(ExpectedConditions.presenceOfElementLocated(option));
      new Select(form.findElement(By.name("clientId"))).selectByValue(Long.toString(client));
      Select managers = new Select(form.findElement(By.name("caseManager")));
      managers.selectByValue("cm.patel");
      assertTrue(
          b.driver.findElement(option).getText().startsWith("Test " + family),
          "the client is chosen by name, the id stays out of sight");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("form[aria-label='Assign a case manager'] .notice"),
              "now on cm.patel's caseload"));
    }
    assertEquals(
        "cm.patel",
        expect(200, f.api.get("/api/v1/clients/" + client, f.token(DemoUser.ADMIN_OKAFOR)))
            .object()
            .getString("caseManager"));
  }

  @Test
  void anAdminAddsAHouseWithItsTestingRuleAndAWrongCodeIsShownAtItsField() throws Exception {
    String code = Fixtures.unique("H").toUpperCase().replaceAll("[^A-Z0-9]", "");
    try (Browser b = Browser.open(1280, 1000)) {
      b.login(base, DemoUser.ADMIN_OKAFOR, "#/admin");
      WebElement form = b.form("Add a house");
      form.findElement(By.name("code")).sendKeys(code.toLowerCase());
      form.findElement(By.name("name")).sendKeys("Elm House");
      form.findElement(By.name("capacity")).sendKeys("6");
      new Select(form.findElement(By.name("reportingChannel"))).selectByValue("MANUAL");
      form.findElement(By.name("randomTestsPerMonth")).sendKeys("2");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement error =
          b.waitFor(
              By.cssSelector("form[aria-label='Add a house'] [data-field=code] .field-error"));
      assertTrue(!error.getText().isBlank(), "the server's reason is at the code field");

      WebElement codeField = form.findElement(By.name("code"));
      codeField.clear();
      codeField.sendKeys(code);
      form.findElement(By.cssSelector("button[type=submit]")).click();
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("form[aria-label='Add a house'] .notice"),
              "Elm House (" + code + ")"));
    }
    jakarta.json.JsonObject house =
        expect(200, f.api.get("/api/v1/houses", f.token(DemoUser.ADMIN_OKAFOR)))
            .array()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(h -> h.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertEquals(2, house.getInt("randomTestsPerMonth"));
    assertEquals("MANUAL", house.getString("reportingChannel"));
  }
}
