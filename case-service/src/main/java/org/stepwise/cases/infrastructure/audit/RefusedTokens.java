package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;

/**
 * Audits requests refused for an invalid token without letting a flood of them flood the trail: per
 * address and minute the first {@value #PER_MINUTE} are written one by one; the rest are counted,
 * and the count is written as one event with the next refusal from there in a later minute. The
 * counts live in this replica's memory: each replica limits what it writes itself.
 */
@ApplicationScoped
public class RefusedTokens {

  static final int PER_MINUTE = 10;
  private static final int MAX_ADDRESSES = 10_000;

  private record Window(long minute, int seen) {}

  @Inject private AuditRecorder recorder;
  @Inject private Clock clock;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** A request from {@code origin} was refused for its token. */
  public void refused(String origin) {
    long minute = clock.instant().getEpochSecond() / 60;
    if (windows.size() > MAX_ADDRESSES) {
      windows.values().removeIf(w -> w.minute() < minute);
    }
    Window[] before = new Window[1];
    Window now =
        windows.compute(
            origin,
            (address, w) -> {
              before[0] = w;
              return w == null || w.minute() != minute
                  ? new Window(minute, 1)
                  : new Window(minute, w.seen() + 1);
            });
    int suppressed =
        before[0] != null && before[0].minute() != minute
            ? Math.max(0, before[0].seen() - PER_MINUTE)
            : 0;
    if (suppressed > 0) {
      write(origin, "invalid bearer token: " + suppressed + " more, not written one by one");
    }
    if (now.seen() <= PER_MINUTE) {
      write(origin, "invalid bearer token");
    }
  }

  private void write(String origin, String operation) {
    recorder.onItsOwn(
        List.of(
            new AuditEvent(
                clock.instant(),
                "anonymous",
                null,
                "",
                AuditAction.DENIED,
                operation,
                "endpoint",
                null,
                null,
                AuditOutcome.DENIED,
                origin)));
  }
}
