package id.smartkampung.demo.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.demo.scenario.CaughtCase;
import id.smartkampung.demo.scenario.ScenarioResult;
import id.smartkampung.demo.scenario.TrancheRequest;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.rollup.VillageRollup;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a village dashboard shows — <i>bahan dasbor desa</i>: the village's ledger (budget, books,
 * reports), its monitored projects and their assessments (made against the district's photo
 * registry), and, when the data come from a run of the scenario, the tahap II requests and the
 * caught misconduct. The same value is built from a live run or from a journal file, so the
 * rendering does not care where the ledger came from.
 *
 * @param ledger the village ledger; never null
 * @param asOf the date of the books and the assessment; never null
 * @param rollup the village's project assessments at {@code asOf}; never null
 * @param projects the monitored projects (for the S-curves); never null
 * @param trancheRequests the tahap II requests, if known (empty from a journal)
 * @param caught the caught misconduct, if known (empty from a journal)
 * @param journal the journal the ledger was written to or read from, with its anchor; null when there
 *     is none
 */
public record VillageDashboard(
    Ledger ledger,
    LocalDate asOf,
    VillageRollup rollup,
    ImmutableList<MonitoredProject> projects,
    ImmutableList<TrancheRequest> trancheRequests,
    ImmutableList<CaughtCase> caught,
    @Nullable JournalSeal journal) {
  public VillageDashboard {
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    requireNonNull(rollup, "rollup");
    requireNonNull(projects, "projects");
    requireNonNull(trancheRequests, "trancheRequests");
    requireNonNull(caught, "caught");
  }

  /** The dashboard of a scenario run's main village, with its journal if one was written. */
  public static VillageDashboard of(ScenarioResult r) {
    VillageDashboard v = of(r.ledger(), r.asOf(), r.district(), r.projects(), r.trancheRequests(), r.caught());
    Path journal = r.journal();
    Journal.Anchor anchor = r.anchor();
    if (journal != null && anchor != null) {
      v = v.withJournal(new JournalSeal(journal.getFileName().toString(), anchor));
    }
    return v;
  }

  /** The same dashboard, showing the journal behind it. */
  public VillageDashboard withJournal(JournalSeal seal) {
    return new VillageDashboard(ledger, asOf, rollup, projects, trancheRequests, caught, requireNonNull(seal, "seal"));
  }

  /** A dashboard from a ledger and the district roll-up that holds the village's assessments. */
  public static VillageDashboard of(
      Ledger ledger, LocalDate asOf, DistrictRollup district, ImmutableList<MonitoredProject> projects, ImmutableList<TrancheRequest> requests, ImmutableList<CaughtCase> caught) {
    String code = ledger.village().code();
    VillageRollup v = district.village(code).orElseGet(() -> VillageRollup.of(ledger.village(), asOf, ImmutableList.of()));
    return new VillageDashboard(ledger, asOf, v, projects, requests, caught, null);
  }
}
