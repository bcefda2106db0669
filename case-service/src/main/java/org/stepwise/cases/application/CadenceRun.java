package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.stepwise.cases.application.SummaryComposer.Composed;
import org.stepwise.cases.application.SummaryComposer.Gathered;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummaryRepository;
import org.stepwise.cases.domain.model.summary.ProgressSummaryRepository.Referred;
import org.stepwise.cases.domain.model.summary.SummaryKind;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * The scheduled run: each clinic's latest complete period, a summary for every active client
 * referred to it that has none for that period yet (so a repeated run makes nothing new).
 */
@ApplicationScoped
@Transactional
public class CadenceRun {

  /** Clients gathered, rendered and written together; bounds memory on large runs. */
  private static final int CHUNK = 1000;

  @Inject private ClinicRepository clinics;
  @Inject private ProgressSummaryRepository summaries;
  @Inject private SummaryComposer composer;
  @Inject private ProgramCalendar calendar;

  /** What a run did; the audit trail gets one CREATE per client. */
  public record RunResult(
      List<ClinicRun> clinics, int pending, int withheld, List<Long> clientIds) {}

  public record ClinicRun(String clinic, Period period, int generated) {}

  @Audited(action = AuditAction.CREATE, record = "progress-summary")
  public RunResult run() {
    LocalDate today = calendar.today();
    Tally tally = new Tally();
    List<ClinicRun> runs = new ArrayList<>();
    for (Clinic clinic : clinics.all()) {
      Period period = clinic.cadence().lastCompletePeriod(today);
      List<Referred> referred =
          summaries.awaitingCadenceSummary(clinic.id(), clinic.code(), period);
      int before = tally.clientIds.size();
      // a pipeline: while one chunk is rendered (CPU), the next is gathered and the previous
      // stored (database)
      CompletableFuture<List<Composed>> rendering = null;
      for (int from = 0; from < referred.size(); from += CHUNK) {
        List<Referred> chunk = referred.subList(from, Math.min(referred.size(), from + CHUNK));
        Gathered next = composer.gather(clinic, period, SummaryKind.CADENCE, chunk, null);
        if (rendering != null) {
          tally.store(rendering.join());
        }
        rendering = CompletableFuture.supplyAsync(next::render);
      }
      if (rendering != null) {
        tally.store(rendering.join());
      }
      runs.add(new ClinicRun(clinic.code(), period, tally.clientIds.size() - before));
    }
    return new RunResult(runs, tally.pending, tally.withheld, tally.clientIds);
  }

  /** What a run stored; a summary another run made first is not counted. */
  private final class Tally {
    final List<Long> clientIds = new ArrayList<>();
    int pending;
    int withheld;

    void store(List<Composed> made) {
      List<Long> ids = composer.store(made);
      for (int i = 0; i < made.size(); i++) {
        if (ids.get(i) == null) {
          continue;
        }
        clientIds.add(made.get(i).summary().clientId());
        if (made.get(i).withheldReason() != null) {
          withheld++;
        } else {
          pending++;
        }
      }
    }
  }
}
