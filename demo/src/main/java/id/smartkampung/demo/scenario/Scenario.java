package id.smartkampung.demo.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.io.IOException;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo scenario — <i>skenario peragaan</i>: a fiscal year (2025 by default, see {@link #years()}) of Desa Sumberagung (Kecamatan
 * Pesanggaran, Kabupaten Banyuwangi), from the registration of its officials in September 2024 to
 * the year-end close, with a small district of other villages for the roll-up. Deterministic for a
 * seed: the same seed gives the same history, reports and findings.
 *
 * <h2>Timeline</h2>
 *
 * <ul>
 *   <li>Sep–Dec 2024: the Kepala Desa registers the Sekdes, the Kaur Keuangan and three PKA (each
 *       with an Ed25519 public key); RAPBDes drafted 7 Oct, agreed with the BPD 29 Oct, evaluated by
 *       the Bupati 25 Nov, enacted by Perdes 20 Dec.
 *   <li>2 Jan SiLPA 2024; ADD quarterly from 15 Jan; Dana Desa tahap I (40 %) 12 Feb; PAD, PBH,
 *       monthly bank interest; tahap II (60 %) ten days after the gates are met.
 *   <li>Every month: siltap and tunjangan, BPJS, BPD, RT/RW and Linmas from ADD; BLT-DD, PAUD
 *       honoraria and a PMT panjar from Dana Desa; quarterly operations; one-off purchases with PPh
 *       22/23 and PPN withheld and deposited by the 10th of the next month.
 *   <li>Projects: rabat beton road (Apr–Jul), posyandu (May–Aug), drainage (Jul–), bridge (Sep–Dec,
 *       added by the revision), each reported every Friday with a photo and paid fortnightly as it
 *       progresses (materials LS, labour by panjar with SPJ), payments waiting for cash when a fund
 *       source has none.
 *   <li>Revision (Aug–Sep): Bantuan Keuangan Kabupaten of Rp100.000.000 for the bridge; ATK cut and
 *       office maintenance raised.
 *   <li>30–31 Dec: every panjar accounted for, every tax deposited, the books closed with SiLPA.
 * </ul>
 *
 * The planted misconduct and where it is caught are listed in {@link Misconduct}.
 */
public final class Scenario {
  /** The seed of the README's demo. */
  public static final long DEFAULT_SEED = 2025;

  /** The name of the district of the roll-up. */
  public static final String DISTRICT = "Kabupaten Banyuwangi";

  /** The fiscal year simulated by default: the latest year with a complete (not provisional) pack. */
  public static final int FISCAL_YEAR = VillageYear.DEFAULT_YEAR;

  private Scenario() {}

  /**
   * The fiscal years the scenario can simulate: every year with a shipped policy pack from 2024
   * ({@link PolicyPack#shippedYears()}); a provisional pack ({@link PolicyPack#isProvisional()}) is
   * among them and the caller says so.
   */
  public static ImmutableSortedSet<Integer> years() {
    return PolicyPack.shippedYears().tailSet(2024);
  }

  /**
   * The village's APBDes of a fiscal year — <i>APBDes tahun anggaran</i>: the shipped example of the
   * year where there is one ({@link BudgetJson#example(int)}: 2025, and 2026 with the KDMP part of
   * Dana Desa, PMK 7/2026 pasal 15(3)); for another year the example of the nearest year with the
   * same shape, dated to {@code year} — a year whose pack has a part of Dana Desa outside the village
   * treasury (2027, provisional) takes the 2026 example, any other (2024) the 2025 example.
   *
   * <p>Focus tags follow the year's focus areas: a tag the year does not have becomes {@code LAINNYA}
   * when the year has that, and is dropped in a year without focus areas (2024).
   *
   * @throws IllegalArgumentException if no pack is shipped for the year
   */
  public static Apbdes budget(int year) {
    checkArgument(years().contains(year), "no policy pack for fiscal year %s: the demo runs %s", year, years());
    if (BudgetJson.EXAMPLE_YEARS.contains(year)) {
      return BudgetJson.example(year);
    }
    PolicyPack pack = PolicyPack.forYear(year);
    boolean outside = pack.danaDesaParts().stream().anyMatch(p -> !p.throughVillageTreasury());
    Apbdes example = BudgetJson.example(outside ? 2026 : 2025);
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : example.lines()) {
      lines.add(retag(l, pack));
    }
    return Apbdes.of(example.village(), year, lines);
  }

  /** The line with its focus tag as the year has it (see {@link #budget}). */
  private static BudgetLine retag(BudgetLine l, PolicyPack pack) {
    if (l.focus() == null || pack.focusArea(l.focus()).isPresent()) {
      return l;
    }
    FocusTag other = FocusTag.parse("LAINNYA");
    return pack.focusArea(other).isPresent() ? l.withFocus(other) : l.withoutFocus();
  }

  /** The main village of the scenario (Desa Sumberagung). */
  public static Village village() {
    return BudgetJson.example().village();
  }

  /**
   * Runs the scenario.
   *
   * @param seed the seed
   * @param backend where the village ledger lives (in memory, or a journal in {@code outDir})
   * @param outDir where a journal is written (by a journaled backend)
   * @param listener follows the weeks and the caught misconduct
   * @throws IOException if the backend cannot be opened, written or closed
   * @throws IllegalStateException if an honest operation is rejected (a bug)
   */
  public static ScenarioResult run(long seed, LedgerBackend.Factory backend, Path outDir, ScenarioListener listener) throws IOException {
    return run(FISCAL_YEAR, seed, backend, outDir, listener);
  }

  /**
   * Runs the scenario for a fiscal year of {@link #years()}, with {@link #budget(int)}.
   *
   * @throws IllegalArgumentException if the year is not one of {@link #years()}
   * @see #run(long, LedgerBackend.Factory, Path, ScenarioListener)
   */
  public static ScenarioResult run(int fiscalYear, long seed, LedgerBackend.Factory backend, Path outDir, ScenarioListener listener) throws IOException {
    requireNonNull(backend, "backend");
    requireNonNull(listener, "listener");
    Apbdes budget = budget(fiscalYear);
    try (LedgerBackend books = backend.open(budget.village(), PolicyPack.forYear(fiscalYear), outDir)) {
      VillageYear year = new VillageYear(seed, budget, books, listener);
      VillageYear.ScenarioRecord r = year.run();
      LocalDate yearEnd = LocalDate.of(fiscalYear, 12, 31);
      ImmutableList<MonitoredProject> others = DistrictVillages.generate(seed, yearEnd);
      List<MonitoredProject> all = new ArrayList<>(r.projects());
      all.addAll(others);
      DistrictRollup district = DistrictRollup.assess(DISTRICT, yearEnd, all, ProjectAssessor.withDefaults());
      books.complete();
      return new ScenarioResult(seed, budget.village(), books.ledger(), books.journal().orElse(null), books.anchor().orElse(null), yearEnd, r.projects(), others,
          district, r.trancheRequests(), r.caught());
    }
  }
}
