package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PurchaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happens in the village treasury — <i>transaksi penatausahaan</i> — as a small
 * immutable record: who ({@link #actor()}, a person in a role), when ({@link #at()}; the business
 * date is {@code at} in {@code Asia/Jakarta}) and under which id ({@link #id()}, for idempotency,
 * I8). A {@link Ledger} checks each against every rule and accepts or rejects it as a whole.
 *
 * <p>The records hold exactly what was asked, never derived state, so they can be written to a
 * journal and replayed on a fresh ledger to the same state. Constructors reject only malformed
 * values (null, a negative tranche number); anything that breaks a rule of village finance is
 * reported by the ledger as a finding with its rule code.
 */
@Api(Api.Status.STABLE)
public sealed interface Operation {
  /**
   * The time zone of a business date where none is given: western Indonesia (WIB). A ledger dates
   * operations in its village's zone ({@link Ledger#zone()}: WIB, WITA or WIT by province, or as the
   * book's header says); a book written before zones were recorded is in this zone.
   */
  ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  /** The operation's id; never null. */
  OperationId id();

  /** Who acts, in which role; never null. */
  Official actor();

  /** When it happened; never null. */
  Instant at();

  /**
   * The kind of operation: its wire name, the roles that may take it, its flags and steps; a
   * constant for each record type. Dispatch on it with a {@code switch} expression (no {@code
   * default}), which the compiler checks covers every kind.
   */
  OperationKind kind();

  /** The business date in {@code Asia/Jakarta} ({@link #ZONE}): {@link #at()} there. */
  default LocalDate businessDate() {
    return LocalDate.ofInstant(at(), ZONE);
  }

  /** The business date in the village's time zone: {@link #at()} there. */
  default LocalDate businessDate(ZoneId zone) {
    return LocalDate.ofInstant(at(), zone);
  }

  /**
   * The Kepala Desa registers an official — <i>penetapan perangkat / PPKD</i> — with their duties:
   * the kegiatan a PKA (Kasi/Kaur pelaksana kegiatan) implements, and optionally their Ed25519
   * public key (X.509 encoding, Base64) for signed approvals. Registering the same person again
   * replaces the registration. The very first registration of a village is the Kepala Desa
   * registering themselves.
   *
   * @param publicKey the official's Ed25519 public key (X.509 encoding, Base64); null when no key
   *     is registered
   */
  record RegisterOfficial(
      OperationId id, Official actor, Instant at, Official official, ImmutableSortedSet<KegiatanCode> kegiatan, @Nullable String publicKey)
      implements Operation {
    public RegisterOfficial {
      common(id, actor, at);
      requireNonNull(official, "official");
      kegiatan = ImmutableSortedSet.copyOf(requireNonNull(kegiatan, "kegiatan"));
    }

    @Override
    public OperationKind kind() {
      return OperationKind.REGISTER_OFFICIAL;
    }

    /** A registration without key. */
    public static RegisterOfficial of(OperationId id, Official actor, Instant at, Official official, Collection<KegiatanCode> kegiatan) {
      return new RegisterOfficial(id, actor, at, official, ImmutableSortedSet.copyOf(kegiatan), null);
    }
  }

  /** The Sekretaris Desa drafts the budget — <i>penyusunan RAPBDes</i>. */
  record DraftBudget(OperationId id, Official actor, Instant at, Apbdes budget, String reference) implements Operation {
    public DraftBudget {
      common(id, actor, at);
      requireNonNull(budget, "budget");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.DRAFT_BUDGET;
    }
  }

  /** The Kepala Desa and the BPD agree the current version — <i>kesepakatan bersama</i>. */
  record AgreeBudget(OperationId id, Official actor, Instant at, String reference) implements Operation {
    public AgreeBudget {
      common(id, actor, at);
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.AGREE_BUDGET;
    }
  }

  /** The district evaluates the agreed version — <i>evaluasi Bupati</i>. */
  record EvaluateBudget(OperationId id, Official actor, Instant at, String reference) implements Operation {
    public EvaluateBudget {
      common(id, actor, at);
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.EVALUATE_BUDGET;
    }
  }

  /**
   * The Kepala Desa enacts the evaluated version by Perdes — <i>penetapan APBDes</i>; for the
   * revision, no item may fall below what is already committed or realised (I4).
   */
  record EnactBudget(OperationId id, Official actor, Instant at, String reference) implements Operation {
    public EnactBudget {
      common(id, actor, at);
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.ENACT_BUDGET;
    }
  }

  /** The Sekretaris Desa drafts the one revision of the year — <i>perubahan APBDes</i>. */
  record DraftRevision(OperationId id, Official actor, Instant at, Apbdes budget, String reference) implements Operation {
    public DraftRevision {
      common(id, actor, at);
      requireNonNull(budget, "budget");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.DRAFT_REVISION;
    }
  }

  /**
   * The Kaur Keuangan records revenue into the village cash account (RKD) — <i>penerimaan</i>: a
   * revenue account (4.x) or a financing receipt (6.1.x, e.g. SiLPA), its fund source, the amount,
   * the Dana Desa tranche (<i>tahap</i>) where it is one, the bank reference, and where the money
   * comes in ({@link CashPlace}: by transfer to the RKD, or in cash to the cash box, e.g. a market
   * levy collected in cash). Allowed before the budget is enacted.
   *
   * <p>A receipt of Dana Desa may say which part of Dana Desa it is ({@link #part()}, a code of the
   * year's {@link id.smartkampung.core.policy.PolicyPack#danaDesaParts()}: 2024–2025 {@code
   * EARMARKED} / {@code NON_EARMARKED}, PMK 145/2023 and PMK 108/2024 pasal 22; 2026 {@code
   * REGULER}, PMK 7/2026); its tranche is then a tranche of that part. A receipt without a part (all
   * journals written before parts existed) keeps its meaning: Dana Desa of the pack's single tranche
   * schedule. A part that never passes the village treasury (2026: KDMP) is never received into the
   * RKD; it is recorded by {@link RecordKdmpChannelling}.
   *
   * @param tranche the Dana Desa tranche (<i>tahap</i>, from 1); null when the receipt is not one
   * @param part the code of the part of Dana Desa; null when the receipt names no part
   */
  record ReceiveRevenue(
      OperationId id,
      Official actor,
      Instant at,
      AccountCode account,
      FundSource fundSource,
      Money amount,
      @Nullable Integer tranche,
      @Nullable String part,
      String reference,
      CashPlace place)
      implements Operation {
    public ReceiveRevenue {
      common(id, actor, at);
      requireNonNull(account, "account");
      requireNonNull(fundSource, "fundSource");
      requireNonNull(amount, "amount");
      requireNonNull(reference, "reference");
      requireNonNull(place, "place");
    }

    /** A receipt into the bank account (RKD), by transfer ({@link CashPlace#BANK}), naming no part of Dana Desa (as every receipt before parts and places existed). */
    public ReceiveRevenue(
        OperationId id, Official actor, Instant at, AccountCode account, FundSource fundSource, Money amount, @Nullable Integer tranche, String reference) {
      this(id, actor, at, account, fundSource, amount, tranche, null, reference, CashPlace.BANK);
    }

    /** A receipt naming no part of Dana Desa, into the given place. */
    public ReceiveRevenue(
        OperationId id, Official actor, Instant at, AccountCode account, FundSource fundSource, Money amount, @Nullable Integer tranche, String reference,
        CashPlace place) {
      this(id, actor, at, account, fundSource, amount, tranche, null, reference, place);
    }

    /** A receipt into the bank account (RKD), by transfer, naming its part of Dana Desa (or none). */
    public ReceiveRevenue(
        OperationId id, Official actor, Instant at, AccountCode account, FundSource fundSource, Money amount, @Nullable Integer tranche, @Nullable String part,
        String reference) {
      this(id, actor, at, account, fundSource, amount, tranche, part, reference, CashPlace.BANK);
    }

    /** A receipt of one tranche of one part of Dana Desa (DDS), e.g. part {@code NON_EARMARKED}, tranche 1. */
    public static ReceiveRevenue ofPart(
        OperationId id, Official actor, Instant at, AccountCode account, Money amount, String part, int tranche, String reference) {
      return new ReceiveRevenue(id, actor, at, account, FundSource.DDS, amount, tranche, requireNonNull(part, "part"), reference, CashPlace.BANK);
    }

    @Override
    public OperationKind kind() {
      return OperationKind.RECEIVE_REVENUE;
    }
  }

  /**
   * The PKA of the kegiatan submits a payment request — <i>pengajuan SPP</i> — for one budget item,
   * of type LS (to a payee) or UM (panjar). The amount is reserved against the item at once (I5).
   */
  record SubmitSpp(
      OperationId id, Official actor, Instant at, SppType type, BudgetItemKey item, Money amount, String payee, String description)
      implements Operation {
    public SubmitSpp {
      common(id, actor, at);
      requireNonNull(type, "type");
      requireNonNull(item, "item");
      requireNonNull(amount, "amount");
      requireNonNull(payee, "payee");
      requireNonNull(description, "description");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SUBMIT_SPP;
    }
  }

  /** The Sekretaris Desa verifies a submitted SPP — <i>verifikasi SPP</i>. */
  record VerifySpp(OperationId id, Official actor, Instant at, OperationId spp) implements Operation {
    public VerifySpp {
      common(id, actor, at);
      requireNonNull(spp, "spp");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.VERIFY_SPP;
    }
  }

  /** The Kepala Desa approves a verified SPP — <i>persetujuan SPP</i>. */
  record ApproveSpp(OperationId id, Official actor, Instant at, OperationId spp) implements Operation {
    public ApproveSpp {
      common(id, actor, at);
      requireNonNull(spp, "spp");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.APPROVE_SPP;
    }
  }

  /**
   * The Sekretaris Desa (at verification) or the Kepala Desa (at approval) rejects an SPP with a
   * reason — <i>penolakan SPP</i>; the reservation is released.
   */
  record RejectSpp(OperationId id, Official actor, Instant at, OperationId spp, String reason) implements Operation {
    public RejectSpp {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      requireNonNull(reason, "reason");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.REJECT_SPP;
    }
  }

  /**
   * The submitting PKA or the Kepala Desa withdraws an SPP before it is paid — <i>pembatalan SPP</i>;
   * the reservation is released.
   */
  record CancelSpp(OperationId id, Official actor, Instant at, OperationId spp, String reason) implements Operation {
    public CancelSpp {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      requireNonNull(reason, "reason");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.CANCEL_SPP;
    }
  }

  /**
   * The Kaur Keuangan pays an approved SPP from the RKD — <i>pembayaran</i> — withholding the listed
   * taxes on an LS payment at the policy pack's rates (none on a panjar). The cash of the item's
   * fund source, less tax already withheld and owed, must cover the gross (I6); the payment leaves
   * the {@link CashPlace} it names (by transfer from the RKD, or in cash from the cash box), whose
   * balance must cover what leaves it at the payment's date and every later date ({@code
   * I6.cash-place-negative}); the tax withheld stays there until it is deposited.
   */
  record PaySpp(OperationId id, Official actor, Instant at, OperationId spp, ImmutableSortedSet<TaxType> withhold, String reference, CashPlace place)
      implements Operation {
    public PaySpp {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      withhold = ImmutableSortedSet.copyOf(requireNonNull(withhold, "withhold"));
      requireNonNull(reference, "reference");
      requireNonNull(place, "place");
    }

    /** A payment by transfer from the bank account (RKD): {@link CashPlace#BANK}. */
    public PaySpp(OperationId id, Official actor, Instant at, OperationId spp, ImmutableSortedSet<TaxType> withhold, String reference) {
      this(id, actor, at, spp, withhold, reference, CashPlace.BANK);
    }

    @Override
    public OperationKind kind() {
      return OperationKind.PAY_SPP;
    }
  }

  /**
   * The PKA accounts for a paid panjar with receipts — <i>SPJ panjar</i>: {@code spent} becomes
   * realised spending, the rest of the advance is returned to the RKD (<i>pengembalian sisa
   * panjar</i>).
   */
  record SettlePanjar(OperationId id, Official actor, Instant at, OperationId spp, Money spent, String receipts) implements Operation {
    public SettlePanjar {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      requireNonNull(spent, "spent");
      requireNonNull(receipts, "receipts");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SETTLE_PANJAR;
    }
  }

  /**
   * The Kaur Keuangan deposits tax withheld on one payment to the state treasury — <i>penyetoran
   * pajak</i>, with its NTPN; due by the pack's day of the next month (PMK 81/2024).
   */
  record DepositTax(OperationId id, Official actor, Instant at, OperationId spp, TaxType tax, Money amount, String ntpn)
      implements Operation {
    public DepositTax {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      requireNonNull(tax, "tax");
      requireNonNull(amount, "amount");
      requireNonNull(ntpn, "ntpn");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.DEPOSIT_TAX;
    }
  }

  /** The Kaur Keuangan reverses a receipt — <i>koreksi penerimaan</i>; the receipt stays in history. */
  record ReverseReceipt(OperationId id, Official actor, Instant at, OperationId receipt, String reason) implements Operation {
    public ReverseReceipt {
      common(id, actor, at);
      requireNonNull(receipt, "receipt");
      requireNonNull(reason, "reason");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.REVERSE_RECEIPT;
    }
  }

  /**
   * The Kaur Keuangan reverses a payment — <i>koreksi pembayaran</i>: an LS payment with no tax
   * deposited yet, or an unsettled panjar; the money is back in the RKD and the SPP is final.
   */
  record ReversePayment(OperationId id, Official actor, Instant at, OperationId spp, String reason) implements Operation {
    public ReversePayment {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      requireNonNull(reason, "reason");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.REVERSE_PAYMENT;
    }
  }

  /**
   * The Kaur Keuangan closes the books of the year — <i>tutup buku</i>: SiLPA per fund source is
   * fixed; refused while a panjar is outstanding or an SPP pending; nothing is posted after.
   */
  record CloseYear(OperationId id, Official actor, Instant at) implements Operation {
    public CloseYear {
      common(id, actor, at);
    }

    @Override
    public OperationKind kind() {
      return OperationKind.CLOSE_YEAR;
    }
  }

  private static void common(OperationId id, Official actor, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
  }

  /**
   * A payment request for a financing expenditure — <i>SPP pengeluaran pembiayaan</i> (6.2.x:
   * penyertaan modal desa to the BUMDes, the food-security and cooperative contributions booked
   * to 6.2.2, pembentukan dana cadangan 6.2.1; Permendagri 20/2018 lampiran, kode rekening 6.2) —
   * for one financing item of the enacted budget, paid directly (LS) to the payee. It takes the
   * same steps as any SPP: submitted by a Kasi/Kaur (PKA), verified by the Sekretaris Desa,
   * approved by the Kepala Desa, paid by the Kaur Keuangan ({@link VerifySpp}, {@link ApproveSpp},
   * {@link PaySpp}, {@link RejectSpp}, {@link CancelSpp}, {@link ReversePayment} refer to it by
   * its id); the amount is reserved against the item at once (I5) and paid from the item's fund
   * source (I6). No tax is withheld on it.
   */
  record SubmitFinancingSpp(
      OperationId id, Official actor, Instant at, FinancingItemKey item, Money amount, String payee, String description)
      implements Operation {
    public SubmitFinancingSpp {
      common(id, actor, at);
      requireNonNull(item, "item");
      requireNonNull(amount, "amount");
      requireNonNull(payee, "payee");
      requireNonNull(description, "description");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SUBMIT_FINANCING_SPP;
    }
  }
  /**
   * A payment request with several lines — <i>SPP LS dengan beberapa rincian</i>, as treasurers
   * make them: a siltap payroll for all perangkat, RT/RW incentives for dozens of people, one
   * activity's several budget lines. Each {@link Line} names its budget item, its payee (by the
   * payee's id in {@code payees}, the payee register entries this SPP uses, carried here so that
   * the journal is self-contained — each with the <em>kind</em> of its tax id only (NPWP, NIK or
   * none, what the taxes depend on), never the number, which stays in the village's register: the
   * journal is public, UU 27/2022), what it buys and the amount paid (PPN included where a PKP
   * charges it). Always LS. The ledger reserves each line against its item (I5) at once and
   * determines every line's taxes at submission by the year's tax rules ({@link
   * id.smartkampung.core.tax.TaxPolicy#determine}); they are withheld at payment ({@link PaySpp}
   * with no {@code withhold} types) and deposited per tax and period ({@link DepositTaxPeriod}).
   * It takes the same steps as any SPP.
   */
  record SubmitLinedSpp(OperationId id, Official actor, Instant at, ImmutableList<Payee> payees, ImmutableList<Line> lines, String description)
      implements Operation {
    public SubmitLinedSpp {
      common(id, actor, at);
      payees = requireNonNull(payees, "payees").stream().map(Payee::withoutTaxNumber).collect(ImmutableList.toImmutableList());
      lines = ImmutableList.copyOf(requireNonNull(lines, "lines"));
      requireNonNull(description, "description");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SUBMIT_LINED_SPP;
    }

    /** The payee of that id among {@link #payees()}, or null. */
    public Payee payee(String payeeId) {
      for (Payee p : payees) {
        if (p.id().equals(payeeId)) {
          return p;
        }
      }
      return null;
    }

    /** The gross of all lines (the SPP's amount). */
    public Money amount() {
      Money sum = Idr.ZERO;
      for (Line l : lines) {
        sum = sum.add(l.amount());
      }
      return sum;
    }

    /**
     * One line — <i>rincian SPP</i>: the budget item, the payee's id, what is bought and the amount
     * paid (PPN included where a PKP charges it).
     */
    public record Line(BudgetItemKey item, String payee, PurchaseKind purchase, Money amount) {
      public Line {
        requireNonNull(item, "item");
        requireNonNull(payee, "payee");
        requireNonNull(purchase, "purchase");
        requireNonNull(amount, "amount");
      }
    }
  }

  /**
   * The Kaur Keuangan deposits tax of one type and tax period — <i>penyetoran pajak per masa</i>,
   * one billing code and one NTPN covering many withholdings of that type and month, in full or in
   * part; never more than is still owed for the period (I10). For the taxes of {@link
   * SubmitLinedSpp}; the taxes of an old single-line SPP are deposited per SPP ({@link DepositTax}).
   */
  record DepositTaxPeriod(OperationId id, Official actor, Instant at, Levy levy, YearMonth period, Money amount, String billingCode, String ntpn)
      implements Operation {
    public DepositTaxPeriod {
      common(id, actor, at);
      requireNonNull(levy, "levy");
      requireNonNull(period, "period");
      requireNonNull(amount, "amount");
      requireNonNull(billingCode, "billingCode");
      requireNonNull(ntpn, "ntpn");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.DEPOSIT_TAX_PERIOD;
    }
  }

  /**
   * The Kaur Keuangan closes the books of a month — <i>tutup buku bulanan</i> (Permendagri 20/2018
   * Pasal 63: the treasurer records every receipt and payment in the BKU and closes the books at
   * the end of every month, accounting to the Sekretaris Desa by the 10th of the next month) — with
   * the cash on hand counted in the cash box (<i>kas tunai</i>, the <i>berita acara pemeriksaan
   * kas</i>). Closing a month closes every earlier month of the year too. Nothing is posted into a
   * closed month afterwards; a correction is a reversing entry in the open month.
   */
  record CloseMonth(OperationId id, Official actor, Instant at, YearMonth month, Money cashCounted, String reference) implements Operation {
    public CloseMonth {
      common(id, actor, at);
      requireNonNull(month, "month");
      requireNonNull(cashCounted, "cashCounted");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.CLOSE_MONTH;
    }
  }

  /**
   * The district evaluates the agreed version negatively and returns it for correction — <i>hasil
   * evaluasi tidak sesuai</i> (Permendagri 20/2018 Pasal 35(5)); {@code reference} is the evaluation
   * letter (Keputusan Bupati/Walikota).
   */
  record ReturnBudget(OperationId id, Official actor, Instant at, String reference) implements Operation {
    public ReturnBudget {
      common(id, actor, at);
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.RETURN_BUDGET;
    }
  }

  /**
   * The Kepala Desa with the BPD corrects a returned version — <i>penyempurnaan</i> (Permendagri
   * 20/2018 Pasal 35(5)): the corrected budget replaces it and counts as evaluated.
   */
  record CorrectBudget(OperationId id, Official actor, Instant at, Apbdes budget, String reference) implements Operation {
    public CorrectBudget {
      common(id, actor, at);
      requireNonNull(budget, "budget");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.CORRECT_BUDGET;
    }
  }

  /**
   * The Kepala Desa enacts by Perdes an agreed version the Bupati did not evaluate within the
   * evaluation period counted from its receipt on {@code submitted} — <i>berlaku dengan sendirinya</i>
   * (Permendagri 20/2018 Pasal 35(3)); for the revision, as {@link EnactBudget}, no item may fall
   * below what is committed or realised.
   */
  record EnactDeemedBudget(OperationId id, Official actor, Instant at, java.time.LocalDate submitted, String reference) implements Operation {
    public EnactDeemedBudget {
      common(id, actor, at);
      requireNonNull(submitted, "submitted");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.ENACT_DEEMED_BUDGET;
    }
  }

  /**
   * The Kepala Desa shifts belanja between lines by Perkades amending the <i>penjabaran</i>, the BPD
   * informed — <i>pergeseran anggaran</i>; {@code budget} is the budget in force as shifted, {@code
   * reference} the Perkades number. It does not use up the Perdes perubahan; no item may fall below
   * what is committed or realised (I4).
   */
  record ShiftBudget(OperationId id, Official actor, Instant at, Apbdes budget, String reference) implements Operation {
    public ShiftBudget {
      common(id, actor, at);
      requireNonNull(budget, "budget");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SHIFT_BUDGET;
    }
  }

  /**
   * The Kepala Desa adds by Perkades a grant that arrived after the Perdes perubahan — <i>bantuan
   * keuangan, hibah</i> (Permendagri 20/2018 on the perubahan APB Desa), the BPD informed; {@code
   * budget} is the budget in force with the grant's revenue and belanja, {@code reference} the
   * Perkades number.
   */
  record AddLateGrant(OperationId id, Official actor, Instant at, Apbdes budget, String reference) implements Operation {
    public AddLateGrant {
      common(id, actor, at);
      requireNonNull(budget, "budget");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.ADD_LATE_GRANT;
    }
  }

  /**
   * The Kepala Desa details belanja tak terduga (5.4) for a disaster or emergency before any perubahan
   * by Perkades — <i>keadaan darurat</i>; {@code budget} is the budget in force with the money moved to
   * kegiatan of bidang 05, {@code reference} the Perkades number; no item may fall below what is
   * committed or realised (I4).
   */
  record SpendEmergency(OperationId id, Official actor, Instant at, Apbdes budget, String reference) implements Operation {
    public SpendEmergency {
      common(id, actor, at);
      requireNonNull(budget, "budget");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SPEND_EMERGENCY;
    }
  }

  /**
   * The Bupati/Walikota cancels the enacted Perdes APBDes by Keputusan — <i>pembatalan Peraturan
   * Desa tentang APB Desa</i> (Permendagri 20/2018 Pasal 36), the village having enacted it without
   * following the evaluation; {@code reference} is the decree number. From then on only the village
   * government's operational spending is allowed (the pack's {@code cancellation}) until the
   * corrected budget ({@link CorrectBudget}) is enacted; nothing committed or paid is undone.
   *
   * <p>The decree "sekaligus menyatakan berlakunya pagu APB Desa tahun anggaran sebelumnya" (Pasal
   * 36): {@code previousPagu}, when given, is the previous year's pagu of the operational items
   * (<i>pagu APB Desa tahun anggaran sebelumnya</i>, per belanja item), and while cancelled the SPPs
   * submitted on an operational item stay within it; null (journals written before it existed)
   * keeps the older meaning, the cancelled budget's own operational lines as the ceilings.
   */
  record CancelBudget(OperationId id, Official actor, Instant at, String reference, com.google.common.collect.@Nullable ImmutableSortedMap<BudgetItemKey, Money> previousPagu)
      implements Operation {
    public CancelBudget {
      common(id, actor, at);
      requireNonNull(reference, "reference");
    }

    /** A cancellation without the previous year's pagu: the cancelled budget's operational lines remain the ceilings. */
    public CancelBudget(OperationId id, Official actor, Instant at, String reference) {
      this(id, actor, at, reference, null);
    }

    @Override
    public OperationKind kind() {
      return OperationKind.CANCEL_BUDGET;
    }
  }

  /**
   * The Kaur Keuangan records the part of Dana Desa that is channelled outside the village treasury
   * — <i>penyaluran Dana Desa untuk dukungan Koperasi Desa/Kelurahan Merah Putih (KDMP)</i>, PMK
   * 7/2026 pasal 15 ayat (3), pasal 22 ayat (2) huruf b and pasal 26: 58.03 % of the village's pagu
   * goes from the state treasury (RKUN) to an escrow account for the KDMP's instalments, never
   * through the village cash account (RKD). As the year's pack says for the part ({@link
   * id.smartkampung.core.policy.PolicyPack.DanaDesaPart#financingAccounts()}), it is recorded as a
   * revenue on {@code account} (4.2.1, Dana Desa) and a matching pengeluaran pembiayaan realised on
   * the budget's financing {@code item} (6.2.9 × DDS), so the APBDes balances and the LRA and the
   * infographic show it; the village's cash never includes it. {@code reference} is the
   * channelling's evidence (the RKUN/escrow transfer or the KPA BUN recommendation).
   */
  record RecordKdmpChannelling(
      OperationId id, Official actor, Instant at, String part, AccountCode account, FinancingItemKey item, Money amount, String reference)
      implements Operation {
    public RecordKdmpChannelling {
      common(id, actor, at);
      requireNonNull(part, "part");
      requireNonNull(account, "account");
      requireNonNull(item, "item");
      requireNonNull(amount, "amount");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.RECORD_KDMP_CHANNELLING;
    }
  }

  /**
   * The Kaur Keuangan moves money of one fund source between the bank account and the cash box —
   * <i>mutasi kas</i>: a withdrawal from the RKD into the cash box (<i>penarikan tunai</i>, {@code
   * to} {@link CashPlace#CASH}) for small payments in cash, or a deposit of cash into the RKD
   * (<i>penyetoran ke rekening kas desa</i>, {@code to} {@link CashPlace#BANK}). The fund source's
   * total is unchanged and it is not in the BKU; it is in the bank book and the cash book. The place
   * it leaves must cover it at its date and every later date ({@code I6.cash-place-negative}); cash
   * on hand above the ceiling of the pack (set by the Bupati/Walikota, Permendagri 20/2018 Pasal
   * 44(5)) is a warning ({@code I6.cash-on-hand-ceiling}).
   */
  record MoveCash(OperationId id, Official actor, Instant at, FundSource fundSource, CashPlace to, Money amount, String reference) implements Operation {
    public MoveCash {
      common(id, actor, at);
      requireNonNull(fundSource, "fundSource");
      requireNonNull(to, "to");
      requireNonNull(amount, "amount");
      requireNonNull(reference, "reference");
    }

    /** The place the money leaves: the other one. */
    public CashPlace from() {
      return to == CashPlace.CASH ? CashPlace.BANK : CashPlace.CASH;
    }

    @Override
    public OperationKind kind() {
      return OperationKind.MOVE_CASH;
    }
  }

  /**
   * The Kepala Desa decides or changes the list of beneficiary families of BLT Desa — <i>penetapan
   * / perubahan daftar keluarga penerima manfaat (KPM) BLT Desa</i> by Peraturan/Keputusan Kepala
   * Desa after the Musyawarah Desa khusus (Permendesa PDT 16/2025 on the focus of Dana Desa 2026;
   * earlier years' Permendes on the priorities of Dana Desa) — adding and removing families.
   * {@code reference} is the Perkades number. A KPM is named by the village's own id for the family
   * (e.g. {@code KPM-007}), never by an NIK or KK number: the journal is public and personal data
   * stay in the village's register (UU 27/2022 on personal data protection).
   */
  record ChangeBltList(OperationId id, Official actor, Instant at, ImmutableSortedSet<String> added, ImmutableSortedSet<String> removed, String reference)
      implements Operation {
    public ChangeBltList {
      common(id, actor, at);
      added = ImmutableSortedSet.copyOf(requireNonNull(added, "added"));
      removed = ImmutableSortedSet.copyOf(requireNonNull(removed, "removed"));
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.CHANGE_BLT_LIST;
    }
  }

  /**
   * A payment request for BLT Desa — <i>SPP BLT Dana Desa</i>: the PKA of the BLT kegiatan asks to
   * pay {@code monthly} to each listed family (KPM) for each of the months named, from one BLT budget
   * item (a belanja line tagged {@code BLT}, by Siskeudes convention kegiatan 05.03.01 <i>keadaan
   * mendesak</i>, account 5.4.1.01). Each {@link KpmMonth} is one family's one month; the amount is
   * {@code monthly} × their number. The ledger checks the monthly amount against the year's
   * ceiling, the number of months paid at once, that each family is on the list decided by Perkades
   * ({@link ChangeBltList}) and that no family is paid twice for a month. It takes the same steps
   * as any SPP (verify, approve, pay — no tax is withheld on a social transfer —, reject, cancel,
   * reverse), always LS (transfer or cash to the families).
   */
  record SubmitBltSpp(OperationId id, Official actor, Instant at, BudgetItemKey item, Money monthly, ImmutableList<KpmMonth> payments, String description)
      implements Operation {
    public SubmitBltSpp {
      common(id, actor, at);
      requireNonNull(item, "item");
      requireNonNull(monthly, "monthly");
      payments = ImmutableList.copyOf(requireNonNull(payments, "payments"));
      requireNonNull(description, "description");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.SUBMIT_BLT_SPP;
    }

    /** The gross of the SPP: {@code monthly} × the number of KPM-months. */
    public Money amount() {
      return monthly.multiply(payments.size());
    }

    /** One family's one month — <i>KPM-bulan</i>: the village's id of the KPM and the month paid for. */
    public record KpmMonth(String kpm, YearMonth month) {
      public KpmMonth {
        requireNonNull(kpm, "kpm");
        requireNonNull(month, "month");
      }
    }
  }

  /**
   * The PKA accounts for part or the rest of a paid panjar with receipts — <i>SPJ panjar</i>, one of
   * several (partial accountability, <i>SPJ parsial</i>; Permendagri 20/2018, the pack's panjar
   * article). Each {@link Receipt} names its payee (by id in {@code payees}, carried with the kind of
   * tax id only, as {@link SubmitLinedSpp} does), what it bought and the amount paid (PPN included
   * where a PKP charges it); its taxes are determined at the SPJ by the year's tax rules ({@link
   * id.smartkampung.core.tax.TaxPolicy#determine}) and collected: they are owed for the month of the
   * SPJ and deposited per tax and period ({@link DepositTaxPeriod}). What the receipts spent becomes
   * realised spending at once. A {@link Stage#PARTIAL} SPJ keeps the panjar open and, with the SPJ
   * before it, never accounts for more than the advance; the {@link Stage#FINAL} SPJ settles it: the
   * rest of the advance is returned to the RKD (<i>pengembalian sisa panjar</i>) or, when the SPJ
   * came to more than the advance, the excess is paid further (<i>kekurangan panjar</i>) within the
   * item's budget and the cash. Payments of income to persons (PPh 21) are not made from a panjar:
   * they go by an LS SPP with the person's income to date.
   */
  record AccountPanjar(OperationId id, Official actor, Instant at, OperationId spp, Stage stage, ImmutableList<Payee> payees,
      ImmutableList<Receipt> receipts, String reference) implements Operation {
    public AccountPanjar {
      common(id, actor, at);
      requireNonNull(spp, "spp");
      requireNonNull(stage, "stage");
      payees = requireNonNull(payees, "payees").stream().map(Payee::withoutTaxNumber).collect(ImmutableList.toImmutableList());
      receipts = ImmutableList.copyOf(requireNonNull(receipts, "receipts"));
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.ACCOUNT_PANJAR;
    }

    /** The payee of that id among {@link #payees()}, or null. */
    public Payee payee(String payeeId) {
      for (Payee p : payees) {
        if (p.id().equals(payeeId)) {
          return p;
        }
      }
      return null;
    }

    /** What the receipts spent: the sum of their amounts. */
    public Money spent() {
      Money sum = Idr.ZERO;
      for (Receipt r : receipts) {
        sum = sum.add(r.amount());
      }
      return sum;
    }

    /** Whether the SPJ keeps the panjar open or settles it. */
    public enum Stage {
      /** A partial SPJ — <i>SPJ parsial</i>: the panjar stays open. */
      PARTIAL,
      /** The final SPJ — <i>SPJ akhir</i>: the rest is returned or the excess paid; the panjar is settled. */
      FINAL
    }

    /**
     * One receipt — <i>bukti pengeluaran</i>: the payee's id, what was bought, the amount paid and
     * the receipt's number (<i>nomor kuitansi/nota</i>).
     */
    public record Receipt(String payee, PurchaseKind purchase, Money amount, String number) {
      public Receipt {
        requireNonNull(payee, "payee");
        requireNonNull(purchase, "purchase");
        requireNonNull(amount, "amount");
        requireNonNull(number, "number");
      }
    }
  }

  /**
   * The Kaur Keuangan opens the year's books from the previous year's close — <i>saldo awal</i>:
   * the SiLPA of year {@code previousYear} per fund source, each source keeping its earmark (money
   * that was Dana Desa stays Dana Desa and pays only what Dana Desa may pay; leftover ADD may pay
   * siltap), and the unfinished activities that continue through the DPAL (<i>Dokumen Pelaksanaan
   * Anggaran Lanjutan</i>), each budget item with what is left of it. Produced from the previous
   * book by {@link id.smartkampung.core.ledger.report.YearOpening#from}; {@code reference} names the closing document (e.g. the Perdes
   * on the realisation, LPP APB Desa). The opening realises the budget's SiLPA (6.1.1) per source:
   * the year's cash per source starts with it.
   *
   * @param previousYear the year closed; the ledger's year minus one
   * @param silpa the SiLPA per fund source, each amount positive; may be empty (nothing left)
   * @param dpal the continuing items in item order, each remaining amount positive
   * @param taxOwed the tax withheld in the previous year and not deposited at its close, per levy,
   *     period and fund source (December's withholdings are due in January: PMK 81/2024 Pasal 94);
   *     brought into this year's tax book to be deposited, its cash into the bank beside the SiLPA —
   *     it is a debt, not the village's money, so it is not SiLPA. Empty when everything was deposited.
   */
  record OpenYear(
      OperationId id, Official actor, Instant at, int previousYear, com.google.common.collect.ImmutableSortedMap<FundSource, Money> silpa,
      ImmutableList<Carried> dpal, ImmutableList<CarriedTax> taxOwed, String reference)
      implements Operation {
    /**
     * Tax withheld and still owed at the previous year's close, carried into this year's tax book —
     * <i>utang pajak yang belum disetor</i>: a levy of a period (a month of the previous year) and
     * the fund source whose payments withheld it.
     */
    public record CarriedTax(Levy levy, YearMonth period, FundSource fundSource, Money amount) {
      public CarriedTax {
        requireNonNull(levy, "levy");
        requireNonNull(period, "period");
        requireNonNull(fundSource, "fundSource");
        requireNonNull(amount, "amount");
      }
    }

    /** An opening with no tax owed from the previous year. */
    public OpenYear(
        OperationId id, Official actor, Instant at, int previousYear, com.google.common.collect.ImmutableSortedMap<FundSource, Money> silpa,
        ImmutableList<Carried> dpal, String reference) {
      this(id, actor, at, previousYear, silpa, dpal, ImmutableList.of(), reference);
    }

    /** One DPAL item carried: the budget item (kegiatan, account, fund source) and what is left of it. */
    public record Carried(BudgetItemKey item, Money remaining) {
      public Carried {
        requireNonNull(item, "item");
        requireNonNull(remaining, "remaining");
      }
    }

    public OpenYear {
      common(id, actor, at);
      requireNonNull(silpa, "silpa");
      requireNonNull(dpal, "dpal");
      requireNonNull(taxOwed, "taxOwed");
      requireNonNull(reference, "reference");
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (CarriedTax t : taxOwed) {
        com.google.common.base.Preconditions.checkArgument(seen.add(t.levy() + " " + t.period() + " " + t.fundSource()),
            "the tax owed of %s %s from %s is given twice; an opening carries one amount per levy, period and fund source", t.levy().label(), t.period(), t.fundSource());
      }
    }

    /** The tax owed from the previous year, all levies and sources. */
    public Money taxOwedTotal() {
      Money t = Idr.ZERO;
      for (CarriedTax c : taxOwed) {
        t = t.add(c.amount());
      }
      return t;
    }

    /** The SiLPA of all sources. */
    public Money silpaTotal() {
      Money t = Idr.ZERO;
      for (Money m : silpa.values()) {
        t = t.add(m);
      }
      return t;
    }

    @Override
    public OperationKind kind() {
      return OperationKind.OPEN_YEAR;
    }
  }
  /**
   * The Kaur Keuangan records the interest the bank credited to the village cash account — <i>bunga
   * bank / jasa giro rekening kas desa</i> — from the bank statement (<i>rekening koran</i>), gross
   * with the final income tax the bank withheld on it (<i>PPh final atas bunga simpanan</i>, PP
   * 131/2000 as amended by PP 123/2015 Pasal 2: 20 % of the gross, withheld and deposited by the
   * bank; none where the balance is within the exemption, Pasal 3 ayat (1) huruf a). The gross is
   * revenue on {@code account} (an account of the year's {@link
   * id.smartkampung.core.policy.PolicyPack#bankInterest()}, 4.3.6 <i>bunga bank</i> of the chart of
   * Permendagri 20/2018) of its natural {@code fundSource}; the net ({@link #net()}) comes into the
   * RKD of that source; the tax is spending the village budgets and is realised on {@code taxItem}
   * (a belanja item of the same fund source, the account the village chose for it), so that the
   * LRA shows the interest gross with its tax and its SiLPA stays the money in the bank. The
   * village does not deposit the tax (the bank does): it is not in the village's tax book; the
   * buku pembantu bank shows it (its <i>pajak</i> column). A receipt without tax names no item
   * ({@code taxItem} null).
   */
  record RecordBankInterest(
      OperationId id, Official actor, Instant at, AccountCode account, FundSource fundSource, Money gross, Money tax,
      @Nullable BudgetItemKey taxItem, String reference)
      implements Operation {
    public RecordBankInterest {
      common(id, actor, at);
      requireNonNull(account, "account");
      requireNonNull(fundSource, "fundSource");
      requireNonNull(gross, "gross");
      requireNonNull(tax, "tax");
      requireNonNull(reference, "reference");
    }

    /** What the bank credited to the RKD: the gross less the tax it withheld. */
    public Money net() {
      return gross.subtract(tax);
    }

    @Override
    public OperationKind kind() {
      return OperationKind.RECORD_BANK_INTEREST;
    }
  }

  /**
   * The Kaur Keuangan records a charge the bank debited from the village cash account — <i>biaya
   * administrasi bank</i> (account maintenance, transfer fees) — from the bank statement. It is
   * spending the village budgets: realised at once on {@code item} (a belanja item; the RKD of
   * its fund source pays it), within what is left of the item (I5) and the money of that source
   * in the bank from its date on (I6). No SPP precedes it: the bank takes it; the buku pembantu
   * bank shows it in its <i>biaya administrasi</i> column.
   */
  record RecordBankFee(OperationId id, Official actor, Instant at, BudgetItemKey item, Money amount, String reference) implements Operation {
    public RecordBankFee {
      common(id, actor, at);
      requireNonNull(item, "item");
      requireNonNull(amount, "amount");
      requireNonNull(reference, "reference");
    }

    @Override
    public OperationKind kind() {
      return OperationKind.RECORD_BANK_FEE;
    }
  }
}
