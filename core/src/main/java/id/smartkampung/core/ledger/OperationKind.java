package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.official.Role;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The kind of a treasury operation — <i>jenis transaksi</i> — one constant per {@link Operation}
 * record ({@link Operation#kind()}), carrying what is fixed for every operation of the kind: its
 * wire name in the journal, the roles that may take it, whether it is an approval or payment that
 * must be verifiable by signature, whether it carries or moves money, and the steps of the SPP and
 * budget state machines it takes.
 *
 * <p>Code that treats operations differently dispatches with a {@code switch} <em>expression</em>
 * over the kind, without a {@code default} branch: the compiler then checks that every kind is
 * handled, so adding a constant here fails to compile until every such place handles it (the
 * list is in the package documentation).
 *
 * <table>
 *   <caption>The kinds of operation</caption>
 *   <tr><th>kind</th><th>wire name</th><th>roles</th><th>signed</th><th>money</th></tr>
 *   <tr><td>REGISTER_OFFICIAL</td><td>register-official</td><td>Kepala Desa</td><td></td><td></td></tr>
 *   <tr><td>DRAFT_BUDGET</td><td>draft-budget</td><td>Sekretaris Desa</td><td></td><td></td></tr>
 *   <tr><td>AGREE_BUDGET</td><td>agree-budget</td><td>Kepala Desa</td><td></td><td></td></tr>
 *   <tr><td>EVALUATE_BUDGET</td><td>evaluate-budget</td><td>evaluator kabupaten</td><td></td><td></td></tr>
 *   <tr><td>ENACT_BUDGET</td><td>enact-budget</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>DRAFT_REVISION</td><td>draft-revision</td><td>Sekretaris Desa</td><td></td><td></td></tr>
 *   <tr><td>RECEIVE_REVENUE</td><td>receive-revenue</td><td>Kaur Keuangan</td><td></td><td>yes</td></tr>
 *   <tr><td>SUBMIT_SPP</td><td>submit-spp</td><td>PKA</td><td></td><td>yes</td></tr>
 *   <tr><td>VERIFY_SPP</td><td>verify-spp</td><td>Sekretaris Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>APPROVE_SPP</td><td>approve-spp</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>REJECT_SPP</td><td>reject-spp</td><td>Sekretaris Desa, Kepala Desa</td><td></td><td></td></tr>
 *   <tr><td>CANCEL_SPP</td><td>cancel-spp</td><td>the submitter, Kepala Desa</td><td></td><td></td></tr>
 *   <tr><td>PAY_SPP</td><td>pay-spp</td><td>Kaur Keuangan</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>SETTLE_PANJAR</td><td>settle-panjar</td><td>PKA</td><td></td><td>yes</td></tr>
 *   <tr><td>DEPOSIT_TAX</td><td>deposit-tax</td><td>Kaur Keuangan</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>REVERSE_RECEIPT</td><td>reverse-receipt</td><td>Kaur Keuangan</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>REVERSE_PAYMENT</td><td>reverse-payment</td><td>Kaur Keuangan</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>CLOSE_YEAR</td><td>close-year</td><td>Kaur Keuangan</td><td></td><td></td></tr>
 *   <tr><td>SUBMIT_FINANCING_SPP</td><td>submit-financing-spp</td><td>PKA</td><td></td><td>yes</td></tr>
 *   <tr><td>CLOSE_MONTH</td><td>close-month</td><td>Kaur Keuangan</td><td></td><td></td></tr>
 *   <tr><td>SUBMIT_LINED_SPP</td><td>submit-lined-spp</td><td>PKA</td><td></td><td>yes</td></tr>
 *   <tr><td>DEPOSIT_TAX_PERIOD</td><td>deposit-tax-period</td><td>Kaur Keuangan</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>RETURN_BUDGET</td><td>return-budget</td><td>evaluator kabupaten</td><td></td><td></td></tr>
 *   <tr><td>CORRECT_BUDGET</td><td>correct-budget</td><td>Kepala Desa</td><td></td><td></td></tr>
 *   <tr><td>ENACT_DEEMED_BUDGET</td><td>enact-deemed-budget</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>SHIFT_BUDGET</td><td>shift-budget</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>ADD_LATE_GRANT</td><td>add-late-grant</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>SPEND_EMERGENCY</td><td>spend-emergency</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>CANCEL_BUDGET</td><td>cancel-budget</td><td>evaluator kabupaten</td><td>yes</td><td></td></tr>
 *   <tr><td>RECORD_KDMP_CHANNELLING</td><td>record-kdmp-channelling</td><td>Kaur Keuangan</td><td></td><td>yes</td></tr>
 *   <tr><td>MOVE_CASH</td><td>move-cash</td><td>Kaur Keuangan</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>CHANGE_BLT_LIST</td><td>change-blt-list</td><td>Kepala Desa</td><td>yes</td><td></td></tr>
 *   <tr><td>SUBMIT_BLT_SPP</td><td>submit-blt-spp</td><td>PKA</td><td></td><td>yes</td></tr>
 *   <tr><td>ACCOUNT_PANJAR</td><td>account-panjar</td><td>PKA</td><td></td><td>yes</td></tr>
 *   <tr><td>OPEN_YEAR</td><td>open-year</td><td>Kaur Keuangan</td><td></td><td>yes</td></tr>
 *   <tr><td>RECORD_BANK_INTEREST</td><td>record-bank-interest</td><td>Kaur Keuangan</td><td></td><td>yes</td></tr>
 *   <tr><td>RECORD_BANK_FEE</td><td>record-bank-fee</td><td>Kaur Keuangan</td><td></td><td>yes</td></tr>
 * </table>
 *
 * The roles of the SPP and budget steps are those of their tables ({@link SppStep}, {@link
 * ApbdesLifecycle.Transition}), which say which role at which status; the others are declared here.
 */
public enum OperationKind {
  /** {@link Operation.RegisterOfficial}: <i>penetapan perangkat</i>. */
  REGISTER_OFFICIAL("register-official", Operation.RegisterOfficial.class, Role.KEPALA_DESA, false, false),
  /** {@link Operation.DraftBudget}: <i>penyusunan RAPBDes</i>. */
  DRAFT_BUDGET("draft-budget", Operation.DraftBudget.class, ApbdesLifecycle.Transition.DRAFT, false),
  /** {@link Operation.AgreeBudget}: <i>kesepakatan bersama</i>. */
  AGREE_BUDGET("agree-budget", Operation.AgreeBudget.class, ApbdesLifecycle.Transition.AGREE, false),
  /** {@link Operation.EvaluateBudget}: <i>evaluasi Bupati</i>. */
  EVALUATE_BUDGET("evaluate-budget", Operation.EvaluateBudget.class, ApbdesLifecycle.Transition.EVALUATE, false),
  /** {@link Operation.EnactBudget}: <i>penetapan APBDes</i>; signed. */
  ENACT_BUDGET("enact-budget", Operation.EnactBudget.class, ApbdesLifecycle.Transition.ENACT, true),
  /** {@link Operation.DraftRevision}: <i>perubahan APBDes</i>. */
  DRAFT_REVISION("draft-revision", Operation.DraftRevision.class, ApbdesLifecycle.Transition.DRAFT_REVISION, false),
  /** {@link Operation.ReceiveRevenue}: <i>penerimaan</i>; moves money. */
  RECEIVE_REVENUE("receive-revenue", Operation.ReceiveRevenue.class, Role.KAUR_KEUANGAN, false, true),
  /** {@link Operation.SubmitSpp}: <i>pengajuan SPP</i>; reserves money. */
  SUBMIT_SPP("submit-spp", Operation.SubmitSpp.class, false, true, SppStep.SUBMIT),
  /** {@link Operation.VerifySpp}: <i>verifikasi SPP</i>; signed. */
  VERIFY_SPP("verify-spp", Operation.VerifySpp.class, true, false, SppStep.VERIFY),
  /** {@link Operation.ApproveSpp}: <i>persetujuan SPP</i>; signed. */
  APPROVE_SPP("approve-spp", Operation.ApproveSpp.class, true, false, SppStep.APPROVE),
  /** {@link Operation.RejectSpp}: <i>penolakan SPP</i>, at verification or at approval. */
  REJECT_SPP("reject-spp", Operation.RejectSpp.class, false, false, SppStep.REJECT_AT_VERIFICATION, SppStep.REJECT_AT_APPROVAL),
  /** {@link Operation.CancelSpp}: <i>pembatalan SPP</i>, by the submitter or the Kepala Desa. */
  CANCEL_SPP("cancel-spp", Operation.CancelSpp.class, false, false, SppStep.CANCEL_BY_SUBMITTER, SppStep.CANCEL_BY_KEPALA_DESA),
  /** {@link Operation.PaySpp}: <i>pembayaran</i>; signed, moves money. */
  PAY_SPP("pay-spp", Operation.PaySpp.class, true, true, SppStep.PAY),
  /** {@link Operation.SettlePanjar}: <i>SPJ panjar</i>; moves money. */
  SETTLE_PANJAR("settle-panjar", Operation.SettlePanjar.class, false, true, SppStep.SETTLE),
  /** {@link Operation.DepositTax}: <i>penyetoran pajak</i>; signed, moves money. */
  DEPOSIT_TAX("deposit-tax", Operation.DepositTax.class, Role.KAUR_KEUANGAN, true, true),
  /** {@link Operation.ReverseReceipt}: <i>koreksi penerimaan</i>; signed, moves money. */
  REVERSE_RECEIPT("reverse-receipt", Operation.ReverseReceipt.class, Role.KAUR_KEUANGAN, true, true),
  /** {@link Operation.ReversePayment}: <i>koreksi pembayaran</i>; signed, moves money. */
  REVERSE_PAYMENT("reverse-payment", Operation.ReversePayment.class, true, true, SppStep.REVERSE_PAYMENT),
  /** {@link Operation.CloseYear}: <i>tutup buku</i>. */
  CLOSE_YEAR("close-year", Operation.CloseYear.class, Role.KAUR_KEUANGAN, false, false),
  /** {@link Operation.SubmitFinancingSpp}: <i>pengajuan SPP pengeluaran pembiayaan</i> (6.2.x); reserves money. */
  SUBMIT_FINANCING_SPP("submit-financing-spp", Operation.SubmitFinancingSpp.class, false, true, SppStep.SUBMIT),
  /** {@link Operation.CloseMonth}: <i>tutup buku bulanan</i>, with the cash count. */
  CLOSE_MONTH("close-month", Operation.CloseMonth.class, Role.KAUR_KEUANGAN, false, false),
  /** {@link Operation.SubmitLinedSpp}: <i>pengajuan SPP LS dengan beberapa rincian</i>; reserves money. */
  SUBMIT_LINED_SPP("submit-lined-spp", Operation.SubmitLinedSpp.class, false, true, SppStep.SUBMIT),
  /** {@link Operation.DepositTaxPeriod}: <i>penyetoran pajak per masa</i>; signed, moves money. */
  DEPOSIT_TAX_PERIOD("deposit-tax-period", Operation.DepositTaxPeriod.class, Role.KAUR_KEUANGAN, true, true),
  /** {@link Operation.ReturnBudget}: <i>hasil evaluasi tidak sesuai</i> (Pasal 35(5)). */
  RETURN_BUDGET("return-budget", Operation.ReturnBudget.class, ApbdesLifecycle.Transition.EVALUATE_NEGATIVE, false),
  /** {@link Operation.CorrectBudget}: <i>penyempurnaan</i> (Pasal 35(5)); of a cancelled Perdes (Pasal 36) the transition CORRECT_CANCELLED, same role. */
  CORRECT_BUDGET("correct-budget", Operation.CorrectBudget.class, ApbdesLifecycle.Transition.CORRECT, false),
  /** {@link Operation.EnactDeemedBudget}: <i>berlaku dengan sendirinya</i> (Pasal 35(3)); signed. */
  ENACT_DEEMED_BUDGET("enact-deemed-budget", Operation.EnactDeemedBudget.class, ApbdesLifecycle.Transition.ENACT_DEEMED, true),
  /** {@link Operation.ShiftBudget}: <i>pergeseran anggaran</i> by Perkades; signed. */
  SHIFT_BUDGET("shift-budget", Operation.ShiftBudget.class, ApbdesLifecycle.Transition.SHIFT, true),
  /** {@link Operation.AddLateGrant}: <i>bantuan keuangan/hibah</i> after the perubahan, by Perkades; signed. */
  ADD_LATE_GRANT("add-late-grant", Operation.AddLateGrant.class, ApbdesLifecycle.Transition.LATE_GRANT, true),
  /** {@link Operation.SpendEmergency}: <i>belanja tak terduga</i> for an emergency, by Perkades; signed. */
  SPEND_EMERGENCY("spend-emergency", Operation.SpendEmergency.class, ApbdesLifecycle.Transition.EMERGENCY, true),
  /** {@link Operation.CancelBudget}: <i>pembatalan Perdes APB Desa</i> by Keputusan Bupati (Pasal 36); signed. */
  CANCEL_BUDGET("cancel-budget", Operation.CancelBudget.class, ApbdesLifecycle.Transition.CANCEL, true),
  /**
   * {@link Operation.RecordKdmpChannelling}: <i>penyaluran Dana Desa KDMP</i> outside the village
   * treasury (PMK 7/2026 pasal 26); carries money (revenue and financing outflow), moves no cash.
   */
  RECORD_KDMP_CHANNELLING("record-kdmp-channelling", Operation.RecordKdmpChannelling.class, Role.KAUR_KEUANGAN, false, true),
  /** {@link Operation.MoveCash}: <i>mutasi kas</i> between the RKD and the cash box; signed (the RKD's specimen signatures, Pasal 43(2)), moves money. */
  MOVE_CASH("move-cash", Operation.MoveCash.class, Role.KAUR_KEUANGAN, true, true),
  /** {@link Operation.ChangeBltList}: <i>penetapan/perubahan daftar KPM BLT Desa</i> by Perkades; signed. */
  CHANGE_BLT_LIST("change-blt-list", Operation.ChangeBltList.class, Role.KEPALA_DESA, true, false),
  /** {@link Operation.SubmitBltSpp}: <i>pengajuan SPP BLT Dana Desa</i> per KPM-bulan; reserves money. */
  SUBMIT_BLT_SPP("submit-blt-spp", Operation.SubmitBltSpp.class, false, true, SppStep.SUBMIT),
  /** {@link Operation.AccountPanjar}: <i>SPJ panjar</i>, partial or final, with receipts and their taxes; moves money. */
  ACCOUNT_PANJAR("account-panjar", Operation.AccountPanjar.class, false, true, SppStep.SETTLE),
  /** {@link Operation.OpenYear}: <i>saldo awal</i> — SiLPA per fund source and DPAL from the previous close; moves money. */
  OPEN_YEAR("open-year", Operation.OpenYear.class, Role.KAUR_KEUANGAN, false, true),
  /** {@link Operation.RecordBankInterest}: <i>bunga bank</i> credited gross with the final tax the bank withheld; moves money. */
  RECORD_BANK_INTEREST("record-bank-interest", Operation.RecordBankInterest.class, Role.KAUR_KEUANGAN, false, true),
  /** {@link Operation.RecordBankFee}: <i>biaya administrasi bank</i> debited by the bank, realised on a budget item; moves money. */
  RECORD_BANK_FEE("record-bank-fee", Operation.RecordBankFee.class, Role.KAUR_KEUANGAN, false, true);

  private static final ImmutableMap<String, OperationKind> BY_WIRE;

  static {
    ImmutableMap.Builder<String, OperationKind> b = ImmutableMap.builder();
    for (OperationKind k : values()) {
      b.put(k.wire, k);
    }
    BY_WIRE = b.buildOrThrow();
  }

  private final String wire;
  private final Class<? extends Operation> type;
  private final ImmutableSet<Role> roles;
  private final boolean signed;
  private final boolean money;
  /** The SPP steps the kind takes, as an array: the ledger's check iterates it without allocating. */
  final SppStep[] steps;
  /** The budget step the kind takes, or null. */
  final ApbdesLifecycle.Transition transition;
  /**
   * The one role that takes every operation of the kind, which the ledger checks before anything
   * else; null where the role depends on the SPP's status or person (reject, cancel).
   */
  final Role role;

  /** A kind outside both state machines, taken by one role. */
  OperationKind(String wire, Class<? extends Operation> type, Role role, boolean signed, boolean money) {
    this(wire, type, Sets.immutableEnumSet(role), signed, money, new SppStep[0], null);
  }

  /** A step of the budget lifecycle. */
  OperationKind(String wire, Class<? extends Operation> type, ApbdesLifecycle.Transition transition, boolean signed) {
    this(wire, type, Sets.immutableEnumSet(transition.role()), signed, false, new SppStep[0], transition);
  }

  /** A step (or alternative steps) of the SPP state machine. */
  OperationKind(String wire, Class<? extends Operation> type, boolean signed, boolean money, SppStep... steps) {
    this(wire, type, rolesOf(steps), signed, money, steps, null);
  }

  OperationKind(
      String wire, Class<? extends Operation> type, ImmutableSet<Role> roles, boolean signed, boolean money, SppStep[] steps, ApbdesLifecycle.Transition transition) {
    this.wire = wire;
    this.type = type;
    this.roles = roles;
    this.signed = signed;
    this.money = money;
    this.steps = steps;
    this.transition = transition;
    this.role = steps.length > 1 ? null : steps.length == 1 ? steps[0].role : roles.iterator().next();
  }

  /** The roles of the steps; the submitter's own step (any role) adds none. */
  private static ImmutableSet<Role> rolesOf(SppStep... steps) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (SppStep s : steps) {
      s.role().ifPresent(roles::add);
    }
    return Sets.immutableEnumSet(roles);
  }

  /**
   * The name of the kind in the journal (the event's {@code "type"}, e.g. {@code "pay-spp"}) and in
   * the signed canonical bytes; never changes, so that old journals replay and old signatures verify.
   */
  public String wireName() {
    return wire;
  }

  /** The kind of that wire name, e.g. {@link #PAY_SPP} for {@code "pay-spp"}; empty if none. */
  public static Optional<OperationKind> ofWireName(String wireName) {
    return Optional.ofNullable(BY_WIRE.get(requireNonNull(wireName, "wireName")));
  }

  /** The record type of operations of this kind. */
  public Class<? extends Operation> type() {
    return type;
  }

  /**
   * The roles that may take an operation of this kind. For SPP and budget steps, which of them at
   * which status is the step's table ({@link #sppSteps()}, {@link #budgetTransition()}); the
   * submitter's own cancellation ({@link SppStep#CANCEL_BY_SUBMITTER}) is open to the submitter in
   * any role and adds none. The district evaluator is not a registered official of the village.
   */
  public ImmutableSet<Role> roles() {
    return roles;
  }

  /**
   * Whether it is an approval or payment (<i>persetujuan dan pembayaran</i>): enactment of the budget,
   * verification and approval of an SPP, payment, tax deposit and the reversal of a receipt or
   * payment. Taken by an official without a registered key, no one can verify offline who took it:
   * the journal warns ({@code I7.signature-unverifiable}).
   */
  public boolean needsSignature() {
    return signed;
  }

  /**
   * Whether it carries or moves money of the year — a receipt, an SPP's reservation, a payment, an
   * SPJ, a tax deposit, a reversal — and so must be dated within the fiscal year (I4).
   */
  public boolean movesMoney() {
    return money;
  }

  /** The SPP steps this kind takes, in the order of {@link SppStep}; empty outside the SPP state machine. */
  public ImmutableList<SppStep> sppSteps() {
    return ImmutableList.copyOf(steps);
  }

  /** The step of the budget lifecycle this kind takes; empty outside it. */
  public Optional<ApbdesLifecycle.Transition> budgetTransition() {
    return Optional.ofNullable(transition);
  }
}
