package id.smartkampung.demo.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.tax.ConstructionCertificate;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PtkpStatus;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import id.smartkampung.core.tax.TaxPeriodBook;
import id.smartkampung.core.ledger.report.DanaDesaAbsorption;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.Addendum;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.plan.WorkSchedule;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import id.smartkampung.monitoring.rollup.VillageRollup;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import id.smartkampung.monitoring.tranche.Absorption;
import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal year (2025 by default) of Desa Sumberagung, simulated day by day and reported week by week — <i>satu
 * tahun anggaran</i>: officials registered, the APBDes drafted, agreed, evaluated and enacted, money
 * arriving, payment requests through the four roles, panjar and SPJ, taxes withheld and deposited,
 * one revision, four physical projects reported weekly with photos, the year-end close; and the
 * planted misconduct, each caught by the library and recorded as a {@link CaughtCase}.
 *
 * <p>Every honest operation must be accepted: a rejection of one is a bug and stops the run with an
 * {@link IllegalStateException}. Not thread-safe; run once.
 */
final class VillageYear {
  /** The latest fiscal year with a complete policy pack: the default of the demo. */
  static final int DEFAULT_YEAR = 2025;

  private final int year;
  private final LocalDate yearEnd;

  private static final FundSource SILPA = FundSource.parse("SILPA");

  private final long seed;
  private final Random random;
  private final LedgerBackend books;
  private final Ledger ledger;
  private final Apbdes original;
  private final Village village;
  private final PolicyPack policy;
  private final FieldCamera camera;
  private final ScenarioListener listener;
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();

  private final Person kd;
  private final Person sekdes;
  private final Person kaur;
  private final Person pkaUmum;
  private final Person pkaPembangunan;
  private final Person pkaPelayanan;
  /**
   * The district's evaluator: outside the village's register, with no key in it. Its evaluation (the
   * Keputusan Bupati, named in the operation) is recorded unsigned — the signature policy asks a
   * signature only of officials with a registered key, and an evaluation is not an approval or
   * payment of the village; a signature by an unregistered key would prove nothing and is refused.
   */
  private final Official evaluator;
  private final Map<String, Person> acting = new HashMap<>();

  private final List<SiteWork> sites = new ArrayList<>();
  private final List<CaughtCase> caught = new ArrayList<>();
  private final EnumSet<Misconduct> seen = EnumSet.noneOf(Misconduct.class);
  private final List<TrancheRequest> trancheRequests = new ArrayList<>();
  private final List<Obligation> queue = new ArrayList<>();
  private final List<PanjarDue> panjars = new ArrayList<>();
  private final List<OperationId> awaitingPayment = new ArrayList<>();
  private boolean penyertaanPaid;
  private final Map<OperationId, Set<TaxType>> taxesOf = new HashMap<>();

  private Apbdes revised;
  private SiteWork road;
  private SiteWork drainage;
  private SiteWork posyandu;
  private OperationId selfApprovalSpp;
  private OperationId overduePanjar;
  private LocalDate trancheTwoArrives;
  private LocalDate today;
  private int tick;
  private int opNo;

  /** A payment the village owes and makes once its fund source has the cash. */
  private record Obligation(Person pka, SppType type, BudgetItemKey item, long rupiah, Set<TaxType> taxes, String payee, String description) {}

  /** A payment with lines and payees, its taxes determined by the year's tax rules (issue 13). */
  private record LinedObligation(Person pka, ImmutableList<Payee> payees, ImmutableList<SubmitLinedSpp.Line> lines, String description) {
    java.util.Map<FundSource, Long> rupiahBySource() {
      java.util.Map<FundSource, Long> m = new java.util.TreeMap<>();
      for (SubmitLinedSpp.Line l : lines) {
        m.merge(l.item().fundSource(), Idr.toSen(l.amount()) / 100, Long::sum);
      }
      return m;
    }
  }

  private final List<LinedObligation> linedQueue = new ArrayList<>();

  /** An honest panjar to be accounted for (SPJ) on a date, with what was really spent. */
  private record PanjarDue(OperationId spp, Person pka, LocalDate settleOn, long spentRupiah, String receipts) {}

  /**
   * A panjar accounted for in two SPJ with receipts ({@code account-panjar}, issue 14): a partial SPJ
   * on {@code partialOn}, the final one on {@code finalOn} returning the rest.
   */
  private record StagedPanjar(OperationId spp, Person pka, long advanceRupiah, LocalDate partialOn, LocalDate finalOn) {}

  private final List<StagedPanjar> staged = new ArrayList<>();

  /** The panjar of the year accounted for in stages: the supplementary food of the posyandu in August. */
  static final String STAGED_PANJAR = "Panjar PMT balita dan ibu hamil bulan 8";

  /** The village shop the posyandu buys its supplementary food from (not a PKP). */
  private static final Payee PMT_SHOP = Payee.supplier("SBA-RK-13", "UD Sumber Pangan Pesanggaran", TaxId.npwp("013456789626000"), false);

  VillageYear(long seed, Apbdes budget, LedgerBackend books, ScenarioListener listener) {
    this.seed = seed;
    this.random = new Random(seed);
    this.books = books;
    this.ledger = books.ledger();
    this.original = budget;
    this.village = budget.village();
    this.year = budget.fiscalYear();
    this.yearEnd = LocalDate.of(year, 12, 31);
    this.today = cal(LocalDate.of(DEFAULT_YEAR - 1, 9, 1));
    this.policy = books.ledger().policy();
    this.camera = new FieldCamera(seed, new Random(seed * 31 + 7));
    this.listener = listener;
    // ids from the village's own register of officials, never a NIK or NIP: the id is on every journal
    // line and in the public reports (UU 27/2022 on personal data)
    this.kd = Person.of(seed, "35.10.01.2003-P01", "Hadi Sucipto", Role.KEPALA_DESA, "Kepala Desa");
    this.sekdes = Person.of(seed, "35.10.01.2003-P02", "Siti Rahayu", Role.SEKRETARIS_DESA, "Sekretaris Desa");
    this.kaur = Person.of(seed, "35.10.01.2003-P03", "Dwi Lestari", Role.KAUR_KEUANGAN, "Kaur Keuangan");
    this.pkaUmum = Person.of(seed, "35.10.01.2003-P04", "Agus Santoso", Role.PELAKSANA_KEGIATAN, "Kaur Tata Usaha dan Umum", kegiatanOfBidang(budget, 1));
    this.pkaPembangunan =
        Person.of(seed, "35.10.01.2003-P05", "Bambang Wijaya", Role.PELAKSANA_KEGIATAN, "Kasi Kesejahteraan", plus(kegiatanOfBidang(budget, 2), "02.03.13"));
    this.pkaPelayanan = Person.of(seed, "35.10.01.2003-P06", "Nur Aini", Role.PELAKSANA_KEGIATAN, "Kasi Pelayanan", kegiatanOfBidang(budget, 3, 4, 5));
    this.evaluator = Official.of("35.10-DPMD-E01", "Bidang Pemerintahan Desa, DPMD Kab. Banyuwangi", Role.EVALUATOR_KABUPATEN);
  }

  // ------------------------------------------------------------------------------------ the year

  ScenarioRecord run() {
    prepare();
    LocalDate d = LocalDate.of(year, 1, 1);
    int week = 0;
    int weeks = (int) ChronoUnit.WEEKS.between(LocalDate.of(year, 1, 1), yearEnd) + 1;
    while (!d.isAfter(yearEnd)) {
      day(d);
      if (d.getDayOfWeek() == DayOfWeek.SUNDAY || d.equals(yearEnd)) {
        listener.weekDone(++week, Math.max(week, weeks), d);
      }
      d = d.plusDays(1);
    }
    List<MonitoredProject> projects = new ArrayList<>();
    for (SiteWork s : sites) {
      projects.add(s.monitored(ledger.realisedByKegiatan().getOrDefault(s.project.kegiatan(), Idr.ZERO)));
    }
    return new ScenarioRecord(ImmutableList.copyOf(projects), ImmutableList.copyOf(trancheRequests), ImmutableList.copyOf(caught));
  }

  /** What the year produced besides the ledger. */
  record ScenarioRecord(ImmutableList<MonitoredProject> projects, ImmutableList<TrancheRequest> trancheRequests, ImmutableList<CaughtCase> caught) {}

  /** Late in the year before: officials registered; the RAPBDes drafted, agreed with the BPD, evaluated, enacted. */
  private void prepare() {
    LocalDate d = cal(LocalDate.of(DEFAULT_YEAR - 1, 9, 2));
    must(register(d, kd, kd), kd);
    for (Person p : List.of(sekdes, kaur, pkaUmum, pkaPembangunan, pkaPelayanan)) {
      must(register(d, kd, p), kd);
    }
    must(new DraftBudget(id(), sekdes.official(), at(cal(LocalDate.of(DEFAULT_YEAR - 1, 10, 7))), original, "RAPBDes Sumberagung " + year), sekdes);
    must(new AgreeBudget(id(), kd.official(), at(cal(LocalDate.of(DEFAULT_YEAR - 1, 10, 29))), "Berita Acara Kesepakatan Kepala Desa dan BPD No. 141/07/429.509.11/" + (year - 1)), kd);
    mustUnsigned(new EvaluateBudget(id(), evaluator, at(cal(LocalDate.of(DEFAULT_YEAR - 1, 11, 25))), "Keputusan Bupati Banyuwangi: hasil evaluasi RAPBDes " + year));
    must(new EnactBudget(id(), kd.official(), at(cal(LocalDate.of(DEFAULT_YEAR - 1, 12, 20))), "Peraturan Desa Sumberagung No. 8 Tahun " + (year - 1) + " tentang APBDes " + year), kd);

    road = site(original, "02.03.10", "jalan-sumberjo", "Rabat beton jalan Dusun Sumberjo", OutputTarget.of(metres(original, "02.03.10", "350"), "m"),
        Site.line(List.of(GeoPoint.of(-8.5990, 114.0250), GeoPoint.of(-8.5990, 114.0282))), cal(LocalDate.of(DEFAULT_YEAR, 4, 7)),
        List.of(
            item("Persiapan, pengukuran dan papan nama", 7_000_000L, 0, 1, null, ""),
            item("Galian tanah dan urugan sirtu", 45_000_000L, 1, 3, "420", "m3"),
            item("Bekisting dan pembesian", 38_000_000L, 3, 4, null, ""),
            item("Pengecoran beton K-225 tebal 15 cm", 230_000_000L, 4, 7, "157.5", "m3"),
            item("Bahu jalan dan finishing", 30_000_000L, 10, 2, null, "")),
        "TPK Desa Sumberagung (Ketua: Slamet Riyadi)", "UD Bangun Jaya Pesanggaran", SiteWork.Conduct.HONEST, 3,
        Optional.of(UnitCostBenchmark.of(Idr.of(1_050_000L), "SSH Kab. Banyuwangi " + year + ": rabat beton lebar 3 m, per m")));
    // Adendum I (CCO: a change of schedule, Perpres 16/2018 ps 54(1)d) in week 6: the rains split the pour
    // (no pouring in week 8) and the finishing moves a week later; same items, same value
    LocalDate roadStart = road.project.plan().start();
    road.rebaseline(Addendum.of(roadStart.plusWeeks(6), "Adendum I No. 01/ADD/TPK-SBA/V/" + year, PlannedCurve.fromRab(roadStart, Rab.of(scaled(road.project.bac(), List.of(
        item("Persiapan, pengukuran dan papan nama", 7_000_000L, 0, 1, null, ""),
        item("Galian tanah dan urugan sirtu", 45_000_000L, 1, 3, "420", "m3"),
        item("Bekisting dan pembesian", 38_000_000L, 3, 4, null, ""),
        item("Pengecoran beton K-225 tebal 15 cm", 230_000_000L, 4, 7, "157.5", "m3").withSchedule(WorkSchedule.inWeeks(List.of(4, 5, 6, 7, 9, 10, 11))),
        item("Bahu jalan dan finishing", 30_000_000L, 11, 2, null, "")))))));
    posyandu = site(original, "02.02.07", "posyandu-krajan", "Gedung Posyandu Dusun Krajan", OutputTarget.of("1", "unit"),
        Site.point(GeoPoint.of(-8.5885, 114.0330)), cal(LocalDate.of(DEFAULT_YEAR, 5, 12)),
        List.of(
            item("Persiapan dan pembersihan lahan", 4_000_000L, 0, 1, null, ""),
            item("Pondasi batu kali", 24_000_000L, 1, 3, null, ""),
            item("Sloof, kolom dan ring balk", 38_000_000L, 3, 4, null, ""),
            item("Pasangan dinding bata dan plester", 26_000_000L, 6, 3, null, ""),
            item("Rangka atap baja ringan dan genteng", 28_000_000L, 8, 3, null, ""),
            item("Lantai keramik, kusen, cat dan listrik", 25_000_000L, 10, 4, null, "")),
        "TPK Desa Sumberagung (Ketua: Slamet Riyadi)", "Toko Bangunan Sumber Makmur", SiteWork.Conduct.HONEST, 2, Optional.empty());
    drainage = site(original, "02.03.15", "drainase-silirbaru", "Saluran drainase Dusun Silirbaru", OutputTarget.of(metres(original, "02.03.15", "400"), "m"),
        Site.line(List.of(GeoPoint.of(-8.6050, 114.0350), GeoPoint.of(-8.6014, 114.0350))), cal(LocalDate.of(DEFAULT_YEAR, 7, 7)),
        List.of(
            item("Persiapan dan pengukuran", 3_000_000L, 0, 1, null, ""),
            item("Galian saluran", 22_000_000L, 1, 3, "480", "m3"),
            item("Pasangan batu kali 1:4", 80_000_000L, 2, 7, "320", "m3"),
            item("Plesteran dan finishing", 15_000_000L, 8, 2, null, "")),
        "CV Karya Mandiri Banyuwangi", "CV Karya Mandiri Banyuwangi", SiteWork.Conduct.PAID_UP_FRONT_THEN_STALLED, 0, Optional.empty());
  }

  private void day(LocalDate d) {
    boolean working = isWorkingDay(d);
    receipts(d);
    if (working) {
      monthlyClose(d);
      planted(d);
      revision(d);
      monthly(d);
      oneOffs(d);
      processQueue(d);
      blt(d);
      financing(d);
      payAwaiting(d);
      settlePanjars(d);
      deposits(d);
    }
    for (SiteWork s : sites) {
      fieldWork(s, d);
    }
    if (working) {
      checks(d);
    }
    if (d.equals(yearEnd)) {
      yearEnd(d);
    }
  }

  // ----------------------------------------------------------------------------------- receipts

  private void receipts(LocalDate d) {
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 1, 2)))) {
      // the SiLPA of each fund source the budget plans (6.1.1), each received under its own source
      for (BudgetLine l : original.lines(Section.PEMBIAYAAN_PENERIMAAN)) {
        if (l.account().startsWith(AccountCode.parse("6.1.1")) && l.fundSource() != null) {
          receive(d, l.account().toString(), l.fundSource(), rupiah(l.amount()), null,
              "SiLPA TA " + (year - 1) + " " + l.fundSource() + ", rekening koran 31-12-" + (year - 1));
        }
      }
    }
    long add = revenue(original, FundSource.ADD);
    for (int month : new int[] {1, 4, 7, 10}) {
      if (d.equals(workingOnOrAfter(LocalDate.of(year, month, 15)))) {
        // ADD in four quarters; the last takes what rounding leaves
        receive(d, "4.2.3.01", FundSource.ADD, month == 10 ? add - 3 * (add / 4) : add / 4, null, "ADD triwulan " + ((month + 2) / 3) + " dari RKUD Kab. Banyuwangi");
      }
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 2, 12)))) {
      receiveDanaDesa(d, danaDesaIntoTreasury() * 40 / 100, 1, "Dana Desa tahap I (40%) dari RKUN, " + trancheRegulation());
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 4, 14))) && revenue(original, FundSource.PBK) > 0) {
      receive(d, "4.2.5.01", FundSource.PBK, revenue(original, FundSource.PBK), null, "Bantuan Keuangan Khusus Kab. Banyuwangi (APBDes induk)");
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 3, 16)))) {
      channelOutsideParts(d);
    }
    if (d.equals(trancheTwoArrives)) {
      receiveDanaDesa(d, danaDesaIntoTreasury() - danaDesaIntoTreasury() * 40 / 100, 2, "Dana Desa tahap II (60%) dari RKUN, " + trancheRegulation());
      TrancheRequest last = trancheRequests.get(trancheRequests.size() - 1);
      trancheRequests.set(trancheRequests.size() - 1, new TrancheRequest(last.date(), last.eligibility(), d));
    }
    for (int month : new int[] {6, 11}) {
      if (d.equals(workingOnOrAfter(LocalDate.of(year, month, 16)))) {
        long pbh = revenue(original, FundSource.PBH);
        receive(d, "4.2.2.01", FundSource.PBH, month == 6 ? pbh / 2 : pbh - pbh / 2, null, "Bagi hasil pajak dan retribusi daerah semester " + (month == 6 ? "I" : "II"));
      }
    }
    for (int month : new int[] {3, 9}) {
      if (d.equals(workingOnOrAfter(LocalDate.of(year, month, 10)))) {
        // each PAD line in two halves: the sewa of the tanah kas desa, the BUMDes' share of the beach tourism
        for (BudgetLine l : original.lines(Section.PENDAPATAN)) {
          if (FundSource.PAD.equals(l.fundSource())) {
            long a = rupiah(l.amount());
            receive(d, l.account().toString(), FundSource.PAD, month == 3 ? a / 2 : a - a / 2, null, l.description() + " semester " + (month == 3 ? "I" : "II"));
          }
        }
      }
    }
    if (revised != null && d.equals(cal(LocalDate.of(DEFAULT_YEAR, 9, 29)))) {
      receive(d, "4.2.5.01", FundSource.PBK, revenue(revised, FundSource.PBK) - revenue(original, FundSource.PBK), null, "Bantuan Keuangan Khusus Kab. Banyuwangi: jembatan Dusun Sumberjo");
    }
    if (d.equals(lastWorkingDay(d.getYear(), d.getMonthValue())) && d.getYear() == year && d.getMonthValue() != 5) {
      must(bankInterest(at(d), "Jasa giro RKD bulan " + d.getMonthValue()), kaur);
    }
    // May's bank statement arrives late: its interest is posted on the first working day of June,
    // back-dated to the day it was credited in May, before May is closed (issue 14: the open month)
    if (d.equals(workingOnOrAfter(LocalDate.of(year, 6, 1)))) {
      // credited on May's payday before the day's payments (07:00), known only from the statement
      LocalDate dated = payday(5);
      at(d);
      must(bankInterest(dated.atTime(LocalTime.of(7, 0)).atZone(Operation.ZONE).toInstant(), "Jasa giro RKD bulan 5, dikreditkan " + dated + " (rekening koran diterima " + d + ")"), kaur);
    }
  }

  /**
   * A month's interest on the RKD from the bank statement (issue 14): Rp250.000 gross on 4.3.6.01
   * bunga bank, the bank's final tax of 20 % (PP 131/2000 as amended by PP 123/2015 Pasal 2),
   * Rp50.000, realised on the village's DLL item, Rp200.000 credited. The Siskeudes export carries it
   * as Ta_Mutasi rows with their accounts.
   */
  private Operation.RecordBankInterest bankInterest(java.time.Instant at, String ref) {
    return new Operation.RecordBankInterest(id(), kaur.official(), at, AccountCode.parse("4.3.6.01"), FundSource.DLL, Idr.of(250_000L), Idr.of(50_000L),
        id.smartkampung.core.budget.BudgetItemKey.of(id.smartkampung.core.code.KegiatanCode.parse("01.03.01"), AccountCode.parse("5.2.1.01"), FundSource.DLL), ref);
  }

  /**
   * The Kaur Keuangan closes the month before on the third working day of each month, February to
   * December, counting the cash box (Permendagri 20/2018 Pasal 63: tutup buku setiap akhir bulan,
   * the report to the Sekretaris Desa by the 10th); December is closed by the year-end close.
   */
  private void monthlyClose(LocalDate d) {
    if (d.getYear() != year || d.getMonthValue() == 1) {
      return;
    }
    LocalDate third = workingOnOrAfter(workingOnOrAfter(workingOnOrAfter(LocalDate.of(year, d.getMonthValue(), 1)).plusDays(1)).plusDays(1));
    if (d.equals(third)) {
      java.time.YearMonth month = java.time.YearMonth.of(year, d.getMonthValue() - 1);
      // the cash box holds what the cash book says: the count of the berita acara pemeriksaan kas
      must(new Operation.CloseMonth(id(), kaur.official(), at(d), month, ledger.bukuKasTunai().balance(), "Berita acara pemeriksaan kas dan tutup buku " + month), kaur);
    }
  }

  /**
   * A tahap of Dana Desa into the RKD. Where the year's pack has a part outside the treasury (2026:
   * KDMP, PMK 7/2026 pasal 15(3)), the tahap is of the regular part and the receipt names it; in
   * 2024–2025 the example budget does not split earmarked and non-earmarked Dana Desa, so the
   * receipt names no part (the pack's single tranche schedule, as before parts existed).
   */
  private void receiveDanaDesa(LocalDate d, long rupiah, int tranche, String ref) {
    boolean split = policy.danaDesaParts().stream().anyMatch(p -> !p.throughVillageTreasury());
    String part =
        split ? policy.danaDesaParts().stream().filter(p -> p.throughVillageTreasury() && !p.tranches().isEmpty()).map(PolicyPack.DanaDesaPart::code).findFirst().orElse(null) : null;
    must(new ReceiveRevenue(id(), kaur.official(), at(d), AccountCode.parse("4.2.1.01"), FundSource.DDS, Idr.of(rupiah), tranche, part, ref), kaur);
  }

  /**
   * The Kaur Keuangan records the part of Dana Desa channelled from RKUN to the escrow account
   * (2026: KDMP, PMK 7/2026 pasal 26) on its budgeted 6.2.9 line: Dana Desa revenue and the
   * matching financing outflow, no cash ({@code record-kdmp-channelling}). Nothing in a year
   * without such a part.
   */
  private void channelOutsideParts(LocalDate d) {
    Apbdes inForce = books.ledger().enactedBudget().orElseThrow();
    for (PolicyPack.DanaDesaPart part : policy.danaDesaParts()) {
      if (part.throughVillageTreasury()) {
        continue;
      }
      inForce.financingItems().forEach((item, amount) -> {
        if (item.fundSource().equals(FundSource.DDS) && part.financingAccounts().stream().anyMatch(item.account()::startsWith) && amount.isPositive()) {
          must(new Operation.RecordKdmpChannelling(id(), kaur.official(), at(d), part.code(), AccountCode.parse("4.2.1.01"), item, Idr.of(amount.getNumber().numberValue(java.math.BigDecimal.class)),
              "Penyaluran Dana Desa " + part.code() + " dari RKUN ke rekening penampung (rekomendasi KPA BUN), PMK 7/2026 pasal 26"), kaur);
        }
      });
    }
  }

  /** The budget's revenue (pendapatan) of a fund source, in whole rupiah. */
  private static long revenue(Apbdes budget, FundSource fs) {
    long t = 0;
    for (BudgetLine l : budget.lines(Section.PENDAPATAN)) {
      if (fs.equals(l.fundSource())) {
        t += rupiah(l.amount());
      }
    }
    return t;
  }

  /** Dana Desa into the RKD in the year: the pagu less the parts channelled outside the treasury (2026: KDMP). */
  private long danaDesaIntoTreasury() {
    long outside = 0;
    for (PolicyPack.DanaDesaPart part : policy.danaDesaParts()) {
      if (!part.throughVillageTreasury()) {
        for (Map.Entry<FinancingItemKey, Money> e : original.financingItems().entrySet()) {
          if (e.getKey().fundSource().equals(FundSource.DDS) && part.financingAccounts().stream().anyMatch(e.getKey().account()::startsWith)) {
            outside += rupiah(e.getValue());
          }
        }
      }
    }
    return revenue(original, FundSource.DDS) - outside;
  }

  private static long rupiah(Money m) {
    return Idr.toSen(m) / 100;
  }

  /** The item's amount in the original budget, in whole rupiah; 0 if the budget has no such item. */
  private long budgeted(BudgetItemKey item) {
    return original.items().containsKey(item) ? rupiah(original.item(item)) : 0;
  }

  private void receive(LocalDate d, String account, FundSource fs, long rupiah, @org.jspecify.annotations.Nullable Integer tranche, String ref) {
    must(new ReceiveRevenue(id(), kaur.official(), at(d), AccountCode.parse(account), fs, Idr.of(rupiah), tranche, ref), kaur);
  }

  // ------------------------------------------------------------------------------- obligations

  private static final String[][] PAYROLL = {
    // kegiatan, account, fund, rupiah a month ("" = a twelfth of the item in the budget), payee, description
    {"01.01.03", "5.1.3.01", "ADD", "", "BPJS Kesehatan", "Iuran BPJS Kesehatan Kepala Desa"},
    {"01.01.03", "5.1.3.02", "ADD", "", "BPJS Kesehatan", "Iuran BPJS Kesehatan perangkat desa (12 orang)"},
    {"01.01.03", "5.1.3.04", "ADD", "", "BPJS Ketenagakerjaan", "Iuran BPJS Ketenagakerjaan perangkat desa (12 orang)"},
    {"01.01.05", "5.1.4.01", "ADD", "", "BPD Sumberagung (9 orang)", "Tunjangan kedudukan BPD"},
    {"03.01.01", "5.2.2.01", "ADD", "", "Anggota Linmas (24 orang)", "Honorarium Linmas"},
    {"02.01.01", "5.2.2.01", "ADD", "", "Guru TPQ Desa (20 orang)", "Insentif guru TPQ"},
    {"02.02.02", "5.2.2.01", "PAD", "", "Kader Posyandu (25 orang)", "Insentif kader posyandu"},
    {"01.01.04", "5.2.5.01", "ADD", "1500000", "PLN, PDAM, Telkom", "Langganan listrik, air dan internet kantor desa"},
    {"01.01.04", "5.2.1.01", "ADD", "1500000", "Toko ATK Sinar Pesanggaran", "Alat tulis kantor dan benda pos"},
  };

  /**
   * The payees of the village's register (<i>daftar penerima</i>): the Kepala Desa and the twelve
   * perangkat — the Sekretaris Desa, 3 Kaur, 3 Kasi, 5 Kepala Dusun — (siltap and tunjangan, PPh 21 by TER, PP 58/2023), the 72 Ketua RT/RW (non-employees,
   * PPh 21 on 50 % of the gross, PMK 168/2023), shops with and without PKP status, and the drainage
   * contractor. Ids are the register's own, never a NIK or NPWP (they appear in public reports); the
   * tax ids are made up for the demo.
   */
  private static final Payee KEPALA_DESA = Payee.villageOfficial("SBA-PD-01", "Hadi Sucipto", TaxId.nik("3510010101700001"), PtkpStatus.K_2, false);

  private static final ImmutableList<Payee> PERANGKAT = perangkat();

  private static ImmutableList<Payee> perangkat() {
    ImmutableList.Builder<Payee> b = ImmutableList.builder();
    PtkpStatus[] status = {PtkpStatus.K_1, PtkpStatus.TK_0, PtkpStatus.K_2, PtkpStatus.K_0, PtkpStatus.TK_1, PtkpStatus.K_3, PtkpStatus.K_1, PtkpStatus.TK_0, PtkpStatus.K_0,
        PtkpStatus.K_2, PtkpStatus.K_1, PtkpStatus.TK_0};
    for (int i = 0; i < status.length; i++) {
      b.add(Payee.villageOfficial(String.format("SBA-PD-%02d", i + 2), i == 0 ? "Siti Rahayu" : "Perangkat Desa " + (i + 1), TaxId.nik(String.format("35100101017%05d", 2 + i)), status[i], false));
    }
    return b.build();
  }

  private static final ImmutableList<Payee> RT_RW = rtRw();

  private static ImmutableList<Payee> rtRw() {
    ImmutableList.Builder<Payee> b = ImmutableList.builder();
    for (int i = 1; i <= 72; i++) {
      b.add(Payee.nonEmployee(String.format("SBA-RT-%02d", i), (i <= 58 ? "Ketua RT " : "Ketua RW ") + (i <= 58 ? i : i - 58), TaxId.nik(String.format("35100102018%05d", i))));
    }
    return b.build();
  }

  /** Shops and contractors by name: PKP status, tax id; the register id. */
  private static final Map<String, Payee> BUSINESSES = businesses();

  private static Map<String, Payee> businesses() {
    Map<String, Payee> m = new LinkedHashMap<>();
    int n = 0;
    for (String pkp : List.of("CV Percetakan Blambangan", "UD Paving Makmur", "CV Reklame Blambangan", "Toko Mainan Edukatif Genteng", "Toko Olahraga Sumber Rejeki",
        "Toko Komputer Banyuwangi Jaya", "Toko Bangunan Sumber Makmur", "UD Bangun Jaya Pesanggaran")) {
      m.put(pkp, Payee.supplier(String.format("SBA-RK-%02d", ++n), pkp, TaxId.npwp(String.format("0%02d456789626000", n)), true));
    }
    for (String small : List.of("UD Tani Makmur", "Rumah Kreatif Banyuwangi", "Toko ATK Sinar Pesanggaran")) {
      m.put(small, Payee.supplier(String.format("SBA-RK-%02d", ++n), small, TaxId.npwp(String.format("0%02d456789626000", n)), false));
    }
    m.put("CV Karya Mandiri Banyuwangi", Payee.contractor(String.format("SBA-RK-%02d", ++n), "CV Karya Mandiri Banyuwangi", TaxId.npwp("021456789626000"), true,
        ConstructionCertificate.SMALL_QUALIFICATION));
    return m;
  }

  /** A business payee's purchase kind by the old SPP's tax types: PPh 23 services, else goods. */
  private static PurchaseKind kindOf(Set<TaxType> taxes) {
    return taxes.contains(TaxType.PPH_23) ? PurchaseKind.SERVICES : PurchaseKind.GOODS;
  }

  /** Queues a payment of one line to a payee of the register. */
  private void obligeLined(Person pka, Payee payee, BudgetItemKey item, PurchaseKind kind, long rupiah, String description) {
    linedQueue.add(new LinedObligation(pka, ImmutableList.of(payee), ImmutableList.of(new SubmitLinedSpp.Line(item, payee.id(), kind, Idr.of(rupiah))), description));
  }

  /**
   * The month's payrolls as SPP with lines: siltap and tunjangan of the Kepala Desa and the twelve
   * perangkat (one SPP, four budget lines, 13 payees), and the incentives of the 72 Ketua RT/RW.
   * The siltap is the pack's monthly minimum of PP 11/2019 pasal 81 ayat (2), as the example budget
   * has it (the Peraturan Bupati Banyuwangi's amounts could not be read).
   */
  private void payrolls(int m) {
    List<SubmitLinedSpp.Line> lines = new ArrayList<>();
    Map<String, BigDecimal> minimum = policy.siltap().monthlyMinimum();
    lines.add(new SubmitLinedSpp.Line(key("01.01.01", "5.1.1.01", "ADD"), KEPALA_DESA.id(), PurchaseKind.SILTAP_TUNJANGAN, Idr.of(minimum.get("KEPALA_DESA"))));
    lines.add(new SubmitLinedSpp.Line(key("01.01.01", "5.1.1.02", "ADD"), KEPALA_DESA.id(), PurchaseKind.SILTAP_TUNJANGAN, Idr.of(500_000L)));
    for (Payee p : PERANGKAT) {
      lines.add(new SubmitLinedSpp.Line(key("01.01.02", "5.1.2.01", "ADD"), p.id(), PurchaseKind.SILTAP_TUNJANGAN,
          Idr.of(minimum.get(p == PERANGKAT.get(0) ? "SEKRETARIS_DESA" : "PERANGKAT_DESA"))));
    }
    for (Payee p : PERANGKAT) {
      lines.add(new SubmitLinedSpp.Line(key("01.01.02", "5.1.2.02", "ADD"), p.id(), PurchaseKind.SILTAP_TUNJANGAN, Idr.of(400_000L)));
    }
    linedQueue.add(new LinedObligation(pkaUmum, ImmutableList.<Payee>builder().add(KEPALA_DESA).addAll(PERANGKAT).build(), ImmutableList.copyOf(lines),
        "Penghasilan tetap dan tunjangan Kepala Desa dan perangkat desa bulan " + m));
    List<SubmitLinedSpp.Line> rt = new ArrayList<>();
    for (Payee p : RT_RW) {
      rt.add(new SubmitLinedSpp.Line(key("01.01.07", "5.2.2.01", "ADD"), p.id(), PurchaseKind.HONORARIUM, Idr.of(100_000L)));
    }
    linedQueue.add(new LinedObligation(pkaOf("01.01.07"), RT_RW, ImmutableList.copyOf(rt), "Insentif Ketua RT dan RW (72 orang) bulan " + m));
  }

  private void monthly(LocalDate d) {
    int m = d.getMonthValue();
    if (!d.equals(payday(m))) {
      return;
    }
    payrolls(m);
    for (String[] p : PAYROLL) {
      BudgetItemKey item = key(p[0], p[1], p[2]);
      long monthly = p[3].isEmpty() ? budgeted(item) / 12 : Long.parseLong(p[3]);
      if (monthly > 0) {
        oblige(pkaOf(p[0]), SppType.LS, item, monthly, Set.of(), p[4], p[5] + " bulan " + m);
      }
    }
    if (m >= 2) {
      long months = m == 2 ? 2 : 1;
      bltDue(m, m == 2 ? List.of(1, 2) : List.of(m));
      oblige(pkaPembangunan, SppType.LS, key("02.01.01", "5.2.2.01", "DDS"), 2_000_000L * months, Set.of(), "Guru PAUD Desa (4 orang)", "Honorarium guru PAUD bulan " + m);
      oblige(pkaPembangunan, SppType.UM, key("02.02.02", "5.2.7.01", "DDS"), 3_000_000L * months, Set.of(), pkaPembangunan.name(), "Panjar PMT balita dan ibu hamil bulan " + m);
    }
    if (m % 3 == 0) {
      obligeLined(pkaUmum, BUSINESSES.get("Toko ATK Sinar Pesanggaran"), key("01.01.04", "5.2.1.01", "DDS"), PurchaseKind.GOODS, budgeted(key("01.01.04", "5.2.1.01", "DDS")) / 4,
          "Dukungan operasional pemerintah desa triwulan " + m / 3);
      oblige(pkaUmum, SppType.LS, key("01.01.04", "5.2.3.01", "ADD"), 2_500_000L, Set.of(), "Perangkat Desa", "Perjalanan dinas triwulan " + m / 3);
      oblige(pkaUmum, SppType.LS, key("01.01.06", "5.2.1.01", "ADD"), 2_400_000L, Set.of(), "Sekretariat BPD", "Operasional BPD triwulan " + m / 3);
      oblige(pkaPelayanan, SppType.LS, key("03.04.03", "5.2.1.01", "ADD"), 3_750_000L, Set.of(), "TP PKK Desa Sumberagung", "Operasional PKK triwulan " + m / 3);
    }
  }

  private static final Object[][] ONE_OFFS = {
    // month, day, kegiatan, account, fund, rupiah (null: the whole item of the budget), type, taxes, payee, description;
    // a row whose item the year's budget does not have is skipped
    {1, 20, "01.04.03", "5.2.1.01", "ADD", 2_400_000L, SppType.LS, Set.of(), "Fotokopi Sinar Jaya", "Penggandaan dokumen APBDes {year}"},
    {4, 14, "01.03.01", "5.2.1.01", "ADD", 8_500_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "CV Percetakan Blambangan", "Blangko dan perlengkapan administrasi kependudukan"},
    {3, 16, "02.04.02", "5.2.6.01", "PAD", null, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "Toko Bangunan Sumber Makmur", "Bahan pemeliharaan sumber dan jaringan air bersih desa"},
    {4, 22, "02.03.11", "5.3.5.01", "SILPA", null, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "UD Paving Makmur", "Paving block gang Dusun Krajan RT 03 (120 m)"},
    {5, 19, "04.03.02", "5.2.3.01", "ADD", 20_000_000L, SppType.LS, Set.of(), "Perangkat Desa (peserta bimtek)", "Perjalanan dinas bimtek pengelolaan keuangan desa"},
    {6, 16, "02.03.11", "5.3.5.01", "DDS", null, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "UD Paving Makmur", "Semen, pasir dan batu rabat beton jalan lingkungan Dusun Pancer"},
    {7, 7, "02.06.01", "5.2.1.01", "PBH", 7_250_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "CV Reklame Blambangan", "Baliho APBDes {year} (3 buah)"},
    {7, 14, "03.04.02", "5.2.1.01", "PBH", 6_000_000L, SppType.LS, Set.of(), "LPMD Sumberagung", "Operasional LPMD"},
    {7, 21, "02.01.01", "5.2.1.01", "PAD", 10_000_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "Toko Mainan Edukatif Genteng", "Alat permainan edukatif PAUD"},
    {8, 4, "03.03.01", "5.2.1.01", "ADD", 7_780_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "Toko Olahraga Sumber Rejeki", "Perlengkapan olahraga Karang Taruna (HUT RI ke-80)"},
    {8, 18, "03.01.01", "5.2.1.01", "ADD", null, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "Toko Bangunan Sumber Makmur", "Perlengkapan pos kamling dan seragam Linmas"},
    {8, 11, "03.02.01", "5.2.7.01", "PBH", 12_000_000L, SppType.LS, Set.of(), "Sanggar Tari Gandrung Sumberagung", "Pembinaan sanggar tari Gandrung"},
    {9, 8, "04.05.01", "5.2.2.01", "DDS", 16_345_000L, SppType.LS, Set.of(TaxType.PPH_23), "Rumah Kreatif Banyuwangi", "Jasa pelatihan pengemasan dan pemasaran produk UMKM"},
    {9, 22, "01.02.01", "5.3.2.01", "PAD", 21_850_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "Toko Komputer Banyuwangi Jaya", "2 unit komputer dan 1 printer kantor desa"},
    {10, 13, "01.02.02", "5.2.6.01", "ADD", 20_000_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "Toko Bangunan Sumber Makmur", "Bahan pemeliharaan gedung kantor desa (cat, genteng)"},
    {10, 13, "01.02.02", "5.2.6.01", "ADD", 9_000_000L, SppType.UM, Set.of(), "", "Panjar upah tukang pemeliharaan kantor desa"},
    {10, 6, "04.05.01", "5.2.2.01", "PAD", null, SppType.LS, Set.of(TaxType.PPH_23), "Rumah Kreatif Banyuwangi", "Jasa pelatihan Pokdarwis dan pengelola homestay"},
    {10, 20, "03.04.01", "5.2.7.01", "PAD", 7_500_000L, SppType.LS, Set.of(), "Lembaga Adat Desa Sumberagung", "Pembinaan lembaga adat desa"},
    {10, 27, "04.02.01", "5.2.7.01", "DDS", null, SppType.LS, Set.of(TaxType.PPH_22), "UD Tani Makmur", "Bibit padi dan pupuk 5 kelompok tani (ketahanan pangan)"},
    {11, 10, "04.04.01", "5.2.2.01", "ADD", null, SppType.LS, Set.of(), "TP PKK Desa Sumberagung", "Pelatihan pemberdayaan perempuan dan kader PKK"},
    {11, 24, "02.03.01", "5.2.6.01", "PBH", 30_000_000L, SppType.LS, Set.of(TaxType.PPH_22, TaxType.PPN), "UD Bangun Jaya Pesanggaran", "Pemeliharaan jalan desa 2.000 m"},
    {12, 15, "01.03.01", "5.2.1.01", "DLL", 1_800_000L, SppType.LS, Set.of(), "Toko ATK Sinar Pesanggaran", "Map dan arsip administrasi kependudukan"},
    {12, 15, "01.04.03", "5.2.1.01", "ADD", 2_400_000L, SppType.LS, Set.of(), "Fotokopi Sinar Jaya", "Penggandaan laporan pertanggungjawaban"},
  };

  @SuppressWarnings("unchecked")
  private void oneOffs(LocalDate d) {
    for (Object[] o : ONE_OFFS) {
      if (d.equals(workingOnOrAfter(cal(LocalDate.of(DEFAULT_YEAR, (int) o[0], (int) o[1]))))) {
        String kegiatan = (String) o[2];
        BudgetItemKey item = key(kegiatan, (String) o[3], (String) o[4]);
        Apbdes inForce = ledger.enactedBudget().orElse(original);
        if (!inForce.items().containsKey(item)) {
          continue;
        }
        long amount = o[5] == null ? rupiah(inForce.item(item)) : (long) o[5];
        Person pka = pkaOf(kegiatan);
        String payee = ((String) o[8]).isEmpty() ? pka.name() : (String) o[8];
        Set<TaxType> taxes = (Set<TaxType>) o[7];
        if (!taxes.isEmpty() && BUSINESSES.containsKey(payee)) {
          obligeLined(pka, BUSINESSES.get(payee), item, kindOf(taxes), amount, ((String) o[9]).replace("{year}", Integer.toString(year)));
          continue;
        }
        oblige(pka, (SppType) o[6], item, amount, (Set<TaxType>) o[7], payee, ((String) o[9]).replace("{year}", Integer.toString(year)));
      }
    }
  }

  private void oblige(Person pka, SppType type, BudgetItemKey item, long rupiah, Set<TaxType> taxes, String payee, String description) {
    queue.add(new Obligation(pka, type, item, rupiah, taxes, payee, description));
  }

  /** Pays what is owed, in order, each as soon as its fund source has the cash. */
  private void processQueue(LocalDate d) {
    for (Iterator<Obligation> it = queue.iterator(); it.hasNext(); ) {
      Obligation o = it.next();
      if (!isActivePka(o.pka())) {
        continue;
      }
      if (spp(d, o.pka(), o.type(), o.item(), o.rupiah(), o.taxes(), o.payee(), o.description()).isPresent()) {
        it.remove();
      }
    }
    for (Iterator<LinedObligation> it = linedQueue.iterator(); it.hasNext(); ) {
      LinedObligation o = it.next();
      if (isActivePka(o.pka()) && o.rupiahBySource().entrySet().stream().allMatch(e -> fundsFor(e.getKey(), e.getValue()))) {
        OperationId spp = must(new SubmitLinedSpp(id(), o.pka().official(), at(d), o.payees(), o.lines(), o.description()), o.pka());
        must(new VerifySpp(id(), sekdes.official(), at(d), spp), sekdes);
        must(new ApproveSpp(id(), kd.official(), at(d), spp), kd);
        pay(d, spp, Set.of());
        it.remove();
      }
    }
  }

  /**
   * An SPP through the four roles on one day: the PKA submits, the Sekdes verifies, the Kepala Desa
   * approves, the Kaur Keuangan pays (withholding tax on LS). Empty, with nothing posted, when the
   * fund source has not the cash yet.
   */
  private Optional<OperationId> spp(LocalDate d, Person pka, SppType type, BudgetItemKey item, long rupiah, Set<TaxType> taxes, String payee, String description) {
    if (!fundsFor(item.fundSource(), rupiah)) {
      return Optional.empty();
    }
    OperationId spp = must(new SubmitSpp(id(), pka.official(), at(d), type, item, Idr.of(rupiah), payee, description), pka);
    must(new VerifySpp(id(), sekdes.official(), at(d), spp), sekdes);
    must(new ApproveSpp(id(), kd.official(), at(d), spp), kd);
    if (inCash(type, rupiah, taxes, payee)) {
      withdrawFor(d, item.fundSource(), rupiah);
      must(new PaySpp(id(), kaur.official(), at(d), spp, ImmutableSortedSet.of(), "Kuitansi tunai kas desa " + spp.value(), CashPlace.CASH), kaur);
      taxesOf.put(spp, Set.of());
    } else {
      pay(d, spp, type == SppType.LS ? taxes : Set.of());
    }
    if (type == SppType.UM && description.equals(STAGED_PANJAR)) {
      staged.add(new StagedPanjar(spp, pka, rupiah, plusWorkingDays(d, 2), plusWorkingDays(d, 5)));
      return Optional.of(spp);
    }
    if (type == SppType.UM) {
      long back = description.startsWith("Panjar upah") ? roundDown(rupiah * random.nextInt(3) / 100, 1_000) : 0;
      panjars.add(new PanjarDue(spp, pka, plusWorkingDays(d, 3 + random.nextInt(4)), rupiah - back, "Kuitansi dan nota " + description.toLowerCase()));
    }
    return Optional.of(spp);
  }

  /**
   * Small purchases without tax and the panjar for the posyandu's supplementary food are paid in
   * cash from the treasurer's cash box (Permendagri 20/2018 Pasal 44(4): cash on hand for the
   * village government's operational needs); everything else by transfer from the RKD.
   */
  private static boolean inCash(SppType type, long rupiah, Set<TaxType> taxes, String payee) {
    boolean smallShop = payee.startsWith("Fotokopi") || payee.startsWith("Toko");
    return taxes.isEmpty() && rupiah <= 3_000_000L && (type == SppType.UM || smallShop);
  }

  /**
   * The treasurer withdraws from the RKD into the cash box what a cash payment of the fund source
   * lacks — <i>mutasi kas</i>, a cheque cashed on the day of the payment (issue 14).
   */
  private void withdrawFor(LocalDate d, FundSource fs, long rupiah) {
    long onHand = Idr.toSen(ledger.bukuKasTunai().balances().getOrDefault(fs, Idr.ZERO));
    long need = rupiah * 100 - onHand;
    if (need > 0) {
      must(new Operation.MoveCash(id(), kaur.official(), at(d), fs, CashPlace.CASH, Idr.ofSen(need), "Cek penarikan tunai RKD Bank Jatim Cab. Genteng"), kaur);
    }
  }

  private void pay(LocalDate d, OperationId spp, Set<TaxType> taxes) {
    must(new PaySpp(id(), kaur.official(), at(d), spp, ImmutableSortedSet.copyOf(taxes), "Transfer RKD Bank Jatim Cab. Genteng " + spp.value()), kaur);
    taxesOf.put(spp, taxes);
  }

  // ------------------------------------------------------------------------------ BLT Desa (issue 14)

  /** BLT Desa months owed and not yet paid, in order. */
  private final List<List<Integer>> bltQueue = new ArrayList<>();
  /** The BLT line of the budget in force, the monthly amount and the families listed; null until the list is decided. */
  private BudgetItemKey bltItem;
  private Money bltMonthly;
  private final java.util.TreeSet<String> bltFamilies = new java.util.TreeSet<>();
  private int bltSerial;
  private boolean bltChanged;

  private void bltDue(int month, List<Integer> months) {
    bltQueue.add(months);
  }

  /**
   * BLT Desa monthly: once, the Kepala Desa decides the list of KPM by Perkades — as many families
   * as the BLT line of the budget in force pays for twelve months at the monthly amount (the year's
   * pack ceiling, Rp300.000 where the pack has none) —; in July a Perkades replaces one family (moved
   * away); each month the Kasi Pelayanan submits one BLT SPP for every listed family's month(s) due
   * (February pays January and February: at most three months at once), verified, approved and paid
   * by transfer with no tax, once Dana Desa has the cash. Families appear by the village's KPM id only.
   */
  private void blt(LocalDate d) {
    if (bltItem == null) {
      Apbdes inForce = ledger.enactedBudget().orElse(null);
      if (inForce == null || bltQueue.isEmpty()) {
        return;
      }
      for (BudgetLine l : inForce.lines(Section.BELANJA)) {
        if (FundSource.DDS.equals(l.fundSource()) && Optional.ofNullable(l.focus()).map(f -> f.code().equals("BLT")).orElse(false) && l.itemKey().isPresent()) {
          bltItem = l.itemKey().get();
          break;
        }
      }
      if (bltItem == null) {
        bltQueue.clear();
        return;
      }
      bltMonthly = Idr.of(policy.blt().map(b -> b.maxPerKpmPerMonth()).orElse(java.math.BigDecimal.valueOf(300_000L)));
      long families = Idr.toSen(inForce.item(bltItem)) / (Idr.toSen(bltMonthly) * 12);
      if (families <= 0) {
        bltItem = null;
        bltQueue.clear();
        return;
      }
      List<String> added = new ArrayList<>();
      for (int i = 0; i < families; i++) {
        added.add(String.format("KPM-%03d", ++bltSerial));
      }
      must(new Operation.ChangeBltList(id(), kd.official(), at(d), ImmutableSortedSet.copyOf(added), ImmutableSortedSet.of(),
          "Perkades Sumberagung No. 3/" + year + " tentang penetapan KPM BLT Dana Desa"), kd);
      bltFamilies.addAll(added);
    }
    if (!bltChanged && d.getMonthValue() >= 7 && bltFamilies.size() > 1) {
      String leaving = bltFamilies.last();
      String joining = String.format("KPM-%03d", ++bltSerial);
      must(new Operation.ChangeBltList(id(), kd.official(), at(d), ImmutableSortedSet.of(joining), ImmutableSortedSet.of(leaving),
          "Perkades Sumberagung No. 9/" + year + " tentang perubahan KPM BLT Dana Desa (pindah domisili)"), kd);
      bltFamilies.remove(leaving);
      bltFamilies.add(joining);
      bltChanged = true;
    }
    for (java.util.Iterator<List<Integer>> it = bltQueue.iterator(); it.hasNext(); ) {
      List<Integer> months = it.next();
      ImmutableList.Builder<Operation.SubmitBltSpp.KpmMonth> payments = ImmutableList.builder();
      for (String k : bltFamilies) {
        for (int m : months) {
          payments.add(new Operation.SubmitBltSpp.KpmMonth(k, java.time.YearMonth.of(year, m)));
        }
      }
      Operation.SubmitBltSpp submit = new Operation.SubmitBltSpp(id(), pkaPelayanan.official(), at(d), bltItem, bltMonthly, payments.build(),
          "BLT Dana Desa bulan " + months.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("-")) + " (" + bltFamilies.size() + " KPM, transfer ke rekening KPM)");
      if (!isActivePka(pkaPelayanan) || !fundsFor(FundSource.DDS, Idr.toSen(submit.amount()) / 100)) {
        return;
      }
      OperationId spp = must(submit, pkaPelayanan);
      must(new VerifySpp(id(), sekdes.official(), at(d), spp), sekdes);
      must(new ApproveSpp(id(), kd.official(), at(d), spp), kd);
      pay(d, spp, Set.of());
      it.remove();
    }
  }

  /** The penyertaan modal desa to the BUMDes for food security, budgeted at 6.2.2.01 from Dana Desa. */
  private static final FinancingItemKey PENYERTAAN_MODAL = FinancingItemKey.of(AccountCode.parse("6.2.2.01"), FundSource.DDS);

  /**
   * Pays the penyertaan modal to the BUMDes (pengeluaran pembiayaan 6.2.2, Permendagri 20/2018
   * lampiran, kode rekening 6.2; Dana Desa food security delivered as capital, Kepmendes 3/2025)
   * through a financing SPP with the four roles, from August, once the Dana Desa of the budget in
   * force is in the RKD; the whole item in one payment.
   */
  private void financing(LocalDate d) {
    if (penyertaanPaid || d.isBefore(cal(LocalDate.of(DEFAULT_YEAR, 8, 11)))) {
      return;
    }
    Money budgeted = ledger.enactedBudget().map(b -> b.financingItems().get(PENYERTAAN_MODAL)).orElse(null);
    Person pka = pkaOf("04.02.01"); // the Kasi who runs ketahanan pangan submits it
    if (budgeted == null || !budgeted.isPositive() || !isActivePka(pka) || !fundsFor(FundSource.DDS, Idr.toSen(budgeted) / 100)) {
      return;
    }
    OperationId spp = must(new SubmitFinancingSpp(id(), pka.official(), at(d), PENYERTAAN_MODAL, budgeted, "BUMDes Sumber Makmur Sumberagung",
        "Penyertaan modal desa kepada BUMDes untuk ketahanan pangan (Perdes penyertaan modal)"), pka);
    must(new VerifySpp(id(), sekdes.official(), at(d), spp), sekdes);
    must(new ApproveSpp(id(), kd.official(), at(d), spp), kd);
    pay(d, spp, Set.of());
    penyertaanPaid = true;
  }

  /** Approved SPP waiting for cash (the planted one after its proper approval). */
  private void payAwaiting(LocalDate d) {
    for (Iterator<OperationId> it = awaitingPayment.iterator(); it.hasNext(); ) {
      OperationId spp = it.next();
      Operation submit = ledger.operation(spp).orElseThrow();
      SubmitSpp s = (SubmitSpp) submit;
      if (fundsFor(s.item().fundSource(), Idr.toSen(s.amount()) / 100)) {
        pay(d, spp, Set.of(TaxType.PPH_22, TaxType.PPN));
        it.remove();
      }
    }
  }

  /**
   * The staged panjar's two SPJ: a partial one with two shop receipts (30 % and 20 % of the advance),
   * the final one with the last receipt (43 %), the rest (7 %) returned; each receipt below the
   * PPh 22 threshold from a shop that is not a PKP, so no tax is due on them.
   */
  private void accountStaged(LocalDate d) {
    for (Iterator<StagedPanjar> it = staged.iterator(); it.hasNext(); ) {
      StagedPanjar p = it.next();
      if (!isActivePka(p.pka())) {
        continue;
      }
      String no = p.spp().value();
      if (d.equals(p.partialOn())) {
        must(new Operation.AccountPanjar(id(), p.pka().official(), at(d), p.spp(), Operation.AccountPanjar.Stage.PARTIAL, ImmutableList.of(PMT_SHOP),
            ImmutableList.of(
                new Operation.AccountPanjar.Receipt(PMT_SHOP.id(), PurchaseKind.GOODS, Idr.of(roundDown(p.advanceRupiah() * 30 / 100, 1_000)), "NOTA-" + no + "-1"),
                new Operation.AccountPanjar.Receipt(PMT_SHOP.id(), PurchaseKind.GOODS, Idr.of(roundDown(p.advanceRupiah() * 20 / 100, 1_000)), "NOTA-" + no + "-2")),
            "SPJ parsial panjar PMT: telur, susu dan kacang hijau minggu 1"), p.pka());
      } else if (!d.isBefore(p.finalOn())) {
        must(new Operation.AccountPanjar(id(), p.pka().official(), at(d), p.spp(), Operation.AccountPanjar.Stage.FINAL, ImmutableList.of(PMT_SHOP),
            ImmutableList.of(new Operation.AccountPanjar.Receipt(PMT_SHOP.id(), PurchaseKind.GOODS, Idr.of(roundDown(p.advanceRupiah() * 43 / 100, 1_000)), "NOTA-" + no + "-3")),
            "SPJ akhir panjar PMT: buah dan bahan PMT minggu 2, sisa panjar dikembalikan ke kas"), p.pka());
        it.remove();
      }
    }
  }

  private void settlePanjars(LocalDate d) {
    accountStaged(d);
    for (Iterator<PanjarDue> it = panjars.iterator(); it.hasNext(); ) {
      PanjarDue p = it.next();
      if (!p.settleOn().isAfter(d) && isActivePka(p.pka())) {
        must(new SettlePanjar(id(), p.pka().official(), at(d), p.spp(), Idr.of(p.spentRupiah()), p.receipts()), p.pka());
        it.remove();
      }
    }
  }

  /** On the 10th (or the next working day), and before the close, every withheld tax owed is deposited. */
  private void deposits(LocalDate d) {
    boolean tenth = d.equals(workingOnOrAfter(d.withDayOfMonth(10)));
    boolean close = d.equals(cal(LocalDate.of(DEFAULT_YEAR, 12, 30)));
    if (!tenth && !close) {
      return;
    }
    // the taxes of SPP with lines: one deposit (billing code, NTPN) per tax type and period, for the periods before this month
    // (due the 15th of the next month, PMK 81/2024), and at the close for December too
    java.time.YearMonth thisMonth = java.time.YearMonth.from(d);
    int k = 0;
    for (TaxPeriodBook.Period p : ledger.taxPeriodBook().map(TaxPeriodBook::periods).orElse(ImmutableList.of())) {
      if (p.owed().isPositive() && (close || p.period().month().isBefore(thisMonth))) {
        k++;
        String code = String.format("%s%02d%03d%02d", p.period().levy().name().replace("_", "").substring(0, 3), p.period().month().getMonthValue(), d.getDayOfYear(), k);
        must(new DepositTaxPeriod(id(), kaur.official(), at(d), p.period().levy(), p.period().month(), p.owed(), "KB-" + code, "NTPN-" + code), kaur);
      }
    }
    TaxBook book = ledger.taxBook(d);
    int n = 0;
    for (TaxBook.Line l : book.lines()) {
      if (l.owed().isPositive()) {
        n++;
        String ntpn = String.format("NTPN %s%04d%02d", l.tax().name().replace("_", ""), d.getDayOfYear(), n);
        must(new DepositTax(id(), kaur.official(), at(d), l.spp(), l.tax(), l.owed(), ntpn), kaur);
      }
    }
  }

  // ---------------------------------------------------------------------------- the projects

  private void fieldWork(SiteWork s, LocalDate d) {
    if (s.reportDue(d)) {
      int bp = s.progressBp(d);
      ProgressReport r = ProgressReport.of(d, SiteWork.percent(bp), s.tpk).plusEvidence(photo(s, d)).verifiedBy(s.pka.name() + " (" + s.pka.title() + ")");
      if (bp == 10_000 && s.project.output().unit().equals("m")) {
        // measured on handover; a long work may measure a metre or two short, within tolerance
        BigDecimal target = s.project.output().volume();
        r = r.withMeasuredVolume(target.compareTo(BigDecimal.valueOf(100)) >= 0 ? target.subtract(BigDecimal.valueOf(random.nextInt(3))) : target);
      }
      s.add(r);
    }
    if (!isWorkingDay(d) || d.isBefore(s.project.plan().start()) || !isActivePka(s.pka)) {
      return;
    }
    if (s.conduct == SiteWork.Conduct.PAID_UP_FRONT_THEN_STALLED) {
      if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 7, 25)))) {
        // PLANTED: the contractor is paid the whole contract in week 3 (termin tunggal 100 %)
        obligeLined(s.pka, BUSINESSES.get(s.supplier), s.item, PurchaseKind.CONSTRUCTION_WORK, Idr.toSen(s.project.bac()) / 100,
            "Pembayaran 100% pekerjaan saluran drainase (termin tunggal)");
        processQueue(d);
      }
      return;
    }
    boolean fortnight = d.getDayOfWeek() == DayOfWeek.FRIDAY && s.weekOf(d) % 2 == 1;
    if (!(fortnight || (s.isComplete() && d.getDayOfWeek() == DayOfWeek.FRIDAY)) || d.isAfter(cal(LocalDate.of(DEFAULT_YEAR, 12, 19)))) {
      return;
    }
    LedgerSnapshot.ItemPosition pos = ledger.snapshot().items().get(s.item);
    long bacSen = Idr.toSen(s.project.bac());
    long usedSen = Idr.toSen(pos.committed()) + Idr.toSen(pos.realised());
    if (s.isComplete()) {
      long due = (bacSen - usedSen) / 100;
      if (due > 0) {
        spp(d, s.pka, SppType.LS, s.item, due, Set.of(TaxType.PPH_22, TaxType.PPN), s.supplier, "Pelunasan bahan " + s.project.name());
      }
      return;
    }
    long target = roundDown(bacSen / 100 * s.lastBp() / 10_000, 1_000);
    long due = target - usedSen / 100;
    if (due < 10_000_000L) {
      return;
    }
    long materials = roundDown(due * 7 / 10, 1_000);
    spp(d, s.pka, SppType.LS, s.item, materials, Set.of(TaxType.PPH_22, TaxType.PPN), s.supplier, "Pembelian bahan " + s.project.name() + " minggu " + (s.weekOf(d) + 1));
    spp(d, s.pka, SppType.UM, s.item, due - materials, Set.of(), s.pka.name(), "Panjar upah tenaga kerja (HOK) " + s.project.name() + " minggu " + (s.weekOf(d) + 1));
  }

  /** The week's photo: honest, except the planted reused photo and the photo taken at the village office. */
  private Evidence photo(SiteWork s, LocalDate d) {
    if (s == posyandu && d.equals(cal(LocalDate.of(DEFAULT_YEAR, 6, 20)))) {
      // PLANTED: a photo of the road works handed in again as the posyandu's progress photo
      PhotoHash reused = road.reports().get(road.reports().size() - 2).evidence().get(0).photo();
      return camera.shoot(reused, s.photoPoint, d);
    }
    if (s == posyandu && d.equals(cal(LocalDate.of(DEFAULT_YEAR, 7, 11)))) {
      // PLANTED: the photo was taken at the village office, 700 m from the site
      return camera.shoot(camera.hash(village.code(), s.project.id().value(), d, 1), GeoPoint.of(-8.5930, 114.0290), d);
    }
    return camera.shoot(camera.hash(village.code(), s.project.id().value(), d, 1), s.photoPoint, d);
  }

  // ------------------------------------------------------------------------ planted misconduct

  private void planted(LocalDate d) {
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 3, 3)))) {
      // PLANTED: a panjar for the musyawarah desa, accounted for only after Lebaran
      Optional<OperationId> p = spp(d, pkaUmum, SppType.UM, key("01.04.01", "5.2.1.01", "ADD"), 6_500_000L, Set.of(), pkaUmum.name(),
          "Panjar penyelenggaraan Musyawarah Desa RKPDes 2026");
      overduePanjar = p.orElseThrow(() -> new IllegalStateException("the musdes panjar could not be paid"));
      panjars.removeIf(x -> x.spp().equals(overduePanjar));
      panjars.add(new PanjarDue(overduePanjar, pkaUmum, cal(LocalDate.of(DEFAULT_YEAR, 4, 22)), 6_180_000L, "Kuitansi konsumsi, ATK dan penggandaan Musdes"));
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 5, 19)))) {
      // PLANTED: tahap II requested while the gates are far from met
      TrancheEligibility e = trancheCheck(d);
      TrancheRequest request = new TrancheRequest(d, e, null);
      trancheRequests.add(request);
      if (!e.eligible()) {
        catchCase(CaughtCase.trancheEarly(request, year, policy.tranchesReference()));
      }
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 5, 30)))) {
      // the SPP that its submitter will try to approve
      long amount = 25_000_000L;
      selfApprovalSpp = must(new SubmitSpp(id(), pkaPembangunan.official(), at(d), SppType.LS, road.item, Idr.of(amount), road.supplier,
          "Pembelian besi beton dan semen rabat beton tahap 3"), pkaPembangunan);
      must(new VerifySpp(id(), sekdes.official(), at(d), selfApprovalSpp), sekdes);
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 6, 2)))) {
      Person plh = pkaPembangunan.actingAs(Role.KEPALA_DESA, "Plh. Kepala Desa");
      must(register(d, kd, plh), kd);
      acting.put(plh.official().id(), plh);
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 6, 3)))) {
      // PLANTED: the Plh. Kepala Desa approves the SPP he submitted himself as PKA
      Person plh = acting.get(pkaPembangunan.official().id());
      Outcome o = attempt(new ApproveSpp(id(), plh.official(), at(d), selfApprovalSpp), plh);
      if (o.has(Rule.SEGREGATION_OF_DUTIES)) {
        catchCase(CaughtCase.rejected(Misconduct.SELF_APPROVAL, d, o, Rule.SEGREGATION_OF_DUTIES, CaughtCase.sppSubject(selfApprovalSpp.value(), road.project.name())));
      }
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 6, 5)))) {
      must(register(d, kd, pkaPembangunan), kd);
      acting.remove(pkaPembangunan.official().id());
      must(new ApproveSpp(id(), kd.official(), at(d), selfApprovalSpp), kd);
      awaitingPayment.add(selfApprovalSpp);
    }
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 9, 1)))) {
      // PLANTED: "pekerjaan tambah" on the finished posyandu, beyond what is left of its budget
      LedgerSnapshot.ItemPosition pos = ledger.snapshot().items().get(posyandu.item);
      long left = Idr.toSen(pos.remaining()) / 100;
      long amount = Math.max(12_500_000L, roundDown(left, 1_000) + 2_500_000L);
      Outcome o = attempt(new SubmitSpp(id(), pkaPembangunan.official(), at(d), SppType.LS, posyandu.item, Idr.of(amount), posyandu.supplier,
          "Pekerjaan tambah: keramik teras dan pagar posyandu"), pkaPembangunan);
      if (o.has(Rule.ITEM_OVERSPENT)) {
        catchCase(CaughtCase.rejected(Misconduct.OVERSPENDING, d, o, Rule.ITEM_OVERSPENT, CaughtCase.sppSubject(o.operation().id().value(), posyandu.project.name())));
      }
    }
  }

  /**
   * The revision: PBK bridge money added by the kabupaten, two ADD lines shifted; in a year whose
   * pack has the KDMP focus (2026), the support for the Koperasi Desa Merah Putih budgeted now, after
   * the KDMP part was channelled (Permendesa PDT 16/2025 pasal 2 ayat (1) huruf e), Rp10 juta moved
   * from the food-security aid of the regular part, paid after the enactment.
   */
  private void revision(LocalDate d) {
    if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 8, 4)))) {
      revised = revise(original, policy);
      must(new DraftRevision(id(), sekdes.official(), at(d), revised, "Rancangan Perubahan APBDes " + year), sekdes);
    } else if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 8, 11)))) {
      must(new AgreeBudget(id(), kd.official(), at(d), "Berita Acara Kesepakatan Perubahan APBDes " + year + " No. 141/12/429.509.11/" + year), kd);
    } else if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 8, 25)))) {
      mustUnsigned(new EvaluateBudget(id(), evaluator, at(d), "Keputusan Bupati Banyuwangi: hasil evaluasi Perubahan APBDes " + year));
    } else if (d.equals(cal(LocalDate.of(DEFAULT_YEAR, 9, 1)))) {
      must(new EnactBudget(id(), kd.official(), at(d), "Peraturan Desa Sumberagung No. 4 Tahun " + year + " tentang Perubahan APBDes " + year), kd);
      site(revised, "02.03.13", "jembatan-sumberjo", "Jembatan beton Dusun Sumberjo", OutputTarget.of("6", "m"),
          Site.point(GeoPoint.of(-8.6010, 114.0215)), cal(LocalDate.of(DEFAULT_YEAR, 9, 29)),
          List.of(
              item("Persiapan dan pengalihan aliran", 3_000_000L, 0, 1, null, ""),
              item("Pondasi dan abutment", 35_000_000L, 1, 4, null, ""),
              item("Gelagar dan lantai jembatan beton", 47_000_000L, 4, 4, null, ""),
              item("Railing dan finishing", 15_000_000L, 8, 2, null, "")),
          "TPK Desa Sumberagung (Ketua: Slamet Riyadi)", "UD Bangun Jaya Pesanggaran", SiteWork.Conduct.HONEST, 4, Optional.empty());
      if (revised.items().containsKey(KDMP_SUPPORT)) {
        linedQueue.add(new LinedObligation(pkaPelayanan, ImmutableList.of(BUSINESSES.get("Toko ATK Sinar Pesanggaran")), ImmutableList.of(new SubmitLinedSpp.Line(KDMP_SUPPORT,
            BUSINESSES.get("Toko ATK Sinar Pesanggaran").id(), PurchaseKind.GOODS, revised.item(KDMP_SUPPORT))), "Perlengkapan administrasi dan pelatihan pengurus KDMP"));
      }
    }
  }

  /** The support for the KDMP in the perubahan (2026): kegiatan 04.05.01 (koperasi), from the regular part of Dana Desa. */
  static final BudgetItemKey KDMP_SUPPORT = BudgetItemKey.of(KegiatanCode.parse("04.05.01"), AccountCode.parse("5.2.1.01"), FundSource.DDS);
  private static final long KDMP_SUPPORT_RUPIAH = 10_000_000L;

  static Apbdes revise(Apbdes budget, PolicyPack policy) {
    FocusTag kdmp = FocusTag.parse("KDMP");
    // the money comes from the food-security aid to the farmer groups, not yet bought (October)
    BudgetItemKey from = key("04.02.01", "5.2.7.01", "DDS");
    boolean kdmpSupport = policy.focusArea(kdmp).isPresent() && budget.items().containsKey(from) && budget.item(from).isGreaterThan(Idr.of(KDMP_SUPPORT_RUPIAH));
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : budget.lines()) {
      BudgetLine n = l;
      if (l.section() == Section.BELANJA && Optional.ofNullable(l.kegiatan()).map(k -> k.toString().equals("01.01.04")).orElse(false)
          && l.account().toString().equals("5.2.1.01") && FundSource.ADD.equals(l.fundSource())) {
        n = l.withAmount(Idr.of(20_000_000L));
      } else if (Optional.ofNullable(l.kegiatan()).map(k -> k.toString().equals("01.02.02")).orElse(false)) {
        n = l.withAmount(Idr.of(29_000_000L));
      } else if (kdmpSupport && l.itemKey().equals(Optional.of(from))) {
        n = l.withAmount(l.amount().subtract(Idr.of(KDMP_SUPPORT_RUPIAH)));
      }
      lines.add(n);
    }
    lines.add(BudgetLine.pendapatan(AccountCode.parse("4.2.5.01"), FundSource.PBK, "Bantuan Keuangan Khusus Kabupaten Banyuwangi", Idr.of(100_000_000L)));
    lines.add(BudgetLine.belanja(KegiatanCode.parse("02.03.13"), AccountCode.parse("5.3.6.01"), FundSource.PBK, "Pembangunan Jembatan Beton Dusun Sumberjo",
        Idr.of(100_000_000L)).withOutput("1 unit jembatan beton bentang 6 m"));
    if (kdmpSupport) {
      lines.add(BudgetLine.belanja(KDMP_SUPPORT.kegiatan(), KDMP_SUPPORT.account(), FundSource.DDS, "Dukungan Implementasi Koperasi Desa Merah Putih: Perlengkapan Administrasi dan Pelatihan Pengurus",
          Idr.of(KDMP_SUPPORT_RUPIAH)).withFocus(kdmp));
    }
    return Apbdes.of(budget.village(), budget.fiscalYear(), lines);
  }

  // ------------------------------------------------------------------------------------ checks

  private void checks(LocalDate d) {
    if (overduePanjar != null && !seen.contains(Misconduct.PANJAR_OVERDUE) && d.getDayOfWeek() == DayOfWeek.MONDAY) {
      PanjarBook book = ledger.panjarBook(d);
      for (PanjarBook.Line l : book.lines()) {
        if (l.spp().equals(overduePanjar) && l.overdue() && l.status() == PanjarBook.Status.OUTSTANDING) {
          catchCase(CaughtCase.panjarOverdue(l, d, pkaUmum.name(), policy));
        }
      }
    }
    if (d.getDayOfWeek() == DayOfWeek.FRIDAY && !sites.isEmpty()) {
      for (ProjectAssessment a : assessAll(d)) {
        SiteWork s = siteOf(a.project());
        if (s == drainage) {
          catchFlag(Misconduct.SPENDING_AHEAD, a, RedFlagCode.SPENDING_AHEAD_OF_PROGRESS, d);
        }
        if (s == posyandu) {
          catchFlag(Misconduct.PHOTO_OFF_SITE, a, RedFlagCode.PHOTO_OFF_SITE, d);
          catchFlag(Misconduct.PHOTO_REUSED, a, RedFlagCode.PHOTO_REUSED, d);
        }
      }
    }
    if (trancheTwoArrives == null && !d.isBefore(cal(LocalDate.of(DEFAULT_YEAR, 6, 2))) && d.getDayOfWeek() == DayOfWeek.MONDAY) {
      TrancheEligibility e = trancheCheck(d);
      if (e.eligible()) {
        trancheRequests.add(new TrancheRequest(d, e, null));
        trancheTwoArrives = workingOnOrAfter(d.plusDays(10));
      }
    }
  }

  private void catchFlag(Misconduct m, ProjectAssessment a, RedFlagCode code, LocalDate d) {
    if (seen.contains(m) || !a.has(code)) {
      return;
    }
    catchCase(CaughtCase.flagged(m, a, code, d));
  }

  private void catchCase(CaughtCase c) {
    if (seen.add(c.misconduct())) {
      caught.add(c);
      listener.caught(c);
    }
  }

  private List<ProjectAssessment> assessAll(LocalDate d) {
    List<MonitoredProject> mps = new ArrayList<>();
    for (SiteWork s : sites) {
      mps.add(s.monitored(ledger.realisedByKegiatan().getOrDefault(s.project.kegiatan(), Idr.ZERO)));
    }
    PhotoRegistry registry = MonitoredProject.photoRegistry(mps);
    List<ProjectAssessment> out = new ArrayList<>();
    for (MonitoredProject mp : mps) {
      out.add(assessor.assess(mp, d, registry));
    }
    return out;
  }

  private TrancheEligibility trancheCheck(LocalDate d) {
    DanaDesaAbsorption abs = ledger.danaDesaAbsorption();
    VillageRollup rollup = VillageRollup.of(village, d, assessAll(d));
    return rollup.trancheEligibility(policy, 2, Absorption.of(abs.received(), abs.realised()));
  }

  private SiteWork siteOf(Project p) {
    return sites.stream().filter(s -> s.project.equals(p)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------------------------- year end

  private void yearEnd(LocalDate d) {
    for (PanjarDue p : List.copyOf(panjars)) {
      must(new SettlePanjar(id(), p.pka().official(), at(d), p.spp(), Idr.of(p.spentRupiah()), p.receipts()), p.pka());
    }
    panjars.clear();
    TaxBook book = ledger.taxBook(d);
    if (book.owed().isPositive()) {
      throw new IllegalStateException("tax still owed at the close: " + Idr.format(book.owed()));
    }
    // what SPP with lines still owe is carried into next year's tax book (a warning at the close, PMK 81/2024 pasal 94)
    must(new CloseYear(id(), kaur.official(), at(d)), kaur);
  }

  // ----------------------------------------------------------------------------------- helpers

  private SiteWork site(Apbdes budget, String kegiatan, String id, String name, OutputTarget output, Site site, LocalDate start, List<RabItem> rab,
      String tpk, String supplier, SiteWork.Conduct conduct, int lagDays, Optional<UnitCostBenchmark> benchmark) {
    KegiatanCode k = KegiatanCode.parse(kegiatan);
    Allocation allocation = Allocation.fromApbdes(budget, k);
    rab = scaled(allocation.bac(), rab);
    Project.Builder b = Project.builder()
        .id(id)
        .name(name)
        .village(village)
        .fiscalYear(year)
        .allocation(allocation)
        .output(output)
        .site(site)
        .plan(PlannedCurve.fromRab(start, Rab.of(rab)))
        .implementer(tpk.startsWith("CV") ? Implementer.contractor(tpk) : Implementer.tpk(tpk));
    benchmark.ifPresent(b::benchmark);
    Project p = b.build();
    BudgetItemKey item = budget.items().keySet().stream().filter(x -> x.kegiatan().equals(k)).findFirst().orElseThrow();
    GeoPoint photoPoint = site.points().get(site.points().size() / 2);
    java.util.function.IntUnaryOperator progress = conduct == SiteWork.Conduct.HONEST
        ? SiteWork.honest(p, lagDays, random, new HashMap<>())
        : stalled();
    SiteWork s = new SiteWork(p, item, pkaPembangunan, tpk, supplier, conduct, photoPoint, progress);
    sites.add(s);
    return s;
  }

  /** The drainage works: a brisk start, then the contractor, paid in full, stops coming. */
  private static java.util.function.IntUnaryOperator stalled() {
    int[] byWeek = {0, 500, 1_000, 1_500, 2_200, 3_000, 3_600, 4_000, 4_200, 4_200, 4_300, 4_300, 4_500, 4_500, 4_500, 4_800, 4_800, 5_000, 5_000, 5_200, 5_500};
    return day -> byWeek[Math.min(byWeek.length - 1, (day + 3) / 7)];
  }

  /**
   * The script's RAB (written for the 2025 budget) at the kegiatan's budget: each cost in proportion,
   * to the thousand rupiah, the last item taking what rounding leaves, volumes in proportion; as
   * written when the budget is the script's.
   */
  private static List<RabItem> scaled(Money target, List<RabItem> rab) {
    long total = 0;
    for (RabItem i : rab) {
      total += Idr.toSen(i.cost());
    }
    long want = Idr.toSen(target);
    if (total == want || total == 0) {
      return rab;
    }
    List<RabItem> out = new ArrayList<>();
    long used = 0;
    for (int n = 0; n < rab.size(); n++) {
      RabItem i = rab.get(n);
      long sen = n == rab.size() - 1 ? want - used : roundDown(BigDecimal.valueOf(Idr.toSen(i.cost())).multiply(BigDecimal.valueOf(want))
          .divide(BigDecimal.valueOf(total), 0, java.math.RoundingMode.DOWN).longValueExact(), 100_000);
      used += sen;
      BigDecimal volume = i.volume() == null ? null
          : i.volume().multiply(BigDecimal.valueOf(want)).divide(BigDecimal.valueOf(total), 1, java.math.RoundingMode.HALF_UP);
      out.add(new RabItem(i.number(), i.name(), i.kind(), Idr.ofSen(sen), i.unitPrice(), i.schedule(), volume, i.unit()));
    }
    return out;
  }

  /** The metres a kegiatan's budget line states as its output ("180 m rabat beton"), else the script's. */
  private static String metres(Apbdes budget, String kegiatan, String script) {
    for (BudgetLine l : budget.lines(Section.BELANJA)) {
      if (l.kegiatan() != null && l.kegiatan().toString().equals(kegiatan) && l.output() != null) {
        String[] w = l.output().replace(".", "").split(" ");
        if (w.length > 1 && w[1].equals("m") && w[0].matches("[0-9]+")) {
          return w[0];
        }
      }
    }
    return script;
  }

  private static RabItem item(String name, long rupiah, int startWeek, int weeks, String volume, String unit) {
    RabItem i = RabItem.of(name, Idr.of(rupiah), startWeek, weeks);
    return volume == null ? i : i.withVolume(new BigDecimal(volume), unit);
  }

  private RegisterOfficial register(LocalDate d, Person by, Person who) {
    return new RegisterOfficial(id(), by.official(), at(d), who.official(), who.kegiatan(), who.key().publicKey().base64());
  }

  private Person pkaOf(String kegiatan) {
    KegiatanCode k = KegiatanCode.parse(kegiatan);
    for (Person p : List.of(pkaUmum, pkaPembangunan, pkaPelayanan)) {
      if (p.kegiatan().contains(k)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no PKA for kegiatan " + kegiatan);
  }

  private boolean isActivePka(Person p) {
    return !acting.containsKey(p.official().id());
  }

  private boolean fundsFor(FundSource fs, long rupiah) {
    LedgerSnapshot.FundPosition f = ledger.snapshot().funds().get(fs);
    return f != null && Idr.toSen(f.available()) >= rupiah * 100;
  }

  private Outcome attempt(Operation op, Person who) {
    return books.apply(op, who.key());
  }

  private OperationId must(Operation op, Person who) {
    return accepted(books.apply(op, who.key()), op);
  }

  /** An honest operation by an actor without a registered key (the district's evaluator). */
  private OperationId mustUnsigned(Operation op) {
    return accepted(books.apply(op), op);
  }

  private static OperationId accepted(Outcome o, Operation op) {
    if (!o.isAccepted()) {
      throw new IllegalStateException("an honest operation of the scenario was not accepted (a bug): " + o);
    }
    return op.id();
  }

  private OperationId id() {
    return OperationId.of(String.format("sba-%d-%05d", year, ++opNo));
  }

  /** 08:00 WIB of the date plus 20 s per operation that day; the clock never goes back. */
  private Instant at(LocalDate d) {
    if (d.isBefore(today)) {
      throw new IllegalStateException("the scenario clock went back from " + today + " to " + d);
    }
    if (d.isAfter(today)) {
      today = d;
      tick = 0;
    }
    return d.atTime(LocalTime.of(8, 0)).plusSeconds(20L * tick++).atZone(Operation.ZONE).toInstant();
  }

  private static BudgetItemKey key(String kegiatan, String account, String fund) {
    return BudgetItemKey.of(KegiatanCode.parse(kegiatan), AccountCode.parse(account), FundSource.parse(fund));
  }

  private static String[] kegiatanOfBidang(Apbdes budget, int... bidang) {
    return budget.items().keySet().stream()
        .map(BudgetItemKey::kegiatan)
        .filter(k -> java.util.Arrays.stream(bidang).anyMatch(b -> b == k.bidang()))
        .map(KegiatanCode::toString)
        .distinct()
        .toArray(String[]::new);
  }

  private static String[] plus(String[] a, String b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = b;
    return r;
  }

  static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  static LocalDate workingOnOrAfter(LocalDate d) {
    LocalDate x = d;
    while (!isWorkingDay(x)) {
      x = x.plusDays(1);
    }
    return x;
  }

  static LocalDate workingOnOrBefore(LocalDate d) {
    LocalDate x = d;
    while (!isWorkingDay(x)) {
      x = x.minusDays(1);
    }
    return x;
  }

  static LocalDate plusWorkingDays(LocalDate d, int n) {
    LocalDate x = d;
    for (int left = n; left > 0; ) {
      x = x.plusDays(1);
      if (isWorkingDay(x)) {
        left--;
      }
    }
    return x;
  }

  /**
   * A date of the script, written for 2025, in the simulated year: the same month and day moved to
   * the nearest day of the same weekday (within three days, and within the same year), so that the
   * script keeps its working days, weeks and order; in 2025 the date itself.
   */
  private LocalDate cal(LocalDate scripted) {
    LocalDate target = scripted.plusYears(year - DEFAULT_YEAR);
    int shift = Math.floorMod(scripted.getDayOfWeek().getValue() - target.getDayOfWeek().getValue() + 3, 7) - 3;
    LocalDate d = target.plusDays(shift);
    return d.getYear() < target.getYear() ? d.plusWeeks(1) : d.getYear() > target.getYear() ? d.minusWeeks(1) : d;
  }

  /** The regulation of the year's tahap, e.g. {@code PMK 108/2024}: the head of the pack's reference. */
  private String trancheRegulation() {
    String ref = policy.tranchesReference();
    int cut = ref.indexOf(" (");
    return cut < 0 ? ref : ref.substring(0, cut);
  }

  private LocalDate payday(int month) {
    return workingOnOrBefore(LocalDate.of(year, month, 25));
  }

  private static LocalDate lastWorkingDay(int year, int month) {
    LocalDate d = LocalDate.of(year, month, 1);
    return workingOnOrBefore(d.withDayOfMonth(d.lengthOfMonth()));
  }

  private static long roundDown(long v, long unit) {
    return v / unit * unit;
  }
}
