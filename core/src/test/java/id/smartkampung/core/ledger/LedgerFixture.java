package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/** A village, its officials, a balanced 2025 budget and a ledger with a clock that only moves forward. */
final class LedgerFixture {
  static final Village VILLAGE = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
  static final int YEAR = 2025;
  static final PolicyPack POLICY = PolicyPack.forYear(YEAR);

  static final Official KD = Official.of("kd-1", "Pak Lurah", Role.KEPALA_DESA);
  static final Official SEKDES = Official.of("sd-1", "Bu Sekdes", Role.SEKRETARIS_DESA);
  static final Official KAUR = Official.of("kk-1", "Bu Bendahara", Role.KAUR_KEUANGAN);
  static final Official PKA_PU = Official.of("pka-1", "Kasi Pembangunan", Role.PELAKSANA_KEGIATAN);
  static final Official PKA_UMUM = Official.of("pka-2", "Kaur Umum", Role.PELAKSANA_KEGIATAN);
  static final Official EVALUATOR = Official.of("ev-1", "Bagian Pemdes Kabupaten", Role.EVALUATOR_KABUPATEN);
  static final Official OUTSIDER = Official.of("x-1", "Orang Luar", Role.KAUR_KEUANGAN);

  static final BudgetItemKey JALAN = key("02.03.10", "5.3.5.01", "DDS");
  static final BudgetItemKey DRAINASE = key("02.03.15", "5.3.7.01", "DDS");
  static final BudgetItemKey PANGAN = key("04.02.01", "5.2.7.01", "DDS");
  static final BudgetItemKey SILTAP = key("01.01.01", "5.1.1.01", "ADD");
  static final BudgetItemKey ATK = key("01.02.01", "5.2.1.01", "ADD");
  static final BudgetItemKey HONOR = key("03.01.01", "5.2.2.01", "PAD");
  static final List<BudgetItemKey> ITEMS = List.of(JALAN, DRAINASE, PANGAN, SILTAP, ATK, HONOR);
  static final BudgetItemKey UNBUDGETED = key("02.03.11", "5.3.5.01", "DDS");

  static final AccountCode DANA_DESA = AccountCode.parse("4.2.1.01");
  static final AccountCode ALOKASI_DANA_DESA = AccountCode.parse("4.2.3.01");
  static final AccountCode HASIL_USAHA = AccountCode.parse("4.1.1.01");

  /** Rupiah budget of each item in the original budget. */
  static final Map<BudgetItemKey, Long> ORIGINAL =
      Map.of(JALAN, 300_000_000L, DRAINASE, 100_000_000L, PANGAN, 100_000_000L, SILTAP, 100_000_000L, ATK, 200_000_000L, HONOR, 50_000_000L);

  static BudgetItemKey key(String kegiatan, String account, String source) {
    return BudgetItemKey.of(KegiatanCode.parse(kegiatan), AccountCode.parse(account), FundSource.parse(source));
  }

  static Money rp(long rupiah) {
    return Idr.of(rupiah);
  }

  /** The balanced 2025 budget: 500 M Dana Desa, 300 M ADD, 50 M PAD, spent on the six items. */
  static Apbdes budget() {
    return budget(ORIGINAL);
  }

  /** A budget with the given rupiah per item; revenue adjusted per fund source so it balances. */
  static Apbdes budget(Map<BudgetItemKey, Long> items) {
    List<BudgetLine> lines = new ArrayList<>();
    long dds = 0;
    long add = 0;
    long pad = 0;
    for (Map.Entry<BudgetItemKey, Long> e : items.entrySet()) {
      BudgetItemKey k = e.getKey();
      lines.add(BudgetLine.belanja(k.kegiatan(), k.account(), k.fundSource(), "belanja " + k, rp(e.getValue())));
      switch (k.fundSource().code()) {
        case "DDS" -> dds += e.getValue();
        case "ADD" -> add += e.getValue();
        default -> pad += e.getValue();
      }
    }
    lines.add(BudgetLine.pendapatan(DANA_DESA, FundSource.DDS, "Dana Desa", rp(dds)));
    lines.add(BudgetLine.pendapatan(ALOKASI_DANA_DESA, FundSource.ADD, "Alokasi Dana Desa", rp(add)));
    lines.add(BudgetLine.pendapatan(HASIL_USAHA, FundSource.PAD, "Hasil usaha desa", rp(pad)));
    return Apbdes.of(VILLAGE, YEAR, lines);
  }

  final Ledger ledger;
  Instant now = Instant.parse("2024-10-01T01:00:00Z");
  private int n;

  LedgerFixture() {
    this(Ledger.create(VILLAGE, POLICY));
  }

  LedgerFixture(Ledger ledger) {
    this.ledger = ledger;
  }

  Instant tick() {
    now = now.plusSeconds(600);
    return now;
  }

  /** Moves the clock to 09:00 WIB of the date (never backwards). */
  LedgerFixture on(LocalDate date) {
    Instant t = date.atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
    if (t.isAfter(now)) {
      now = t;
    }
    return this;
  }

  OperationId id() {
    return OperationId.of("op-" + (++n));
  }

  Outcome apply(Operation op) {
    return ledger.apply(op);
  }

  /** Applies and asserts acceptance. */
  OperationId ok(Operation op) {
    Outcome o = ledger.apply(op);
    assertTrue(o.isAccepted(), () -> "expected accepted: " + o);
    return op.id();
  }

  LedgerFixture registered() {
    ok(RegisterOfficial.of(id(), KD, tick(), KD, Set.of()));
    ok(RegisterOfficial.of(id(), KD, tick(), SEKDES, Set.of()));
    ok(RegisterOfficial.of(id(), KD, tick(), KAUR, Set.of()));
    ok(RegisterOfficial.of(id(), KD, tick(), PKA_PU, Set.of(JALAN.kegiatan(), DRAINASE.kegiatan(), PANGAN.kegiatan())));
    ok(RegisterOfficial.of(id(), KD, tick(), PKA_UMUM, Set.of(SILTAP.kegiatan(), ATK.kegiatan(), HONOR.kegiatan())));
    return this;
  }

  static final AccountCode SILPA = AccountCode.parse("6.1.1.01");
  static final AccountCode PENYERTAAN_MODAL = AccountCode.parse("6.2.2.01");
  static final FinancingItemKey BUMDES = FinancingItemKey.of(PENYERTAAN_MODAL, FundSource.DDS);

  /**
   * The original budget with financing: SiLPA of Dana Desa 150 M in (6.1.1.01, DDS) and a
   * penyertaan modal desa of 150 M to the BUMDes for food security out (6.2.2.01, DDS).
   */
  static Apbdes financedBudget() {
    List<BudgetLine> lines = new ArrayList<>(budget().lines());
    lines.add(BudgetLine.penerimaanPembiayaan(SILPA, FundSource.DDS, "SiLPA Dana Desa TA 2024", rp(150_000_000L)));
    lines.add(BudgetLine.pengeluaranPembiayaan(PENYERTAAN_MODAL, FundSource.DDS, "Penyertaan modal BUMDes ketahanan pangan", rp(150_000_000L)));
    return Apbdes.of(VILLAGE, YEAR, lines);
  }

  LedgerFixture enacted() {
    return enacted(budget());
  }

  LedgerFixture enacted(Apbdes b) {
    ok(new DraftBudget(id(), SEKDES, tick(), b, "RAPBDes 2025"));
    ok(new AgreeBudget(id(), KD, tick(), "BA kesepakatan 01/2024"));
    ok(new EvaluateBudget(id(), EVALUATOR, tick(), "Evaluasi 140/2024"));
    ok(new EnactBudget(id(), KD, tick(), "Perdes 1/2024"));
    return this;
  }

  /** Receives 200 M Dana Desa (tahap I), 300 M ADD and 50 M PAD on 6 January 2025. */
  LedgerFixture funded() {
    on(LocalDate.of(YEAR, 1, 6));
    ok(receive(FundSource.DDS, DANA_DESA, 200_000_000L, 1));
    ok(receive(FundSource.ADD, ALOKASI_DANA_DESA, 300_000_000L, null));
    ok(receive(FundSource.PAD, HASIL_USAHA, 50_000_000L, null));
    return this;
  }

  static LedgerFixture ready() {
    return new LedgerFixture().registered().enacted().funded();
  }

  ReceiveRevenue receive(FundSource source, AccountCode account, long rupiah, @Nullable Integer tranche) {
    return new ReceiveRevenue(id(), KAUR, tick(), account, source, rp(rupiah), tranche, "rekening koran");
  }

  SubmitSpp submit(Official pka, SppType type, BudgetItemKey item, long rupiah) {
    return new SubmitSpp(id(), pka, tick(), type, item, rp(rupiah), type == SppType.LS ? "CV Maju Jaya" : pka.name(), "SPP " + item);
  }

  VerifySpp verify(OperationId spp) {
    return new VerifySpp(id(), SEKDES, tick(), spp);
  }

  ApproveSpp approve(OperationId spp) {
    return new ApproveSpp(id(), KD, tick(), spp);
  }

  PaySpp pay(OperationId spp, TaxType... taxes) {
    return new PaySpp(id(), KAUR, tick(), spp, com.google.common.collect.ImmutableSortedSet.copyOf(taxes), "transfer");
  }

  /** Submits (by the PKA of the item), verifies, approves and pays; returns the SPP id. */
  OperationId paid(SppType type, BudgetItemKey item, long rupiah, TaxType... taxes) {
    OperationId spp = ok(submit(pkaOf(item), type, item, rupiah));
    ok(verify(spp));
    ok(approve(spp));
    ok(pay(spp, taxes));
    return spp;
  }

  SubmitFinancingSpp submitFinancing(Official pka, FinancingItemKey item, long rupiah) {
    return new SubmitFinancingSpp(id(), pka, tick(), item, rp(rupiah), "BUMDes Sumber Rejeki", "penyertaan modal " + item);
  }

  static Official pkaOf(BudgetItemKey item) {
    return item.kegiatan().bidang() == 2 || item.kegiatan().bidang() == 4 ? PKA_PU : PKA_UMUM;
  }
}
