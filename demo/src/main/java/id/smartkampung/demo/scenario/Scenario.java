package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo scenario — <i>skenario peragaan</i>: fiscal year 2025 of Desa Sumberagung (Kecamatan
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

  /** The fiscal year simulated. */
  public static final int FISCAL_YEAR = VillageYear.YEAR;

  private Scenario() {}

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
    requireNonNull(backend, "backend");
    requireNonNull(listener, "listener");
    Apbdes budget = BudgetJson.example();
    try (LedgerBackend books = backend.open(budget.village(), PolicyPack.forYear(VillageYear.YEAR), outDir)) {
      VillageYear year = new VillageYear(seed, budget, books, listener);
      VillageYear.ScenarioRecord r = year.run();
      ImmutableList<MonitoredProject> others = DistrictVillages.generate(seed, VillageYear.YEAR_END);
      List<MonitoredProject> all = new ArrayList<>(r.projects());
      all.addAll(others);
      DistrictRollup district = DistrictRollup.assess(DISTRICT, VillageYear.YEAR_END, all, ProjectAssessor.withDefaults());
      books.complete();
      return new ScenarioResult(seed, budget.village(), books.ledger(), books.journal(), books.anchor(), VillageYear.YEAR_END, r.projects(), others,
          district, r.trancheRequests(), r.caught());
    }
  }
}
