package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a run of the scenario produced — <i>hasil simulasi</i>: the village's ledger for the year
 * (closed), its monitored projects, the district roll-up at the year end, the tahap II requests and
 * every planted misconduct with how it was caught.
 *
 * @param seed the seed of the run
 * @param village the main village
 * @param ledger the village's ledger, closed at 31 December
 * @param journal the journal file written; null when the backend writes none
 * @param anchor the anchor of the journal's last entry ({@code SEQ:HASH}), to publish; null when no
 *     journal was written
 * @param asOf the date of the final assessment (31 December)
 * @param projects the village's monitored projects (AC from the ledger)
 * @param districtProjects the other villages' monitored projects
 * @param district the district roll-up of all projects at {@code asOf}
 * @param trancheRequests the tahap II requests, refused and granted
 * @param caught the planted misconduct, each as caught
 */
public record ScenarioResult(
    long seed,
    Village village,
    Ledger ledger,
    @Nullable Path journal,
    Journal.@Nullable Anchor anchor,
    LocalDate asOf,
    ImmutableList<MonitoredProject> projects,
    ImmutableList<MonitoredProject> districtProjects,
    DistrictRollup district,
    ImmutableList<TrancheRequest> trancheRequests,
    ImmutableList<CaughtCase> caught) {
  public ScenarioResult {
    requireNonNull(village, "village");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    requireNonNull(projects, "projects");
    requireNonNull(districtProjects, "districtProjects");
    requireNonNull(district, "district");
    requireNonNull(trancheRequests, "trancheRequests");
    requireNonNull(caught, "caught");
  }

  /** The case of a planted misconduct, if it was caught. */
  public Optional<CaughtCase> caught(Misconduct m) {
    return caught.stream().filter(c -> c.misconduct() == m).findFirst();
  }
}
