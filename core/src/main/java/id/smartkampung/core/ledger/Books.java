package id.smartkampung.core.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.TaxDeposit;
import id.smartkampung.core.tax.TaxDetermination;
import id.smartkampung.core.tax.TaxLine;
import id.smartkampung.core.tax.TaxPeriod;
import id.smartkampung.core.tax.TaxPeriodBook;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.ledger.report.CapitalAssets;
import id.smartkampung.core.ledger.report.DanaDesaAbsorption;
import id.smartkampung.core.ledger.report.MonthlyAccountability;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.ledger.report.RealisationReport.Figures;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.javamoney.moneta.Money;

/** Builds the books, reports and re-checks of a ledger from its state and history (under its lock). */
final class Books {
  private static final AccountCode[] TAX_ACCOUNTS = {
    AccountCode.parse("7.1.1.01"), AccountCode.parse("7.1.1.02"), AccountCode.parse("7.1.1.03"), AccountCode.parse("7.1.1.04")
  };

  private Books() {}

  /**
   * The PFK account of a levy of the tax rules: PPh 21, 22, 23 and PPN as {@link #taxAccount}; PPh
   * 4(2), which has no objek code in our chart, on the kelompok 7.1.1 (<i>potongan pajak</i>); the
   * BPJS Kesehatan share, a PFK that is not a tax, on 7.1 (<i>perhitungan fihak ketiga</i>).
   */
  static AccountCode levyAccount(Levy levy) {
    return switch (levy) {
      case PPH_21 -> TAX_ACCOUNTS[0];
      case PPH_22 -> TAX_ACCOUNTS[1];
      case PPH_23 -> TAX_ACCOUNTS[2];
      case PPN -> TAX_ACCOUNTS[3];
      case PPH_4_2 -> PPH_4_2_ACCOUNT;
      case BPJS_KESEHATAN -> PFK_ACCOUNT;
    };
  }

  private static final AccountCode PPH_4_2_ACCOUNT = AccountCode.parse("7.1.1");
  private static final AccountCode PFK_ACCOUNT = AccountCode.parse("7.1");

  /** The PFK account of a withheld tax (7.1.1.01 PPh 21 … 7.1.1.04 PPN). */
  static AccountCode taxAccount(TaxType t) {
    return TAX_ACCOUNTS[t.ordinal()];
  }

  static LedgerSnapshot snapshot(LedgerState s, long size) {
    ImmutableSortedMap.Builder<BudgetItemKey, LedgerSnapshot.ItemPosition> items = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < s.itemKeys.size(); i++) {
      items.put(s.itemKeys.get(i), new LedgerSnapshot.ItemPosition(Idr.ofSen(s.budget[i]), Idr.ofSen(s.committed[i]), Idr.ofSen(s.realised[i])));
    }
    ImmutableSortedMap.Builder<FundSource, LedgerSnapshot.FundPosition> funds = ImmutableSortedMap.naturalOrder();
    for (int f = 0; f < s.fundKeys.size(); f++) {
      funds.put(s.fundKeys.get(f), new LedgerSnapshot.FundPosition(Idr.ofSen(s.received[f]), Idr.ofSen(s.cash[f]), Idr.ofSen(s.taxPayable[f])));
    }
    ImmutableSortedMap.Builder<OperationId, SppStatus> spps = ImmutableSortedMap.naturalOrder();
    s.spps.forEach((id, spp) -> spps.put(id, spp.status));
    ImmutableSortedMap.Builder<id.smartkampung.core.budget.FinancingItemKey, LedgerSnapshot.ItemPosition> fin = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < s.finKeys.size(); i++) {
      fin.put(s.finKeys.get(i), new LedgerSnapshot.ItemPosition(Idr.ofSen(s.finBudget[i]), Idr.ofSen(s.finCommitted[i]), Idr.ofSen(s.finRealised[i])));
    }
    return new LedgerSnapshot(
        size,
        s.lifecycle == null ? null : s.lifecycle.current().stage(),
        s.lifecycle != null && s.lifecycle.revision().isPresent(),
        s.closed,
        items.build(),
        funds.build(),
        spps.build(),
        fin.build());
  }

  static DanaDesaAbsorption absorption(LedgerState s) {
    Integer f = s.fundIndex.get(FundSource.DDS);
    long received = f == null ? 0 : s.received[f];
    ImmutableSortedMap.Builder<String, DanaDesaAbsorption.Part> parts = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, long[]> e : s.receivedByPart.entrySet()) {
      boolean through = s.policy.danaDesaPart(e.getKey()).map(PolicyPack.DanaDesaPart::throughVillageTreasury).orElse(true);
      long total = 0;
      ImmutableSortedMap.Builder<Integer, Money> t = ImmutableSortedMap.naturalOrder();
      for (int n = 0; n < e.getValue().length; n++) {
        total += e.getValue()[n];
        if (e.getValue()[n] != 0 || n > 0) {
          t.put(n, Idr.ofSen(e.getValue()[n]));
        }
      }
      if (!through) {
        received -= total; // channelled outside the treasury: never received into the RKD
      }
      parts.put(e.getKey(), new DanaDesaAbsorption.Part(e.getKey(), through, Idr.ofSen(total), t.build()));
    }
    long realised = 0;
    for (int i = 0; i < s.itemKeys.size(); i++) {
      if (s.itemKeys.get(i).fundSource().equals(FundSource.DDS)) {
        realised += s.realised[i];
      }
    }
    ImmutableSortedMap.Builder<Integer, Money> byTranche = ImmutableSortedMap.naturalOrder();
    for (int t = 0; t < s.receivedByTranche.length; t++) {
      if (s.receivedByTranche[t] != 0 || t > 0) {
        byTranche.put(t, Idr.ofSen(s.receivedByTranche[t]));
      }
    }
    return new DanaDesaAbsorption(Idr.ofSen(received), byTranche.build(), Idr.ofSen(realised), Idr.ratio(realised, received), parts.build());
  }

  // -------------------------------------------------------------------- BKU

  /**
   * Collects the BKU's lines in journal order, then writes them in business-date order (an entry
   * back-dated inside the open month goes to its date; the journal order, the order of record,
   * breaks ties) with the running balance.
   */
  private static final class BkuWriter {
    /** A line; {@code kind} null for a mutasi kas (in the bank and cash books only); {@code inCash} the place it moves. */
    private record Line(long seq, Operation op, LocalDate date, BukuKasUmum.Kind kind, AccountCode account, FundSource fs, String what, long in, long out, boolean inCash) {}

    final List<Line> lines = new ArrayList<>();
    final java.time.ZoneId zone;
    long balance;
    /** The place of the lines being added: the cash box, or the bank account (RKD). */
    boolean inCash;

    BkuWriter(java.time.ZoneId zone) {
      this.zone = zone;
    }

    void add(long seq, Operation op, BukuKasUmum.Kind kind, AccountCode account, FundSource fs, String what, long in, long out) {
      lines.add(new Line(seq, op, op.businessDate(zone), kind, account, fs, what, in, out, inCash));
    }

    /** A mutasi kas: out of one place, into the other; not in the BKU. */
    void move(long seq, Operation.MoveCash m) {
      long sen = Idr.toSen(m.amount());
      boolean toCash = m.to() == CashPlace.CASH;
      String what = (toCash ? "penarikan tunai dari rekening kas desa " : "penyetoran tunai ke rekening kas desa ") + m.reference();
      lines.add(new Line(seq, m, m.businessDate(zone), null, null, m.fundSource(), what, 0, sen, !toCash));
      lines.add(new Line(seq, m, m.businessDate(zone), null, null, m.fundSource(), what, sen, 0, toCash));
    }

    /** The lines of one place (bank or cash) in business-date order, with the running balance of that place. */
    id.smartkampung.core.ledger.book.BukuKas book(CashPlace place, int fiscalYear) {
      List<Line> sorted = new ArrayList<>();
      for (Line l : lines) {
        if (l.inCash == (place == CashPlace.CASH)) {
          sorted.add(l);
        }
      }
      sorted.sort(Comparator.comparing(Line::date));
      long running = 0;
      Map<FundSource, Long> perSource = new TreeMap<>();
      ImmutableList.Builder<id.smartkampung.core.ledger.book.BukuKas.Entry> entries = ImmutableList.builder();
      for (Line l : sorted) {
        running += l.in - l.out;
        perSource.merge(l.fs, l.in - l.out, Long::sum);
        entries.add(
            new id.smartkampung.core.ledger.book.BukuKas.Entry(
                l.seq, l.date, l.op.id(), l.kind, l.fs, l.what, Idr.ofSen(l.in), Idr.ofSen(l.out), Idr.ofSen(running)));
      }
      ImmutableSortedMap.Builder<FundSource, Money> balances = ImmutableSortedMap.naturalOrder();
      perSource.forEach((f, v) -> balances.put(f, Idr.ofSen(v)));
      return new id.smartkampung.core.ledger.book.BukuKas(place, fiscalYear, entries.build(), Idr.ofSen(running), balances.build());
    }

    List<BukuKasUmum.Entry> entries() {
      List<Line> sorted = new ArrayList<>();
      for (Line l : lines) {
        if (l.kind != null) {
          sorted.add(l);
        }
      }
      sorted.sort(Comparator.comparing(Line::date)); // stable: journal order within a date
      List<BukuKasUmum.Entry> entries = new ArrayList<>(sorted.size());
      for (Line l : sorted) {
        balance += l.in - l.out;
        entries.add(
            new BukuKasUmum.Entry(l.seq, l.date, l.op.id(), l.kind, l.account, l.fs, l.what, Idr.ofSen(l.in), Idr.ofSen(l.out), Idr.ofSen(balance)));
      }
      return entries;
    }
  }

  static BukuKasUmum bku(LedgerState s, List<Operation> history) {
    BkuWriter w = lines(s, history);
    List<BukuKasUmum.Entry> entries = w.entries();
    return new BukuKasUmum(s.fiscalYear, ImmutableList.copyOf(entries), Idr.ofSen(w.balance));
  }

  /** The bank book (buku pembantu bank) or the cash book (buku kas tunai). */
  static id.smartkampung.core.ledger.book.BukuKas cashBook(LedgerState s, List<Operation> history, CashPlace place) {
    return lines(s, history).book(place, s.fiscalYear);
  }

  /** Every movement of money of the history, each at its place; mutasi kas included. */
  private static BkuWriter lines(LedgerState s, List<Operation> history) {
    BkuWriter w = new BkuWriter(s.zone);
    Map<OperationId, ReceiveRevenue> receipts = new HashMap<>();
    for (int n = 0; n < history.size(); n++) {
      Operation op = history.get(n);
      long seq = n + 1L;
      // a switch expression without default: the compiler checks that every kind is considered for the BKU
      boolean movesCash = switch (op.kind()) {
        case RECEIVE_REVENUE -> {
          ReceiveRevenue o = (ReceiveRevenue) op;
          receipts.put(o.id(), o);
          w.inCash = o.place() == CashPlace.CASH;
          w.add(seq, op, BukuKasUmum.Kind.RECEIPT, o.account(), o.fundSource(), "penerimaan " + o.reference(), Idr.toSen(o.amount()), 0);
          yield true;
        }
        case REVERSE_RECEIPT -> {
          ReverseReceipt o = (ReverseReceipt) op;
          ReceiveRevenue r = receipts.get(o.receipt());
          w.inCash = r.place() == CashPlace.CASH;
          w.add(seq, op, BukuKasUmum.Kind.RECEIPT_REVERSAL, r.account(), r.fundSource(), "koreksi penerimaan " + r.id() + ": " + o.reason(), 0, Idr.toSen(r.amount()));
          yield true;
        }
        case PAY_SPP -> {
          PaySpp o = (PaySpp) op;
          LedgerState.Spp spp = s.spps.get(o.spp());
          w.inCash = o.place() == CashPlace.CASH;
          if (spp.lined()) {
            for (int l = 0; l < spp.lineItems.length; l++) {
              BudgetItemKey item = s.itemKeys.get(spp.lineItems[l]);
              TaxDetermination d = spp.lineTaxes[l];
              w.add(seq, op, BukuKasUmum.Kind.PAYMENT, item.account(), item.fundSource(), "SPP LS " + spp.id + " #" + (l + 1) + " " + item.kegiatan() + " " + d.payee().id(), 0, spp.lineAmounts[l]);
              for (TaxLine t : d.lines()) {
                if (t.amount().isPositive()) {
                  w.add(seq, op, BukuKasUmum.Kind.TAX_WITHHELD, levyAccount(t.levy()), item.fundSource(),
                      "potongan " + t.levy().label() + " SPP " + spp.id + " #" + (l + 1) + " dasar " + Idr.format(t.base()) + " tarif " + t.rate().stripTrailingZeros().toPlainString() + " (" + t.reference() + ")",
                      Idr.toSen(t.amount()), 0);
                }
              }
            }
            yield true;
          }
          if (spp.item < 0) {
            FinancingItemKey fin = s.finKeys.get(spp.fin);
            w.add(seq, op, BukuKasUmum.Kind.PAYMENT, fin.account(), fin.fundSource(), "SPP pembiayaan " + spp.id + " " + fin.account(), 0, spp.amount);
            yield true;
          }
          BudgetItemKey item = s.itemKeys.get(spp.item);
          if (spp.type == SppType.LS) {
            w.add(seq, op, BukuKasUmum.Kind.PAYMENT, item.account(), item.fundSource(), (spp.blt ? "BLT Desa SPP " : "SPP LS ") + spp.id + " " + item.kegiatan(), 0, spp.amount);
            for (TaxType t : o.withhold()) {
              w.add(seq, op, BukuKasUmum.Kind.TAX_WITHHELD, taxAccount(t), item.fundSource(), "potongan " + t + " SPP " + spp.id, spp.withheld[t.ordinal()], 0);
            }
          } else {
            w.add(seq, op, BukuKasUmum.Kind.PANJAR, item.account(), item.fundSource(), "panjar SPP " + spp.id + " " + item.kegiatan(), 0, spp.amount);
          }
          yield true;
        }
        case SETTLE_PANJAR -> {
          SettlePanjar o = (SettlePanjar) op;
          LedgerState.Spp spp = s.spps.get(o.spp());
          BudgetItemKey item = s.itemKeys.get(spp.item);
          long back = spp.amount - Idr.toSen(o.spent());
          w.inCash = spp.inCash;
          if (back > 0) {
            w.add(seq, op, BukuKasUmum.Kind.PANJAR_RETURN, item.account(), item.fundSource(), "pengembalian sisa panjar " + spp.id, back, 0);
          }
          yield true;
        }
        case DEPOSIT_TAX -> {
          DepositTax o = (DepositTax) op;
          LedgerState.Spp spp = s.spps.get(o.spp());
          w.inCash = false;
          w.add(seq, op, BukuKasUmum.Kind.TAX_DEPOSIT, taxAccount(o.tax()), s.fundSourceOf(spp), "setor " + o.tax() + " SPP " + spp.id + " NTPN " + o.ntpn(), 0, Idr.toSen(o.amount()));
          yield true;
        }
        case DEPOSIT_TAX_PERIOD -> {
          DepositTaxPeriod o = (DepositTaxPeriod) op;
          long[] split = s.depositSplit.get(o.id());
          w.inCash = false;
          for (int f = 0; f < split.length; f++) {
            if (split[f] != 0) {
              w.add(seq, op, BukuKasUmum.Kind.TAX_DEPOSIT, levyAccount(o.levy()), s.fundKeys.get(f),
                  "setor " + o.levy().label() + " masa " + o.period() + " billing " + o.billingCode() + " NTPN " + o.ntpn(), 0, split[f]);
            }
          }
          yield true;
        }
        case REVERSE_PAYMENT -> {
          ReversePayment o = (ReversePayment) op;
          LedgerState.Spp spp = s.spps.get(o.spp());
          w.inCash = spp.inCash;
          if (spp.lined()) {
            for (int l = 0; l < spp.lineItems.length; l++) {
              BudgetItemKey item = s.itemKeys.get(spp.lineItems[l]);
              w.add(seq, op, BukuKasUmum.Kind.PAYMENT_REVERSAL, item.account(), item.fundSource(), "koreksi pembayaran SPP " + spp.id + " #" + (l + 1) + ": " + o.reason(), spp.lineAmounts[l], 0);
              for (TaxLine t : spp.lineTaxes[l].lines()) {
                if (t.amount().isPositive()) {
                  w.add(seq, op, BukuKasUmum.Kind.PAYMENT_REVERSAL, levyAccount(t.levy()), item.fundSource(), "koreksi potongan " + t.levy().label() + " SPP " + spp.id + " #" + (l + 1), 0, Idr.toSen(t.amount()));
                }
              }
            }
            yield true;
          }
          FundSource source = s.fundSourceOf(spp);
          AccountCode account = spp.item < 0 ? s.finKeys.get(spp.fin).account() : s.itemKeys.get(spp.item).account();
          w.add(seq, op, BukuKasUmum.Kind.PAYMENT_REVERSAL, account, source, "koreksi pembayaran SPP " + spp.id + ": " + o.reason(), spp.amount, 0);
          for (TaxType t : LedgerState.TAX_TYPES) {
            if (spp.withheld[t.ordinal()] != 0) {
              w.add(seq, op, BukuKasUmum.Kind.PAYMENT_REVERSAL, taxAccount(t), source, "koreksi potongan " + t + " SPP " + spp.id, 0, spp.withheld[t.ordinal()]);
            }
          }
          yield true;
        }
        case ACCOUNT_PANJAR -> {
          Operation.AccountPanjar o = (Operation.AccountPanjar) op;
          LedgerState.Spp spp = s.spps.get(o.spp());
          w.inCash = spp.inCash; // the SPJ's taxes and its return or excess move where the panjar was paid
          BudgetItemKey item = s.itemKeys.get(spp.item);
          TaxDetermination[] taxes = s.spjTaxes.get(o.id());
          for (int r = 0; r < taxes.length; r++) {
            for (TaxLine t : taxes[r].lines()) {
              if (t.amount().isPositive()) {
                w.add(seq, op, BukuKasUmum.Kind.TAX_WITHHELD, levyAccount(t.levy()), item.fundSource(),
                    t.levy().label() + " SPJ panjar " + spp.id + " kuitansi " + o.receipts().get(r).number() + " dasar " + Idr.format(t.base()), Idr.toSen(t.amount()), 0);
              }
            }
          }
          if (o.stage() == Operation.AccountPanjar.Stage.FINAL) {
            long back = spp.amount - spp.spent; // the final SPJ is the panjar's last: spent is its total
            if (back > 0) {
              w.add(seq, op, BukuKasUmum.Kind.PANJAR_RETURN, item.account(), item.fundSource(), "pengembalian sisa panjar " + spp.id, back, 0);
            } else if (back < 0) {
              w.add(seq, op, BukuKasUmum.Kind.PAYMENT, item.account(), item.fundSource(), "kekurangan panjar " + spp.id + " " + item.kegiatan(), 0, -back);
            }
          }
          yield true;
        }
        case OPEN_YEAR -> {
          Operation.OpenYear o = (Operation.OpenYear) op;
          w.inCash = false; // the SiLPA is the RKD's balance at the close
          for (Map.Entry<FundSource, Money> e : o.silpa().entrySet()) {
            w.add(seq, op, BukuKasUmum.Kind.RECEIPT, LedgerState.SILPA_OBJEK, e.getKey(), "saldo awal: SiLPA " + o.previousYear() + " " + e.getKey() + " (" + o.reference() + ")", Idr.toSen(e.getValue()), 0);
          }
          for (Operation.OpenYear.CarriedTax t : o.taxOwed()) { // withheld in the previous year, still to be deposited: PFK in the bank
            w.add(seq, op, BukuKasUmum.Kind.TAX_WITHHELD, levyAccount(t.levy()), t.fundSource(),
                "saldo awal: " + t.levy().label() + " masa " + t.period() + " dipotong, belum disetor (" + o.reference() + ")", Idr.toSen(t.amount()), 0);
          }
          yield true;
        }
        // no cash moves: an SPP's reservation and its steps before payment, the budget, officials, the close
        case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, SUBMIT_SPP, VERIFY_SPP,
            APPROVE_SPP, REJECT_SPP, CANCEL_SPP, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, RETURN_BUDGET,
            CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, CHANGE_BLT_LIST, SUBMIT_BLT_SPP -> false;
        // the KDMP part is channelled RKUN → escrow (PMK 7/2026 pasal 26): never in the village's cash book
        case RECORD_KDMP_CHANNELLING -> false;
        // between the bank and the cash box: in the bank and cash books, not in the BKU (its balance is unchanged)
        case MOVE_CASH -> {
          w.move(seq, (Operation.MoveCash) op);
          yield true;
        }
        // from the bank statement: interest in gross (its bunga column), the bank's tax out (its pajak column), in the RKD
        case RECORD_BANK_INTEREST -> {
          Operation.RecordBankInterest o = (Operation.RecordBankInterest) op;
          w.inCash = false;
          w.add(seq, op, BukuKasUmum.Kind.RECEIPT, o.account(), o.fundSource(), "bunga bank " + o.reference(), Idr.toSen(o.gross()), 0);
          if (o.taxItem() != null && !o.tax().isZero()) {
            w.add(seq, op, BukuKasUmum.Kind.PAYMENT, o.taxItem().account(), o.fundSource(),
                "pajak atas bunga bank dipotong bank (PPh final) " + o.reference() + " " + o.taxItem().kegiatan(), 0, Idr.toSen(o.tax()));
          }
          yield true;
        }
        // the bank's charge (its biaya administrasi column), realised on the item
        case RECORD_BANK_FEE -> {
          Operation.RecordBankFee o = (Operation.RecordBankFee) op;
          w.inCash = false;
          w.add(seq, op, BukuKasUmum.Kind.PAYMENT, o.item().account(), o.item().fundSource(), "biaya administrasi bank " + o.reference() + " " + o.item().kegiatan(), 0, Idr.toSen(o.amount()));
          yield true;
        }
      };
      assert movesCash == (op.kind().movesMoney() && op.kind() != OperationKind.SUBMIT_SPP && op.kind() != OperationKind.SUBMIT_FINANCING_SPP
          && op.kind() != OperationKind.SUBMIT_LINED_SPP && op.kind() != OperationKind.RECORD_KDMP_CHANNELLING
          && op.kind() != OperationKind.SUBMIT_BLT_SPP);
    }
    return w;
  }

  /** The Kaur Keuangan's monthly accountability report (Permendagri 20/2018 Pasal 63) from the BKU and the month closes. */
  static MonthlyAccountability monthly(LedgerState s, List<Operation> history) {
    BukuKasUmum bku = bku(s, history);
    Map<java.time.YearMonth, Operation.CloseMonth> closes = new HashMap<>();
    java.time.YearMonth last = null;
    for (Operation op : history) {
      if (op.kind() == OperationKind.CLOSE_MONTH) {
        Operation.CloseMonth c = (Operation.CloseMonth) op;
        closes.put(c.month(), c);
        last = last == null || c.month().isAfter(last) ? c.month() : last;
      }
    }
    for (BukuKasUmum.Entry e : bku.entries()) {
      java.time.YearMonth m = java.time.YearMonth.from(e.date());
      if (m.getYear() == s.fiscalYear && (last == null || m.isAfter(last))) {
        last = m;
      }
    }
    ImmutableList.Builder<MonthlyAccountability.Month> months = ImmutableList.builder();
    if (last == null) {
      return new MonthlyAccountability(s.fiscalYear, months.build());
    }
    long balance = 0;
    int i = 0;
    List<BukuKasUmum.Entry> entries = bku.entries();
    // entries dated before the year (none in an honest book) open January's balance
    while (i < entries.size() && entries.get(i).date().getYear() < s.fiscalYear) {
      balance += Idr.toSen(entries.get(i).in()) - Idr.toSen(entries.get(i).out());
      i++;
    }
    for (java.time.YearMonth m = java.time.YearMonth.of(s.fiscalYear, 1); !m.isAfter(last); m = m.plusMonths(1)) {
      long opening = balance;
      long in = 0;
      long out = 0;
      long withheld = 0;
      long deposited = 0;
      int n = 0;
      while (i < entries.size() && !entries.get(i).date().isAfter(m.atEndOfMonth())) {
        BukuKasUmum.Entry e = entries.get(i++);
        long ein = Idr.toSen(e.in());
        long eout = Idr.toSen(e.out());
        in += ein;
        out += eout;
        withheld += e.kind() == BukuKasUmum.Kind.TAX_WITHHELD ? ein : 0;
        deposited += e.kind() == BukuKasUmum.Kind.TAX_DEPOSIT ? eout : 0;
        n++;
      }
      balance = opening + in - out;
      Operation.CloseMonth c = closes.get(m);
      months.add(
          new MonthlyAccountability.Month(
              m,
              Idr.ofSen(opening),
              Idr.ofSen(in),
              Idr.ofSen(out),
              Idr.ofSen(balance),
              Idr.ofSen(withheld),
              Idr.ofSen(deposited),
              n,
              c == null ? null : c.businessDate(s.zone),
              c == null ? null : Idr.ofSen(Idr.toSen(c.cashCounted())),
              m.plusMonths(1).atDay(10)));
    }
    return new MonthlyAccountability(s.fiscalYear, months.build());
  }

  /** Realised belanja modal (kelompok 5.3) per item: the year's capital assets (Permendagri 20/2018 Pasal 70). */
  static CapitalAssets capitalAssets(LedgerState s) {
    java.util.TreeMap<BudgetItemKey, Integer> items = new java.util.TreeMap<>();
    for (int i = 0; i < s.itemKeys.size(); i++) {
      BudgetItemKey k = s.itemKeys.get(i);
      if (k.account().isBelanja() && k.account().kelompok() == 3 && s.realised[i] != 0) {
        items.put(k, i);
      }
    }
    ImmutableList.Builder<CapitalAssets.Line> lines = ImmutableList.builder();
    long total = 0;
    for (Map.Entry<BudgetItemKey, Integer> e : items.entrySet()) {
      int i = e.getValue();
      lines.add(new CapitalAssets.Line(e.getKey(), Idr.ofSen(s.budget[i]), Idr.ofSen(s.realised[i])));
      total += s.realised[i];
    }
    return new CapitalAssets(s.fiscalYear, lines.build(), Idr.ofSen(total));
  }

  // ------------------------------------------------------------ tax, panjar

  static TaxBook taxBook(LedgerState s, List<Operation> history, LocalDate asOf) {
    Map<OperationId, List<DepositTax>> deposits = new HashMap<>();
    List<LedgerState.Spp> paid = new ArrayList<>();
    for (Operation op : history) {
      // a switch expression without default: the compiler checks that every kind is considered for the tax book
      boolean taxed = switch (op.kind()) {
        case DEPOSIT_TAX -> deposits.computeIfAbsent(((DepositTax) op).spp(), k -> new ArrayList<>()).add((DepositTax) op);
        case PAY_SPP -> paid.add(s.spps.get(((PaySpp) op).spp()));
        // taxes are withheld on payment only (on a panjar: none) and leave by deposit only; a reversal voids the payment's line
        case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, SUBMIT_SPP,
            VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, SETTLE_PANJAR, REVERSE_RECEIPT, REVERSE_PAYMENT, CLOSE_YEAR,
            SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, DEPOSIT_TAX_PERIOD, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET,
            SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, ACCOUNT_PANJAR, OPEN_YEAR,
            RECORD_BANK_INTEREST, RECORD_BANK_FEE -> false; // the bank deposits the tax it withholds on interest: not the village's tax book. Taxes of lined SPPs and SPJ panjar: the tax book per period (taxPeriodBook)
      };
      assert taxed == (op.kind() == OperationKind.PAY_SPP || op.kind() == OperationKind.DEPOSIT_TAX);
    }
    List<TaxBook.Line> lines = new ArrayList<>();
    long withheld = 0;
    long deposited = 0;
    long overdue = 0;
    for (LedgerState.Spp spp : paid) {
      if (spp.type != SppType.LS || spp.lined()) {
        continue; // a lined SPP's taxes: taxPeriodBook
      }
      LocalDate due = Withholding.dueDate(spp.paidOn, s.policy);
      boolean reversed = spp.status == SppStatus.REVERSED;
      for (TaxType t : LedgerState.TAX_TYPES) {
        long w = reversed ? 0 : spp.withheld[t.ordinal()];
        if (spp.withheld[t.ordinal()] == 0) {
          continue;
        }
        long d = spp.deposited[t.ordinal()];
        long owed = w - d;
        boolean late = owed > 0 && asOf.isAfter(due);
        ImmutableList.Builder<TaxBook.Deposit> ds = ImmutableList.builder();
        for (DepositTax dt : deposits.getOrDefault(spp.id, List.of())) {
          if (dt.tax() == t) {
            ds.add(new TaxBook.Deposit(dt.id(), dt.businessDate(s.zone), dt.amount(), dt.ntpn(), dt.businessDate(s.zone).isAfter(due)));
          }
        }
        lines.add(new TaxBook.Line(spp.id, t, spp.paidOn, due, Idr.ofSen(w), Idr.ofSen(d), Idr.ofSen(owed), late, ds.build()));
        withheld += w;
        deposited += d;
        overdue += late ? owed : 0;
      }
    }
    return new TaxBook(asOf, ImmutableList.copyOf(lines), Idr.ofSen(withheld), Idr.ofSen(deposited), Idr.ofSen(withheld - deposited), Idr.ofSen(overdue));
  }

  /**
   * The tax book per tax type and period (<i>buku pembantu pajak per masa</i>) of the lined SPPs:
   * each paid line's taxes with base, rate and regulation, withheld in the month of payment; the
   * period deposits with billing code and NTPN; due dates by the year's tax rules, moved past
   * weekends and the holidays of {@link id.smartkampung.core.calendar.HolidayCalendar}. Empty when the
   * pack has no tax rules.
   */
  static TaxPeriodBook taxPeriodBook(LedgerState s, List<Operation> history) {
    if (s.taxRules == null) {
      return null;
    }
    id.smartkampung.core.calendar.HolidayCalendar holidays = id.smartkampung.core.calendar.HolidayCalendar.standard();
    TaxPeriodBook book = TaxPeriodBook.of(s.taxRules, d -> holidays.holiday(d).isPresent());
    for (Operation op : history) {
      if (op.kind() == OperationKind.PAY_SPP) {
        LedgerState.Spp spp = s.spps.get(((PaySpp) op).spp());
        if (spp.lined() && spp.status != SppStatus.REVERSED) {
          for (int l = 0; l < spp.lineTaxes.length; l++) {
            book = book.withheld(spp.id.value() + "#" + (l + 1), spp.paidOn, spp.lineTaxes[l]);
          }
        }
      } else if (op.kind() == OperationKind.ACCOUNT_PANJAR) {
        Operation.AccountPanjar o = (Operation.AccountPanjar) op;
        TaxDetermination[] taxes = s.spjTaxes.get(o.id());
        for (int r = 0; r < taxes.length; r++) {
          book = book.withheld(o.id().value() + "#" + o.receipts().get(r).number(), o.businessDate(s.zone), taxes[r]);
        }
      } else if (op.kind() == OperationKind.OPEN_YEAR) {
        for (Operation.OpenYear.CarriedTax t : ((Operation.OpenYear) op).taxOwed()) {
          book = book.broughtForward(new TaxPeriod(t.levy(), t.period()), t.amount());
        }
      } else if (op.kind() == OperationKind.DEPOSIT_TAX_PERIOD) {
        DepositTaxPeriod o = (DepositTaxPeriod) op;
        book = book.deposited(new TaxDeposit(o.id().value(), new TaxPeriod(o.levy(), o.period()), o.businessDate(s.zone), o.amount(), o.ntpn()));
      }
    }
    return book;
  }

  static PanjarBook panjarBook(LedgerState s, LocalDate asOf) {
    List<LedgerState.Spp> panjar = new ArrayList<>();
    for (LedgerState.Spp spp : s.spps.values()) {
      if (spp.type == SppType.UM && spp.paidOn != null) {
        panjar.add(spp);
      }
    }
    panjar.sort(Comparator.comparing((LedgerState.Spp p) -> p.paidOn).thenComparing(p -> p.id));
    int days = s.policy.panjar().returnWithinWorkingDays();
    List<PanjarBook.Line> lines = new ArrayList<>();
    long outstanding = 0;
    long overdue = 0;
    for (LedgerState.Spp p : panjar) {
      LocalDate due = WorkingDays.plus(p.paidOn, days);
      PanjarBook.Status status =
          p.status == SppStatus.SETTLED ? PanjarBook.Status.SETTLED : p.status == SppStatus.REVERSED ? PanjarBook.Status.REVERSED : PanjarBook.Status.OUTSTANDING;
      boolean late =
          status == PanjarBook.Status.OUTSTANDING ? asOf.isAfter(due) : status == PanjarBook.Status.SETTLED && p.settledOn.isAfter(due);
      if (status == PanjarBook.Status.OUTSTANDING) {
        outstanding += p.amount;
        overdue += late ? p.amount : 0;
      }
      boolean settled = status == PanjarBook.Status.SETTLED;
      lines.add(
          new PanjarBook.Line(
              p.id,
              s.itemKeys.get(p.item),
              p.submitter,
              p.paidOn,
              due,
              Idr.ofSen(p.amount),
              status,
              p.settledOn,
              Idr.ofSen(settled ? p.spent : 0),
              Idr.ofSen(settled ? Math.max(0, p.amount - p.spent) : 0), // an SPJ above the advance returned nothing: the excess was paid further
              late));
    }
    return new PanjarBook(asOf, ImmutableList.copyOf(lines), Idr.ofSen(outstanding), Idr.ofSen(overdue));
  }

  // ---------------------------------------------------------------- reports

  static RealisationReport realisation(LedgerState s, String title, LocalDate asOf) {
    List<BudgetItemKey> keys = new ArrayList<>(s.itemKeys);
    Map<BudgetItemKey, Integer> idx = s.itemIndex;
    keys.sort(Comparator.naturalOrder());
    ImmutableList.Builder<RealisationReport.Line> lines = ImmutableList.builder();
    TreeMap<String, long[]> bidang = new TreeMap<>();
    TreeMap<KegiatanCode, long[]> kegiatan = new TreeMap<>();
    TreeMap<FundSource, long[]> fund = new TreeMap<>();
    long[] total = new long[3];
    for (BudgetItemKey k : keys) {
      int i = idx.get(k);
      long[] v = {s.budget[i], s.committed[i], s.realised[i]};
      lines.add(new RealisationReport.Line(k, figures(v)));
      add(bidang.computeIfAbsent(k.kegiatan().bidangCode(), x -> new long[3]), v);
      add(kegiatan.computeIfAbsent(k.kegiatan(), x -> new long[3]), v);
      add(fund.computeIfAbsent(k.fundSource(), x -> new long[3]), v);
      add(total, v);
    }
    return new RealisationReport(title, asOf, lines.build(), totals(bidang), totals(kegiatan), totals(fund), figures(total));
  }

  private static void add(long[] into, long[] v) {
    for (int i = 0; i < v.length; i++) {
      into[i] = Math.addExact(into[i], v[i]);
    }
  }

  private static Figures figures(long[] v) {
    return new Figures(Idr.ofSen(v[0]), Idr.ofSen(v[1]), Idr.ofSen(v[2]));
  }

  private static <K extends Comparable<K>> ImmutableSortedMap<K, Figures> totals(TreeMap<K, long[]> m) {
    ImmutableSortedMap.Builder<K, Figures> b = ImmutableSortedMap.naturalOrder();
    m.forEach((k, v) -> b.put(k, figures(v)));
    return b.build();
  }

  static YearEndReport yearEnd(LedgerState s) {
    Apbdes budget = s.enacted;
    TreeMap<AccountCode, long[]> pend = new TreeMap<>();
    TreeMap<AccountCode, long[]> bel = new TreeMap<>();
    TreeMap<AccountCode, long[]> pin = new TreeMap<>();
    TreeMap<AccountCode, long[]> pout = new TreeMap<>();
    if (budget != null) {
      for (BudgetLine l : budget.lines()) {
        long sen = Idr.toSen(l.amount());
        TreeMap<AccountCode, long[]> into =
            switch (l.section()) {
              case PENDAPATAN -> pend;
              case PEMBIAYAAN_PENERIMAAN -> pin;
              case PEMBIAYAAN_PENGELUARAN -> pout;
              case BELANJA -> null;
            };
        if (into != null) {
          into.computeIfAbsent(l.account(), a -> new long[2])[0] += sen;
        }
      }
    }
    s.receivedByAccount.forEach((a, v) -> (a.isPendapatan() ? pend : pin).computeIfAbsent(a, x -> new long[2])[1] += v[0]);
    for (int i = 0; i < s.itemKeys.size(); i++) {
      long[] row = bel.computeIfAbsent(s.itemKeys.get(i).account().truncatedTo(AccountCode.Level.KELOMPOK), x -> new long[2]);
      row[0] += s.budget[i];
      row[1] += s.realised[i];
    }
    // financing expenditures (6.2.x) realised by financing SPPs, at the accounts of their budget lines
    for (int i = 0; i < s.finKeys.size(); i++) {
      pout.computeIfAbsent(s.finKeys.get(i).account(), x -> new long[2])[1] += s.finRealised[i];
    }
    ImmutableList<YearEndReport.Row> p = rows(pend);
    ImmutableList<YearEndReport.Row> b = rows(bel);
    ImmutableList<YearEndReport.Row> pi = rows(pin);
    ImmutableList<YearEndReport.Row> po = rows(pout);
    long[] tp = sum(pend);
    long[] tb = sum(bel);
    long[] tpi = sum(pin);
    long[] tpo = sum(pout);
    ImmutableSortedMap.Builder<FundSource, Money> silpa = ImmutableSortedMap.naturalOrder();
    long silpaTotal = 0;
    for (int f = 0; f < s.fundKeys.size(); f++) {
      long v = s.cash[f] - s.taxPayable[f];
      silpa.put(s.fundKeys.get(f), Idr.ofSen(v));
      silpaTotal += v;
    }
    return new YearEndReport(
        s.fiscalYear,
        s.closed,
        p,
        b,
        pi,
        po,
        new YearEndReport.Row(AccountCode.parse("4"), Idr.ofSen(tp[0]), Idr.ofSen(tp[1])),
        new YearEndReport.Row(AccountCode.parse("5"), Idr.ofSen(tb[0]), Idr.ofSen(tb[1])),
        new YearEndReport.Row(AccountCode.parse("6"), Idr.ofSen(tpi[0] - tpo[0]), Idr.ofSen(tpi[1] - tpo[1])),
        silpa.build(),
        Idr.ofSen(silpaTotal),
        bySource(s, budget, silpa.build()));
  }

  /** Budget and realisation per fund source: revenue and financing receipts from the receipts, belanja and financing expenditure from the items. */
  private static ImmutableSortedMap<FundSource, YearEndReport.FundSourceRow> bySource(LedgerState s, Apbdes budget, ImmutableSortedMap<FundSource, Money> silpa) {
    // per source: pendapatan budget/realised, belanja budget/realised, penerimaan pembiayaan budget/realised, pengeluaran budget/realised
    TreeMap<FundSource, long[]> m = new TreeMap<>();
    if (budget != null) {
      for (BudgetLine l : budget.lines()) {
        if (l.fundSource() == null || l.section() == Section.BELANJA || l.section() == Section.PEMBIAYAAN_PENGELUARAN) {
          continue; // belanja and financing expenditure: from the items in force below
        }
        m.computeIfAbsent(l.fundSource(), x -> new long[8])[l.section() == Section.PENDAPATAN ? 0 : 4] += Idr.toSen(l.amount());
      }
    }
    for (LedgerState.Receipt r : s.receipts.values()) {
      if (!r.reversed) {
        m.computeIfAbsent(s.fundKeys.get(r.fund), x -> new long[8])[r.account.isPendapatan() ? 1 : 5] += r.amount;
      }
    }
    for (int f = 0; f < s.fundKeys.size(); f++) {
      if (s.interest[f] != 0) {
        m.computeIfAbsent(s.fundKeys.get(f), x -> new long[8])[1] += s.interest[f]; // bank interest, gross (4.3.6)
      }
    }
    for (int i = 0; i < s.itemKeys.size(); i++) {
      long[] v = m.computeIfAbsent(s.itemKeys.get(i).fundSource(), x -> new long[8]);
      v[2] += s.budget[i];
      v[3] += s.realised[i];
    }
    for (int i = 0; i < s.finKeys.size(); i++) {
      long[] v = m.computeIfAbsent(s.finKeys.get(i).fundSource(), x -> new long[8]);
      v[6] += s.finBudget[i];
      v[7] += s.finRealised[i];
    }
    ImmutableSortedMap.Builder<FundSource, YearEndReport.FundSourceRow> b = ImmutableSortedMap.naturalOrder();
    m.forEach((f, v) -> b.put(f, new YearEndReport.FundSourceRow(f, Idr.ofSen(v[0]), Idr.ofSen(v[1]), Idr.ofSen(v[2]), Idr.ofSen(v[3]), Idr.ofSen(v[4]), Idr.ofSen(v[5]),
        Idr.ofSen(v[6]), Idr.ofSen(v[7]), silpa.getOrDefault(f, Idr.ZERO))));
    return b.build();
  }

  /** BLT Desa paid per family and month: every KPM-month of a BLT SPP that stands paid. */
  static id.smartkampung.core.ledger.report.BltRealisation blt(LedgerState s, List<Operation> history) {
    ImmutableList.Builder<id.smartkampung.core.ledger.report.BltRealisation.Payment> payments = ImmutableList.builder();
    TreeMap<String, Long> byKpm = new TreeMap<>();
    TreeMap<java.time.YearMonth, Long> byMonth = new TreeMap<>();
    long total = 0;
    for (Operation op : history) {
      if (op.kind() != OperationKind.SUBMIT_BLT_SPP) {
        continue;
      }
      Operation.SubmitBltSpp b = (Operation.SubmitBltSpp) op;
      LedgerState.Spp spp = s.spps.get(b.id());
      if (spp == null || spp.status != SppStatus.PAID) {
        continue;
      }
      long monthly = Idr.toSen(b.monthly());
      for (Operation.SubmitBltSpp.KpmMonth km : b.payments()) {
        payments.add(new id.smartkampung.core.ledger.report.BltRealisation.Payment(km.kpm(), km.month(), Idr.ofSen(monthly), b.id(), spp.paidOn));
        byKpm.merge(km.kpm(), monthly, Long::sum);
        byMonth.merge(km.month(), monthly, Long::sum);
        total += monthly;
      }
    }
    ImmutableSortedMap.Builder<String, Money> k = ImmutableSortedMap.naturalOrder();
    byKpm.forEach((x, v) -> k.put(x, Idr.ofSen(v)));
    ImmutableSortedMap.Builder<java.time.YearMonth, Money> mo = ImmutableSortedMap.naturalOrder();
    byMonth.forEach((x, v) -> mo.put(x, Idr.ofSen(v)));
    return new id.smartkampung.core.ledger.report.BltRealisation(s.fiscalYear, com.google.common.collect.ImmutableSortedSet.copyOf(s.kpmList), payments.build(), k.build(), mo.build(), Idr.ofSen(total));
  }

  /** The Dana Desa realisation per kegiatan with the absorption and the next tranche's gates. */
  static id.smartkampung.core.ledger.report.DanaDesaRealisation danaDesa(LedgerState s, LocalDate asOf) {
    TreeMap<KegiatanCode, long[]> per = new TreeMap<>();
    TreeMap<KegiatanCode, List<String>> outputs = new TreeMap<>();
    for (int i = 0; i < s.itemKeys.size(); i++) {
      BudgetItemKey k = s.itemKeys.get(i);
      if (k.fundSource().equals(FundSource.DDS) && (s.budget[i] != 0 || s.realised[i] != 0)) {
        long[] v = per.computeIfAbsent(k.kegiatan(), x -> new long[2]);
        v[0] += s.budget[i];
        v[1] += s.realised[i];
      }
    }
    if (s.enacted != null) {
      for (BudgetLine l : s.enacted.lines(Section.BELANJA)) {
        if (FundSource.DDS.equals(l.fundSource()) && l.output() != null && per.containsKey(l.kegiatan())) {
          outputs.computeIfAbsent(l.kegiatan(), x -> new ArrayList<>()).add(l.output());
        }
      }
    }
    ImmutableList.Builder<id.smartkampung.core.ledger.report.DanaDesaRealisation.Activity> acts = ImmutableList.builder();
    per.forEach((k, v) -> acts.add(new id.smartkampung.core.ledger.report.DanaDesaRealisation.Activity(k, Idr.ofSen(v[0]), Idr.ofSen(v[1]),
        ImmutableList.copyOf(outputs.getOrDefault(k, List.of())))));
    DanaDesaAbsorption absorption = absorption(s);
    int next = 0;
    java.math.BigDecimal minAbsorption = java.math.BigDecimal.ZERO;
    java.math.BigDecimal minOutput = java.math.BigDecimal.ZERO;
    for (PolicyPack.Tranche t : s.policy.tranches()) {
      if (t.number() < s.receivedByTranche.length && s.receivedByTranche[t.number()] == 0) {
        next = t.number();
        minAbsorption = t.minAbsorption();
        minOutput = t.minOutput();
        break;
      }
    }
    return new id.smartkampung.core.ledger.report.DanaDesaRealisation(s.fiscalYear, asOf, s.policy.tranchesReference(), absorption, acts.build(), next, minAbsorption, minOutput);
  }

  private static ImmutableList<YearEndReport.Row> rows(TreeMap<AccountCode, long[]> m) {
    ImmutableList.Builder<YearEndReport.Row> b = ImmutableList.builder();
    m.forEach((a, v) -> b.add(new YearEndReport.Row(a, Idr.ofSen(v[0]), Idr.ofSen(v[1]))));
    return b.build();
  }

  private static long[] sum(TreeMap<AccountCode, long[]> m) {
    long[] t = new long[2];
    for (long[] v : m.values()) {
      t[0] += v[0];
      t[1] += v[1];
    }
    return t;
  }

  // ---------------------------------------------------------------- recheck

  static ImmutableList<Finding> recheck(LedgerState s, List<Operation> history) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < s.itemKeys.size(); i++) {
      Guarantees.withinItem(s.itemKeys.get(i), s.budget[i], s.committed[i], s.realised[i], 0, "$.items[" + s.itemKeys.get(i) + "]", out);
    }
    long[] owed = new long[s.fundKeys.size()];
    long[] realised = new long[s.fundKeys.size()];
    long[] advances = new long[s.fundKeys.size()];
    for (int i = 0; i < s.itemKeys.size(); i++) {
      realised[s.itemFund[i]] += s.realised[i];
    }
    // financing expenditures (6.2.x) paid leave the cash of their fund source as belanja does
    for (int i = 0; i < s.finKeys.size(); i++) {
      Guarantees.withinItem(s.finKeys.get(i), s.finBudget[i], s.finCommitted[i], s.finRealised[i], 0, "$.financing[" + s.finKeys.get(i) + "]", out);
      realised[s.finFund[i]] += s.finRealised[i];
    }
    // lined SPPs: what their paid lines withheld, less what the period deposits took from each fund source
    for (LedgerState.Spp spp : s.spps.values()) {
      if (spp.lined() && spp.status == SppStatus.PAID) {
        for (int l = 0; l < spp.lineItems.length; l++) {
          owed[s.itemFund[spp.lineItems[l]]] += spp.lineWithheld[l];
        }
      }
    }
    // SPJ panjar: what their receipts' taxes collected, to the panjar item's fund source
    for (Map.Entry<OperationId, TaxDetermination[]> e : s.spjTaxes.entrySet()) {
      for (TaxDetermination d : e.getValue()) {
        for (TaxLine t : d.lines()) {
          owed[s.spjFund.get(e.getKey())] += Idr.toSen(t.amount());
        }
      }
    }
    // the previous year's tax owed, brought by the opening
    s.taxCarried.forEach((source, sen) -> owed[s.fundIndex.get(source)] += sen);
    for (long[] split : s.depositSplit.values()) {
      for (int f = 0; f < split.length; f++) {
        owed[f] -= split[f];
      }
    }
    s.periodTaxes.forEach((period, p) -> {
      for (int f = 0; f < p.withheld.length; f++) {
        if (p.deposited[f] > p.withheld[f]) {
          out.add(Finding.error(Rule.TAX_OVERDEPOSITED, "$.taxes[" + period + "]", "more deposited than withheld for " + period + " of " + s.fundKeys.get(f)));
        }
      }
    });
    for (LedgerState.Spp spp : s.spps.values()) {
      if (spp.lined()) {
        continue;
      }
      int f = s.fundOf(spp);
      if (spp.type == SppType.LS && spp.status == SppStatus.PAID) {
        for (int t = 0; t < spp.withheld.length; t++) {
          if (spp.deposited[t] > spp.withheld[t]) {
            out.add(Finding.error(Rule.TAX_OVERDEPOSITED, "$.spp[" + spp.id + "]", "more deposited than withheld on SPP " + spp.id));
          }
          owed[f] += spp.withheld[t] - spp.deposited[t];
        }
      }
      if (spp.type == SppType.UM && spp.status == SppStatus.PAID) {
        advances[f] += spp.amount - spp.spent; // what partial SPJ accounted for is realised
      }
    }
    long cashTotal = 0;
    for (int f = 0; f < s.fundKeys.size(); f++) {
      FundSource fs = s.fundKeys.get(f);
      String path = "$.funds[" + fs + "]";
      Guarantees.cashCovers(fs, s.cash[f], s.taxPayable[f], 0, path, out);
      cashTotal += s.cash[f];
      if (owed[f] != s.taxPayable[f]) {
        out.add(unreconciled(path, "tax payable of " + fs + " is " + Idr.formatSen(s.taxPayable[f]) + " but its payments owe " + Idr.formatSen(owed[f])));
      }
      long expected = s.received[f] - realised[f] - advances[f];
      if (s.cash[f] - s.taxPayable[f] != expected) {
        out.add(
            unreconciled(
                path,
                "available cash of " + fs + " is " + Idr.formatSen(s.cash[f] - s.taxPayable[f]) + " but received − realised − panjar outstanding is " + Idr.formatSen(expected)));
      }
    }
    for (int f = 0; f < s.fundKeys.size(); f++) {
      for (boolean inCash : new boolean[] {false, true}) {
        if (s.placeBalance(f, inCash) < 0) {
          out.add(Finding.error(Rule.CASH_PLACE_NEGATIVE, "$.funds[" + s.fundKeys.get(f) + "]." + (inCash ? "cash" : "bank"),
              (inCash ? "cash on hand" : "the bank balance") + " of " + s.fundKeys.get(f) + " is " + Idr.formatSen(s.placeBalance(f, inCash))));
        }
      }
    }
    BkuWriter all = lines(s, history);
    id.smartkampung.core.ledger.book.BukuKas bank = all.book(CashPlace.BANK, s.fiscalYear);
    id.smartkampung.core.ledger.book.BukuKas tunai = all.book(CashPlace.CASH, s.fiscalYear);
    if (Idr.toSen(tunai.balance()) != s.cashOnHand() || Idr.toSen(bank.balance()) + Idr.toSen(tunai.balance()) != cashTotal) {
      out.add(unreconciled("$.bukuKas", "bank book " + Idr.format(bank.balance()) + " and cash book " + Idr.format(tunai.balance()) + " do not make the cash of all fund sources "
          + Idr.formatSen(cashTotal) + " with cash on hand " + Idr.formatSen(s.cashOnHand())));
    }
    BukuKasUmum bku = bku(s, history);
    if (Idr.toSen(bku.balance()) != cashTotal) {
      out.add(unreconciled("$.bku", "BKU balance " + Idr.format(bku.balance()) + " differs from the cash of all fund sources " + Idr.formatSen(cashTotal)));
    }
    RealisationReport r = realisation(s, "recheck", LocalDate.of(s.fiscalYear, 12, 31));
    Figures lineSum = Figures.ZERO;
    for (RealisationReport.Line l : r.lines()) {
      lineSum = lineSum.plus(l.figures());
    }
    checkTotal(out, "total", lineSum, r.total());
    checkTotal(out, "byBidang", sumOf(r.byBidang()), r.total());
    checkTotal(out, "byKegiatan", sumOf(r.byKegiatan()), r.total());
    checkTotal(out, "byFundSource", sumOf(r.byFundSource()), r.total());
    return ImmutableList.copyOf(out);
  }

  private static Figures sumOf(Map<?, Figures> m) {
    Figures f = Figures.ZERO;
    for (Figures v : m.values()) {
      f = f.plus(v);
    }
    return f;
  }

  private static void checkTotal(List<Finding> out, String what, Figures sum, Figures total) {
    if (!sum.budget().isEqualTo(total.budget()) || !sum.committed().isEqualTo(total.committed()) || !sum.realised().isEqualTo(total.realised())) {
      out.add(unreconciled("$.realisation." + what, "realisation " + what + " do not add up to the total: " + sum + " vs " + total));
    }
  }

  private static Finding unreconciled(String path, String message) {
    return Finding.error(Rule.BOOKS_UNRECONCILED, path, message);
  }
}
