package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.stepwise.platform.DemoUser;

/**
 * The accessibility audit: axe-core (from the npm registry, run in headless Chromium) on every
 * screen of every role, at a desk's 1280 px and a phone's 375 px, with every folded form opened;
 * none may have a serious or critical violation. The counts per screen are printed. Then the house
 * sheet is done with the keyboard alone: tab to each control, mark a resident, save.
 */
class AccessibilityWebIT {

  private static final int[] WIDTHS = {1280, 375};

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void everyScreenOfEveryRoleHasNoSeriousOrCriticalViolationAtBothWidths() throws Exception {
    Fixtures.Consented consented = f.consentedClient("ATTENDANCE", "GOALS", "LEVEL_OF_CARE");
    long summary =
        f.summary(DemoUser.CM_RIVERA, consented.client()).getJsonNumber("id").longValue();
    f.delivered(summary);
    String client = "#/clients/" + data.maple.clientId();
    Map<DemoUser, List<String>> screens = new LinkedHashMap<>();
    screens.put(DemoUser.CM_RIVERA, List.of("#/today", "#/caseload", client));
    screens.put(
        DemoUser.ADMIN_OKAFOR, List.of("#/today", "#/caseload", client, "#/admin", "#/house"));
    screens.put(DemoUser.HM_JORDAN, List.of("#/house"));
    screens.put(DemoUser.DR_CHEN, List.of("#/summaries", "#/summaries/" + summary));

    List<String> failures = new ArrayList<>();
    StringBuilder counts =
        new StringBuilder("%naxe-core, serious or critical violations per screen:%n");
    for (int width : WIDTHS) {
      for (var role : screens.entrySet()) {
        try (Browser b = Browser.open(width, 900)) {
          b.login(base, role.getKey(), role.getValue().get(0));
          if (failures.isEmpty() && counts.indexOf("audit sees") < 0) {
            counts.append(
                "  (the audit sees a planted unnamed button: %s)%n".formatted(planted(b)));
          }
          for (String hash : role.getValue()) {
            String title = b.screen(base, hash);
            Fixtures.pause(300); // the last async parts of the screen (a chart, a list)
            String screen =
                "%4d px %-13s %-22s %s".formatted(width, role.getKey().username(), hash, title);
            long elements =
                (Long) b.driver.executeScript("return document.querySelectorAll('*').length");
            try {
              List<String> found = b.seriousViolations();
              counts.append("  %s (%d elements): %d%n".formatted(screen, elements, found.size()));
              found.forEach(v -> failures.add(screen + ": " + v));
            } catch (org.openqa.selenium.ScriptTimeoutException e) {
              failures.add(screen + ": axe-core did not finish (" + elements + " elements)");
            }
          }
        }
      }
    }
    System.out.printf(counts.toString());
    assertEquals(List.of(), failures);
  }

  @Test
  void aHouseManagerTakesAttendanceWithTheKeyboardAlone() throws Exception {
    ScopeFixtures.Resident resident = data.maple;
    try (Browser phone = Browser.open(375, 812)) {
      phone.login(base, DemoUser.HM_JORDAN, "#/house");
      WebElement sheet = phone.waitFor(By.cssSelector("form[aria-label='Attendance sheet']"));
      // from the top of the page: the skip link, the menu, then the sheet's fields
      phone.driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
      tabTo(phone, "select[name='meetingType']");
      new Actions(phone.driver).sendKeys(Keys.END).perform(); // the last meeting type
      tabTo(phone, "input[name='meetingName']");
      new Actions(phone.driver)
          .keyDown(Keys.CONTROL)
          .sendKeys("a")
          .keyUp(Keys.CONTROL)
          .sendKeys("Keyboard house meeting")
          .perform();
      String group = "fieldset[data-field='" + resident.clientRef() + "'] input[type=radio]";
      tabTo(phone, group);
      // space marks the focused choice; arrow keys move it within the group, as a radio group does
      new Actions(phone.driver).sendKeys(Keys.SPACE).perform();
      for (int i = 0; i < 6 && !checked(phone, group, "ATTENDED"); i++) {
        new Actions(phone.driver).sendKeys(Keys.ARROW_RIGHT).perform();
      }
      assertTrue(checked(phone, group, "ATTENDED"), "the keyboard marks the resident present");
      tabTo(phone, "form[aria-label='Attendance sheet'] button[type=submit]");
      new Actions(phone.driver).sendKeys(Keys.ENTER).perform();
      phone.wait.until(ExpectedConditions.textToBePresentInElement(sheet, "Saved: 1 recorded"));
    }
  }

  /**
   * The audit itself can fail: a button without a name planted on the page is reported (critical),
   * and removed again.
   */
  private static String planted(Browser b) throws Exception {
    loaded(b);
    b.driver.executeScript(
        "const x = document.createElement('button'); x.id = 'planted';"
            + " document.querySelector('main').append(x)");
    List<String> found = b.seriousViolations();
    b.driver.executeScript("document.getElementById('planted').remove()");
    assertTrue(
        found.stream().anyMatch(v -> v.startsWith("button-name (critical)")),
        "axe-core reports an unnamed button: " + found);
    return found.get(0);
  }

  /** The screen's heading, once it has rendered (the app replaces main's children in one step). */
  private static String loaded(Browser b) {
    WebElement h1 =
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
    Fixtures.pause(300); // the last async parts of the screen (a chart, a list)
    return b.driver.findElement(By.cssSelector("main h1")).getText();
  }

  /**
   * Presses Tab until the focus is on an element matching {@code css}, each stop showing its focus;
   * fails if the element cannot be reached with the keyboard.
   */
  private static void tabTo(Browser b, String css) {
    for (int i = 0; i < 500; i++) {
      new Actions(b.driver).sendKeys(Keys.TAB).perform();
      Boolean there =
          (Boolean)
              b.driver.executeScript("return document.activeElement.matches(arguments[0])", css);
      if (Boolean.TRUE.equals(there)) {
        String outline =
            (String)
                b.driver.executeScript(
                    "return getComputedStyle(document.activeElement).outlineStyle");
        assertTrue(!"none".equals(outline), "the focus is visible on " + css);
        return;
      }
    }
    throw new AssertionError("the keyboard never reaches " + css);
  }

  private static boolean checked(Browser b, String group, String value) {
    return Boolean.TRUE.equals(
        b.driver.executeScript(
            "const c = document.querySelector(arguments[0] + ':checked');"
                + " return !!c && c.value === arguments[1]",
            group,
            value));
  }
}
