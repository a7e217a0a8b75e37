package id.smartkampung.demo.bench;

import static id.smartkampung.demo.bench.SyntheticVillage.EVALUATOR;
import static id.smartkampung.demo.bench.SyntheticVillage.KAUR;
import static id.smartkampung.demo.bench.SyntheticVillage.KD;
import static id.smartkampung.demo.bench.SyntheticVillage.PKA_PU;
import static id.smartkampung.demo.bench.SyntheticVillage.PKA_UMUM;
import static id.smartkampung.demo.bench.SyntheticVillage.SEKDES;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.ledger.Withholding;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a synthetic village's treasury operations — <i>transaksi penatausahaan</i> — in date order,
 * each with a unique id, to a consumer (a list, or straight into a ledger): the officials'
 * registration, the budget's lifecycle up to its enactment, receipts, and the full SPP cycle
 * (submit, verify, approve, pay, and the tax deposit or the panjar's SPJ). Only operations that an
 * honest ledger accepts are written, given enough cash and budget; the writer does not check that.
 *
 * <p>The clock starts on 1 October of the year before and only moves forward: {@link #on} jumps to
 * 09:00 WIB of a date, and every operation advances it by the step given at construction.
 */
public final class OperationWriter {
  private final SyntheticVillage village;
  private final Consumer<Operation> out;
  private final String idPrefix;
  private final long stepSeconds;
  private Instant now = LocalDate.of(SyntheticVillage.YEAR - 1, 10, 1).atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
  private long n;

  /**
   * A writer for the village.
   *
   * @param idPrefix the prefix of the operation ids ({@code prefix + counter})
   * @param stepSeconds how far the clock moves with each operation
   */
  public OperationWriter(SyntheticVillage village, Consumer<Operation> out, String idPrefix, long stepSeconds) {
    this.village = requireNonNull(village, "village");
    this.out = requireNonNull(out, "out");
    this.idPrefix = requireNonNull(idPrefix, "idPrefix");
    this.stepSeconds = stepSeconds;
  }

  /** A writer that adds to {@code list}. */
  public static OperationWriter into(SyntheticVillage village, List<Operation> list, String idPrefix, long stepSeconds) {
    return new OperationWriter(village, list::add, idPrefix, stepSeconds);
  }

  /** How many operations were written. */
  public long written() {
    return n;
  }

  /** Moves the clock to 09:00 WIB of the date, unless it is later already. */
  public OperationWriter on(LocalDate date) {
    Instant t = date.atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
    if (t.isAfter(now)) {
      now = t;
    }
    return this;
  }

  /** The time of the next operation. */
  private Instant tick() {
    now = now.plusSeconds(stepSeconds);
    return now;
  }

  private OperationId id() {
    return OperationId.of(idPrefix + (++n));
  }

  private <T extends Operation> T emit(T op) {
    out.accept(op);
    return op;
  }

  /** The Kepala Desa registers the officials; then the budget is drafted, agreed, evaluated and enacted (in October of the year before). */
  public OperationWriter registerAndEnact() {
    Set<KegiatanCode> pu = new java.util.TreeSet<>();
    for (BudgetItemKey k : village.projectItems()) {
      pu.add(k.kegiatan());
    }
    pu.add(SyntheticVillage.PANGAN.kegiatan());
    emit(RegisterOfficial.of(id(), KD, tick(), KD, Set.of()));
    emit(RegisterOfficial.of(id(), KD, tick(), SEKDES, Set.of()));
    emit(RegisterOfficial.of(id(), KD, tick(), KAUR, Set.of()));
    emit(RegisterOfficial.of(id(), KD, tick(), PKA_PU, pu));
    emit(RegisterOfficial.of(id(), KD, tick(), PKA_UMUM,
        Set.of(SyntheticVillage.SILTAP.kegiatan(), SyntheticVillage.ATK.kegiatan(), SyntheticVillage.HONOR.kegiatan())));
    emit(new DraftBudget(id(), SEKDES, tick(), village.budget(), "RAPBDes " + SyntheticVillage.YEAR));
    emit(new AgreeBudget(id(), KD, tick(), "BA kesepakatan bersama"));
    emit(new EvaluateBudget(id(), EVALUATOR, tick(), "Evaluasi Bupati"));
    emit(new EnactBudget(id(), KD, tick(), "Perdes APBDes " + SyntheticVillage.YEAR));
    return this;
  }

  /** The treasurer records a receipt into the RKD (a Dana Desa tahap when {@code tranche > 0}). */
  public ReceiveRevenue receive(FundSource source, AccountCode account, long sen, int tranche) {
    return emit(new ReceiveRevenue(id(), KAUR, tick(), account, source, Idr.ofSen(sen),
        tranche > 0 ? tranche : null, "rekening koran"));
  }

  /**
   * A receipt whose bank statement came late: posted now, dated {@code backSeconds} earlier, inside
   * the open month (issue 14: back-dated posting; no month is closed in the benchmark's stream).
   */
  public ReceiveRevenue receiveBackDated(FundSource source, AccountCode account, long sen, long backSeconds) {
    return emit(new ReceiveRevenue(id(), KAUR, tick().minusSeconds(backSeconds), account, source, Idr.ofSen(sen), null, "rekening koran (terlambat)"));
  }

  /**
   * An LS payment: the PKA submits, the Sekdes verifies, the Kepala Desa approves, the treasurer pays
   * withholding {@code tax} (if not null) and deposits it at once. Returns the SPP id.
   */
  public OperationId payLs(BudgetItemKey item, long sen, TaxType tax) {
    OperationId spp = submitVerifyApprove(SppType.LS, item, sen, "CV Karya Desa");
    emit(new PaySpp(id(), KAUR, tick(), spp, tax == null ? ImmutableSortedSet.of() : ImmutableSortedSet.of(tax), "transfer"));
    if (tax != null) {
      long withheld = Withholding.taxSen(sen, tax, SyntheticVillage.POLICY);
      if (withheld > 0) {
        emit(new DepositTax(id(), KAUR, tick(), spp, tax, Idr.ofSen(withheld), "NTPN-" + spp.value()));
      }
    }
    return spp;
  }

  /** The treasurer withdraws cash from the RKD into the cash box — <i>mutasi kas</i>, a cheque for small payments. */
  public Operation.MoveCash withdraw(FundSource source, long sen) {
    return emit(new Operation.MoveCash(id(), KAUR, tick(), source, id.smartkampung.core.ledger.CashPlace.CASH, Idr.ofSen(sen), "cek penarikan tunai"));
  }

  /** An LS payment without tax paid in cash from the cash box: submitted, verified, approved, paid. Returns the SPP id. */
  public OperationId payLsInCash(BudgetItemKey item, long sen) {
    OperationId spp = submitVerifyApprove(SppType.LS, item, sen, "warga (tunai)");
    emit(new PaySpp(id(), KAUR, tick(), spp, ImmutableSortedSet.of(), "kuitansi tunai", id.smartkampung.core.ledger.CashPlace.CASH));
    return spp;
  }

  /** The PKP shop of the taxed multi-line SPP. */
  static final id.smartkampung.core.tax.Payee SHOP =
      id.smartkampung.core.tax.Payee.supplier("toko-bangunan", "Toko Bangunan Sumber Jaya", id.smartkampung.core.tax.TaxId.npwp("012345678901000"), true);

  /** A TPK member paid an honorarium (a non-employee; PPh 21 on 50 % of the cumulative gross), one of 40. */
  static id.smartkampung.core.tax.Payee tpk(int k) {
    int i = Math.floorMod(k, 40);
    return id.smartkampung.core.tax.Payee.nonEmployee("tpk-" + i, "Anggota TPK " + i, id.smartkampung.core.tax.TaxId.nik(String.format("35101600000100%02d", i)));
  }

  /**
   * A taxed SPP with lines on a project: materials from a PKP shop (PPN 11/111, PPh 22 on the price
   * without PPN) and a TPK member's honorarium (PPh 21), submitted, verified, approved and paid; then
   * the PPN of the month deposited for this payment (one billing code per tax type and period).
   */
  public OperationId payLined(BudgetItemKey project, long goodsSen, long honorSen, int k) {
    id.smartkampung.core.tax.Payee tpk = tpk(k);
    Operation.SubmitLinedSpp submit = emit(new Operation.SubmitLinedSpp(id(), SyntheticVillage.pkaOf(project), tick(),
        com.google.common.collect.ImmutableList.of(SHOP, tpk),
        com.google.common.collect.ImmutableList.of(
            new Operation.SubmitLinedSpp.Line(project, SHOP.id(), id.smartkampung.core.tax.PurchaseKind.GOODS, Idr.ofSen(goodsSen)),
            new Operation.SubmitLinedSpp.Line(project, tpk.id(), id.smartkampung.core.tax.PurchaseKind.HONORARIUM, Idr.ofSen(honorSen))),
        "SPP material dan honor TPK " + project.kegiatan()));
    emit(new VerifySpp(id(), SEKDES, tick(), submit.id()));
    emit(new ApproveSpp(id(), KD, tick(), submit.id()));
    PaySpp pay = emit(new PaySpp(id(), KAUR, tick(), submit.id(), ImmutableSortedSet.of(), "transfer"));
    java.time.LocalDate paidOn = pay.businessDate();
    id.smartkampung.core.tax.TaxDetermination d = SyntheticVillage.POLICY.taxPolicy().orElseThrow()
        .determine(SHOP, id.smartkampung.core.tax.Purchase.of(id.smartkampung.core.tax.PurchaseKind.GOODS, Idr.ofSen(goodsSen), submit.businessDate()));
    emit(new Operation.DepositTaxPeriod(id(), KAUR, tick(), id.smartkampung.core.tax.Levy.PPN, java.time.YearMonth.from(paidOn),
        d.amount(id.smartkampung.core.tax.Levy.PPN), "KB-" + submit.id().value(), "NTPN-" + submit.id().value()));
    return submit.id();
  }

  /** A panjar (UM): submitted, verified, approved, paid, then accounted for with {@code spentSen} (the rest returned). */
  public OperationId panjar(BudgetItemKey item, long sen, long spentSen) {
    OperationId spp = submitVerifyApprove(SppType.UM, item, sen, SyntheticVillage.pkaOf(item).name());
    emit(new PaySpp(id(), KAUR, tick(), spp, ImmutableSortedSet.of(), "transfer panjar"));
    emit(new SettlePanjar(id(), SyntheticVillage.pkaOf(item), tick(), spp, Idr.ofSen(spentSen), "kuitansi SPJ"));
    return spp;
  }

  private OperationId submitVerifyApprove(SppType type, BudgetItemKey item, long sen, String payee) {
    SubmitSpp submit = emit(new SubmitSpp(id(), SyntheticVillage.pkaOf(item), tick(), type, item, Idr.ofSen(sen), payee, "SPP " + item.kegiatan()));
    emit(new VerifySpp(id(), SEKDES, tick(), submit.id()));
    emit(new ApproveSpp(id(), KD, tick(), submit.id()));
    return submit.id();
  }
}
