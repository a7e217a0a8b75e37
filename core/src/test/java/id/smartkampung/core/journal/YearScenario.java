package id.smartkampung.core.journal;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A realistic fiscal year 2025 of Desa Sumberagung (the shipped example budget) posted through a
 * {@link VillageBook}, every official but the district evaluator signing with their own key:
 * registration, the budget's lifecycle, Dana Desa tranches and ADD, siltap, a road paid with taxes
 * withheld and deposited, a panjar and its SPJ, a rejected and a cancelled SPP, a reversed receipt
 * and a reversed payment, and the year-end close. Used by the journal and audit tests.
 */
public final class YearScenario {
  public static final Apbdes BUDGET = BudgetJson.example();
  public static final Village VILLAGE = BUDGET.village();
  public static final Official KD = Official.of("kd-1", "Pak Lurah", Role.KEPALA_DESA);
  public static final Official SEKDES = Official.of("sd-1", "Bu Sekdes", Role.SEKRETARIS_DESA);
  public static final Official KAUR = Official.of("kk-1", "Bu Bendahara", Role.KAUR_KEUANGAN);
  public static final Official PKA_PU = Official.of("pka-1", "Kasi Pembangunan", Role.PELAKSANA_KEGIATAN);
  public static final Official PKA_UMUM = Official.of("pka-2", "Kaur Umum", Role.PELAKSANA_KEGIATAN);
  public static final Official EVALUATOR = Official.of("ev-1", "Bagian Pemdes Kabupaten", Role.EVALUATOR_KABUPATEN);

  public static final BudgetItemKey JALAN = key("02.03.10", "5.3.5.01", "DDS");
  public static final BudgetItemKey POSYANDU = key("02.02.07", "5.3.4.01", "DDS");
  public static final BudgetItemKey ATK = key("01.01.04", "5.2.1.01", "ADD");
  public static final BudgetItemKey SILTAP = key("01.01.01", "5.1.1.01", "ADD");

  /** The keys of the officials, by person id (shared by all scenarios of a test run; generating is slow). */
  public static final Map<String, SigningKey> KEYS = keys();

  private final VillageBook book;
  private Instant now = Instant.parse("2024-10-01T01:00:00Z");
  private int n;

  private YearScenario(VillageBook book) {
    this.book = book;
  }

  public static BudgetItemKey key(String kegiatan, String account, String source) {
    return BudgetItemKey.of(KegiatanCode.parse(kegiatan), AccountCode.parse(account), FundSource.parse(source));
  }

  private static Map<String, SigningKey> keys() {
    Map<String, SigningKey> m = new HashMap<>();
    for (Official o : List.of(KD, SEKDES, KAUR, PKA_PU, PKA_UMUM)) {
      m.put(o.id(), SigningKey.generate());
    }
    return Map.copyOf(m);
  }

  /** A new book at {@code file}, ready for {@link #runYear()}. */
  public static YearScenario start(Path file) throws IOException {
    return new YearScenario(VillageBook.create(file, VILLAGE, 2025));
  }

  /** A new book at {@code file} that keeps the attempts it refuses ({@link VillageBook.Refusals#RECORDED}). */
  public static YearScenario startRecordingRefusals(Path file) throws IOException {
    return start(file, VillageBook.Refusals.RECORDED);
  }

  /** A new book at {@code file} that keeps the attempts it refuses or not. */
  public static YearScenario start(Path file, VillageBook.Refusals refusals) throws IOException {
    return new YearScenario(VillageBook.create(file, VILLAGE, id.smartkampung.core.policy.PolicyPack.forYear(2025), refusals));
  }

  /** Called after each operation {@link #ok} posted (e.g. to try refused attempts in between); by default nothing. */
  public java.util.function.Consumer<YearScenario> afterEachAccepted = s -> {};

  /** The scenario's clock, without moving it. */
  public Instant now() {
    return now;
  }

  /** Writes the whole honest year to {@code file} and closes the book. */
  public static void write(Path file) throws IOException {
    YearScenario s = start(file);
    s.runYear();
    s.book.close();
  }

  public VillageBook book() {
    return book;
  }

  public OperationId id() {
    return OperationId.of("op-" + (++n));
  }

  public Instant tick() {
    now = now.plusSeconds(600);
    return now;
  }

  public YearScenario on(LocalDate date) {
    Instant t = date.atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
    if (t.isAfter(now)) {
      now = t;
    }
    return this;
  }

  /** Posts, signed by the actor's key when they have one. */
  public Outcome post(Operation op) {
    SigningKey k = KEYS.get(op.actor().id());
    return k == null ? book.apply(op) : book.apply(op, k);
  }

  /** Posts and insists on acceptance. */
  public OperationId ok(Operation op) {
    Outcome o = post(op);
    if (!o.isAccepted()) {
      throw new AssertionError("expected accepted: " + o);
    }
    afterEachAccepted.accept(this);
    return op.id();
  }

  private RegisterOfficial register(Official o, Set<String> kegiatan) {
    ImmutableSortedSet<KegiatanCode> k = kegiatan.stream().map(KegiatanCode::parse).collect(ImmutableSortedSet.toImmutableSortedSet(KegiatanCode::compareTo));
    return new RegisterOfficial(id(), KD, tick(), o, k, KEYS.get(o.id()).publicKey().base64());
  }

  public OperationId receive(FundSource source, String account, long rupiah, @Nullable Integer tranche) {
    return ok(new ReceiveRevenue(id(), KAUR, tick(), AccountCode.parse(account), source, Idr.of(rupiah), tranche, "rekening koran"));
  }

  public SubmitSpp submit(Official pka, SppType type, BudgetItemKey item, long rupiah) {
    return new SubmitSpp(id(), pka, tick(), type, item, Idr.of(rupiah), type == SppType.LS ? "CV Maju Jaya" : pka.name(), "SPP " + item);
  }

  /** Submits, verifies, approves and pays; returns the SPP id. */
  public OperationId paid(Official pka, SppType type, BudgetItemKey item, long rupiah, TaxType... taxes) {
    OperationId spp = ok(submit(pka, type, item, rupiah));
    ok(new VerifySpp(id(), SEKDES, tick(), spp));
    ok(new ApproveSpp(id(), KD, tick(), spp));
    ok(new PaySpp(id(), KAUR, tick(), spp, ImmutableSortedSet.copyOf(taxes), "transfer"));
    return spp;
  }

  /** Deposits every tax still owed on an SPP. */
  public void depositAll(OperationId spp) {
    for (TaxBook.Line l : book.ledger().taxBook(LocalDate.of(2025, 12, 31)).lines()) {
      if (l.spp().equals(spp) && l.owed().isPositive()) {
        ok(new DepositTax(id(), KAUR, tick(), spp, l.tax(), l.owed(), "NTPN " + n));
      }
    }
  }

  /** The honest year. */
  public YearScenario runYear() {
    ok(new RegisterOfficial(id(), KD, tick(), KD, ImmutableSortedSet.of(), KEYS.get(KD.id()).publicKey().base64()));
    ok(register(SEKDES, Set.of()));
    ok(register(KAUR, Set.of()));
    ok(register(PKA_PU, Set.of("02.03.10", "02.02.07", "02.03.15", "04.02.01")));
    ok(register(PKA_UMUM, Set.of("01.01.01", "01.01.02", "01.01.04")));
    ok(new DraftBudget(id(), SEKDES, tick(), BUDGET, "RAPBDes 2025"));
    ok(new AgreeBudget(id(), KD, tick(), "BA kesepakatan 07/2024"));
    ok(new EvaluateBudget(id(), EVALUATOR, tick(), "Evaluasi Bupati 140/2024"));
    ok(new EnactBudget(id(), KD, tick(), "Perdes 1/2024"));

    on(LocalDate.of(2025, 1, 6));
    receive(FundSource.DDS, "4.2.1.01", 404_938_000L, 1);
    receive(FundSource.ADD, "4.2.3.01", 300_000_000L, null);
    receive(FundSource.PAD, "4.1.2.01", 20_000_000L, null);
    OperationId wrong = receive(FundSource.PAD, "4.1.2.01", 1_000_000L, null);
    ok(new ReverseReceipt(id(), KAUR, tick(), wrong, "salah catat: setoran ganda"));

    for (int month = 1; month <= 3; month++) {
      on(LocalDate.of(2025, month, 25));
      paid(PKA_UMUM, SppType.LS, SILTAP, 2_500_000L);
    }
    on(LocalDate.of(2025, 2, 3));
    OperationId panjar = paid(PKA_UMUM, SppType.UM, ATK, 5_000_000L);
    on(LocalDate.of(2025, 2, 10));
    ok(new SettlePanjar(id(), PKA_UMUM, tick(), panjar, Idr.of(4_200_000L), "kuitansi toko ATK"));

    on(LocalDate.of(2025, 3, 3));
    OperationId road = paid(PKA_PU, SppType.LS, JALAN, 150_000_000L, TaxType.PPH_22, TaxType.PPN);
    on(LocalDate.of(2025, 4, 10));
    depositAll(road);

    on(LocalDate.of(2025, 4, 14));
    OperationId refused = ok(submit(PKA_PU, SppType.LS, POSYANDU, 10_000_000L));
    ok(new RejectSpp(id(), SEKDES, tick(), refused, "RAB belum dilampirkan"));
    OperationId withdrawn = ok(submit(PKA_UMUM, SppType.LS, ATK, 1_000_000L));
    ok(new CancelSpp(id(), PKA_UMUM, tick(), withdrawn, "diganti SPP baru"));
    OperationId mistaken = paid(PKA_UMUM, SppType.LS, SILTAP, 2_500_000L);
    ok(new ReversePayment(id(), KAUR, tick(), mistaken, "dibayar dua kali"));

    on(LocalDate.of(2025, 7, 7));
    receive(FundSource.DDS, "4.2.1.01", 607_407_000L, 2);
    on(LocalDate.of(2025, 8, 4));
    OperationId posyandu = paid(PKA_PU, SppType.LS, POSYANDU, 100_000_000L, TaxType.PPH_22);
    on(LocalDate.of(2025, 9, 8));
    depositAll(posyandu);

    on(LocalDate.of(2025, 12, 31));
    ok(new CloseYear(id(), KAUR, tick()));
    return this;
  }
}
