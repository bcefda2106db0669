package org.stepwise.routes.feed;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PropertiesComponent;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.config.SinglePoller;

/**
 * One route per house system with an HTTP feed, polled on its schedule: page after page ({@link
 * FeedPage}) until an empty one, each sent to case-service before the cursor moves past it.
 *
 * <pre>
 * stepwise.feeds=CEDAR
 * stepwise.feed.CEDAR.url=https://cedar.example/attendance
 * stepwise.feed.CEDAR.delay=60000
 * stepwise.state-dir=/var/lib/stepwise-routes
 * </pre>
 */
public class HttpFeedRoutes extends RouteBuilder {

  @Override
  public void configure() {
    PropertiesComponent p = getContext().getPropertiesComponent();
    Path state = org.stepwise.routes.config.IntakeConfiguration.stateDir(getContext());
    for (String house : p.resolveProperty("stepwise.feeds").orElse("").split(",")) {
      String code = house.strip();
      if (code.isEmpty()) {
        continue;
      }
      String prefix = "stepwise.feed." + code + ".";
      String url =
          p.resolveProperty(prefix + "url")
              .orElseThrow(() -> new IllegalArgumentException(prefix + "url is required"));
      long delay = Long.parseLong(p.resolveProperty(prefix + "delay").orElse("60000"));
      from(SinglePoller.consumer(
              getContext(),
              "feed-" + code.toLowerCase(),
              "timer:feed-" + code + "?period=" + delay + "&delay=" + Math.min(delay, 1000)))
          .routeId("feed-" + code.toLowerCase())
          .process(exchange -> FeedPage.begin(exchange, code, new FeedCursor(state, code)))
          .loopDoWhile(FeedPage.more())
          .process(FeedPage::ask)
          .to(url)
          .process(FeedPage::read)
          .filter(FeedPage.hasRecords())
          .to(CaseServiceRoutes.ATTENDANCE_BATCH)
          .process(FeedPage::delivered)
          .end()
          .end();
    }
  }
}
