package org.stepwise.routes.feed;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PropertiesComponent;
import org.stepwise.routes.config.SinglePoller;
import org.stepwise.routes.intake.RecordType;

/**
 * One route per house system with an HTTP feed, polled on its schedule: page after page ({@link
 * FeedPage}) until an empty one, each sent to case-service before the cursor moves past it.
 *
 * <pre>
 * stepwise.feeds=CEDAR
 * stepwise.feed.CEDAR.url=https://cedar.example/attendance
 * stepwise.feed.CEDAR.delay=60000
 * stepwise.feed.CEDAR.tests-url=https://cedar.example/test-results   (optional: drug tests)
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
      feed(code, url, delay, RecordType.ATTENDANCE, new FeedCursor(state, code));
      // a house system may have a second feed, of its drug tests, with a cursor of its own
      p.resolveProperty(prefix + "tests-url")
          .filter(u -> !u.isBlank())
          .ifPresent(
              u ->
                  feed(
                      code,
                      u,
                      delay,
                      RecordType.TEST_RESULTS,
                      new FeedCursor(state, code + "-tests")));
    }
  }

  private void feed(String code, String url, long delay, RecordType type, FeedCursor cursor) {
    String id = "feed-" + code.toLowerCase() + (type == RecordType.TEST_RESULTS ? "-tests" : "");
    from(SinglePoller.consumer(
            getContext(),
            id,
            "timer:" + id + "?period=" + delay + "&delay=" + Math.min(delay, 1000)))
        .routeId(id)
        .process(exchange -> FeedPage.begin(exchange, code, type, cursor))
        .loopDoWhile(FeedPage.more())
        .process(FeedPage::ask)
        .to(url)
        .process(FeedPage::read)
        .filter(FeedPage.hasRecords())
        .to(type.endpoint())
        .process(FeedPage::delivered)
        .end()
        .end();
  }
}
