package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.ATK;
import static id.smartkampung.core.ledger.LedgerFixture.HASIL_USAHA;
import static id.smartkampung.core.ledger.LedgerFixture.HONOR;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_UMUM;
import static id.smartkampung.core.ledger.LedgerFixture.POLICY;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static id.smartkampung.core.ledger.LedgerFixture.YEAR;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.journal.EventFormatException;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.ledger.Operation.CloseMonth;
import id.smartkampung.core.ledger.Operation.MoveCash;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.book.BukuKas;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cash on hand and bank (issue 14): the village's money per fund source in the bank account (RKD,
 * Permendagri 20/2018 Pasal 43) and in the treasurer's cash box (Pasal 44(4)-(5)); mutasi kas; the
 * BKU, buku pembantu bank and buku kas tunai reconcile (Pasal 63); neither place goes negative at
 * any business date (I6.cash-place-negative).
 */
class CashAndBankTest {

  private static Instant at(int month, int day) {
    return LocalDate.of(YEAR, month, day).atTime(LocalTime.of(10, 0)).atZone(Operation.ZONE).toInstant();
  }

  private static void rejected(LedgerFixture f, Operation op, Rule rule) {
    LedgerSnapshot before = f.ledger.snapshot();
    long size = f.ledger.size();
    Outcome o = f.apply(op);
    assertTrue(o.isRejected(), () -> "expected rejection " + rule + ": " + o);
    assertTrue(o.has(rule), () -> "expected " + rule + " in " + o.findings());
    assertEquals(before, f.ledger.snapshot());
    assertEquals(size, f.ledger.size());
  }

  private static MoveCash withdraw(LedgerFixture f, FundSource source, long rupiah) {
    return new MoveCash(f.id(), KAUR, f.tick(), source, CashPlace.CASH, rp(rupiah), "cek penarikan tunai");
  }

  private static PaySpp payInCash(LedgerFixture f, OperationId spp, TaxType... taxes) {
    return new PaySpp(f.id(), KAUR, f.tick(), spp, ImmutableSortedSet.copyOf(taxes), "kuitansi tunai", CashPlace.CASH);
  }

  private static OperationId approved(LedgerFixture f, SppType type, id.smartkampung.core.budget.BudgetItemKey item, long rupiah) {
    OperationId spp = f.ok(f.submit(LedgerFixture.pkaOf(item), type, item, rupiah));
    f.ok(f.verify(spp));
    f.ok(f.approve(spp));
    return spp;
  }

  /** The books and the reference model agree with the ledger: BKU = bank book + cash book, per source and in total (I10). */
  private static void reconciled(LedgerFixture f) {
    BukuKasUmum bku = f.ledger.bku();
    BukuKas bank = f.ledger.bukuBank();
    BukuKas cash = f.ledger.bukuKasTunai();
    assertEquals(Idr.toSen(bku.balance()), Idr.toSen(bank.balance()) + Idr.toSen(cash.balance()), "BKU = bank + cash");
    f.ledger.snapshot().funds().forEach((source, p) -> {
      long inBank = Idr.toSen(bank.balances().getOrDefault(source, Idr.ZERO));
      long inCash = Idr.toSen(cash.balances().getOrDefault(source, Idr.ZERO));
      assertEquals(Idr.toSen(p.cash()), inBank + inCash, "cash of " + source + " = its bank + its cash on hand");
    });
    assertEquals(List.of(), f.ledger.recheck());
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, f.ledger.policy(), f.ledger.history());
    assertEquals(List.of(), model.violations());
    cash.balances().forEach((source, m) -> assertEquals(0, model.cashOnHand().get(source).compareTo(m.getNumberStripped()), "reference cash on hand of " + source));
  }

  @Test
  @DisplayName("cash is withdrawn from the RKD for small purchases and paid out of the cash box; the books reconcile (Permendagri 20/2018 Pasal 44(4), 63)")
  void withdrawalForSmallPurchases() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 1, 8));
    f.ok(withdraw(f, FundSource.ADD, 2_000_000L));
    OperationId spp = approved(f, SppType.LS, ATK, 1_500_000L);
    f.ok(payInCash(f, spp));
    assertEquals(rp(500_000L), f.ledger.bukuKasTunai().balance(), "2 M withdrawn, 1.5 M paid in cash");
    assertEquals(rp(500_000L), f.ledger.bukuKasTunai().balances().get(FundSource.ADD));
    assertEquals(rp(298_000_000L), f.ledger.bukuBank().balances().get(FundSource.ADD), "300 M ADD less the 2 M withdrawn");
    // the mutasi is in both subsidiary books, not in the BKU
    assertTrue(f.ledger.bku().entries().stream().noneMatch(e -> e.description().contains("penarikan")));
    assertEquals(2, f.ledger.bukuBank().entries().stream().filter(e -> e.kind() == null).count() + f.ledger.bukuKasTunai().entries().stream().filter(e -> e.kind() == null).count());
    assertEquals(rp(548_500_000L), f.ledger.bku().balance());
    reconciled(f);
  }

  @Test
  @DisplayName("the monthly close's cash count is checked against the cash on hand of the books (Pasal 63; I10.books-unreconciled)")
  void closeCountsTheCashBox() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 1, 20));
    f.ok(withdraw(f, FundSource.ADD, 3_000_000L));
    f.on(LocalDate.of(YEAR, 2, 2));
    rejected(f, new CloseMonth(f.id(), KAUR, f.tick(), YearMonth.of(YEAR, 1), Idr.ZERO, "BA kas Januari"), Rule.BOOKS_UNRECONCILED);
    rejected(f, new CloseMonth(f.id(), KAUR, f.tick(), YearMonth.of(YEAR, 1), rp(2_999_999L), "BA kas Januari"), Rule.BOOKS_UNRECONCILED);
    f.ok(new CloseMonth(f.id(), KAUR, f.tick(), YearMonth.of(YEAR, 1), rp(3_000_000L), "BA kas Januari"));
    reconciled(f);
  }

  @Test
  @DisplayName("cash on hand and the bank balance never go negative: a cash payment needs cash in the box, a withdrawal money in the bank (I6.cash-place-negative)")
  void neitherPlaceGoesNegative() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 1, 8));
    OperationId spp = approved(f, SppType.LS, ATK, 1_500_000L);
    rejected(f, payInCash(f, spp), Rule.CASH_PLACE_NEGATIVE);
    f.ok(withdraw(f, FundSource.ADD, 1_000_000L));
    rejected(f, payInCash(f, spp), Rule.CASH_PLACE_NEGATIVE);
    // the cash of ADD is there, only not in the box: the fund-source rule (I6.cash-negative) holds, the place rule does not
    Outcome o = f.apply(payInCash(f, spp));
    assertFalse(o.has(Rule.CASH_NEGATIVE));
    rejected(f, withdraw(f, FundSource.PAD, 50_000_001L), Rule.CASH_PLACE_NEGATIVE);
    rejected(f, new MoveCash(f.id(), KAUR, f.tick(), FundSource.ADD, CashPlace.BANK, rp(1_000_001L), "setor"), Rule.CASH_PLACE_NEGATIVE);
    rejected(f, withdraw(f, FundSource.DDS, 0L), Rule.AMOUNT_NOT_POSITIVE);
    rejected(f, new MoveCash(f.id(), LedgerFixture.PKA_UMUM, f.tick(), FundSource.ADD, CashPlace.CASH, rp(1L), "bukan bendahara"), Rule.WRONG_ROLE);
    rejected(f, new MoveCash(f.id(), KAUR, f.tick(), FundSource.parse("ZZZ"), CashPlace.CASH, rp(1L), "?"), Rule.CODE_UNKNOWN);
    f.ok(new MoveCash(f.id(), KAUR, f.tick(), FundSource.ADD, CashPlace.BANK, rp(1_000_000L), "setor kembali"));
    f.ok(f.pay(spp));
    reconciled(f);
  }

  @Test
  @DisplayName("regression: a payment back-dated before the receipt it needed was accepted and the date-ordered BKU dipped below zero; now refused (I6.cash-place-negative)")
  void backDatedPaymentCannotSpendLaterMoney() {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(LocalDate.of(YEAR, 1, 5));
    OperationId spp = approved(f, SppType.LS, HONOR, 10_000_000L);
    f.on(LocalDate.of(YEAR, 1, 20));
    f.ok(new ReceiveRevenue(f.id(), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(50_000_000L), null, "rekening koran 20/1"));
    // dated 10 January, after the approval, but before the money came in on the 20th
    PaySpp backDated = new PaySpp(f.id(), KAUR, at(1, 10), spp, ImmutableSortedSet.of(), "transfer 10/1");
    rejected(f, backDated, Rule.CASH_PLACE_NEGATIVE);
    // the reference model states the rule on its own: the same history with the payment forced in is a violation
    List<Operation> forged = new java.util.ArrayList<>(f.ledger.history());
    forged.add(backDated);
    assertTrue(ReferenceLedger.recompute(VILLAGE, POLICY, forged).violations().stream().anyMatch(v -> v.finding().rule() == Rule.CASH_PLACE_NEGATIVE));
    // a receipt back-dated to the 8th (the bank statement came late) pays it
    f.ok(new ReceiveRevenue(f.id(), KAUR, at(1, 8), HASIL_USAHA, FundSource.PAD, rp(10_000_000L), null, "rekening koran 8/1"));
    f.ok(new PaySpp(f.id(), KAUR, at(1, 10), spp, ImmutableSortedSet.of(), "transfer 10/1"));
    long running = 0;
    for (BukuKasUmum.Entry e : f.ledger.bku().entries()) {
      running = Idr.toSen(e.balance());
      assertTrue(running >= 0, () -> "the BKU in date order never dips below zero: " + e);
    }
    reconciled(f);
  }

  @Test
  @DisplayName("a back-dated withdrawal takes only money the bank held on its date and on every later date")
  void backDatedWithdrawal() {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(LocalDate.of(YEAR, 1, 15));
    f.ok(new ReceiveRevenue(f.id(), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(5_000_000L), null, "15/1"));
    f.on(LocalDate.of(YEAR, 1, 16));
    f.ok(withdraw(f, FundSource.PAD, 4_000_000L));
    // on the 10th the bank held nothing yet
    rejected(f, new MoveCash(f.id(), KAUR, at(1, 10), FundSource.PAD, CashPlace.CASH, rp(1_000L), "mundur"), Rule.CASH_PLACE_NEGATIVE);
    // on the 15th it held 5 M, but 4 M left on the 16th: 1 M is all that a withdrawal dated the 15th may take
    rejected(f, new MoveCash(f.id(), KAUR, at(1, 15), FundSource.PAD, CashPlace.CASH, rp(1_000_001L), "mundur"), Rule.CASH_PLACE_NEGATIVE);
    f.ok(new MoveCash(f.id(), KAUR, at(1, 15), FundSource.PAD, CashPlace.CASH, rp(1_000_000L), "mundur"));
    reconciled(f);
  }

  @Test
  @DisplayName("revenue received in cash is in the cash box; its reversal and a panjar's returned rest use the place of the original")
  void placesFollowTheOriginal() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 1, 9));
    OperationId levy = f.ok(new ReceiveRevenue(f.id(), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(750_000L), null, "retribusi pasar desa", CashPlace.CASH));
    assertEquals(rp(750_000L), f.ledger.bukuKasTunai().balance());
    f.ok(withdraw(f, FundSource.ADD, 2_000_000L));
    OperationId panjar = approved(f, SppType.UM, ATK, 2_000_000L);
    f.ok(payInCash(f, panjar));
    assertEquals(rp(750_000L), f.ledger.bukuKasTunai().balance());
    f.ok(new SettlePanjar(f.id(), PKA_UMUM, f.tick(), panjar, rp(1_600_000L), "kuitansi 1-4"));
    assertEquals(rp(1_150_000L), f.ledger.bukuKasTunai().balance(), "the 400 000 not spent came back to the cash box");
    f.ok(new ReverseReceipt(f.id(), KAUR, f.tick(), levy, "salah catat"));
    assertEquals(rp(400_000L), f.ledger.bukuKasTunai().balance());
    assertEquals(rp(50_000_000L), f.ledger.bukuBank().balances().get(FundSource.PAD), "the bank never saw the cash levy");
    reconciled(f);
  }

  @Test
  @DisplayName("tax withheld on a cash payment stays in the cash box until it is deposited, from the bank (a deposit needs the bank)")
  void taxOfACashPayment() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 1, 8));
    f.ok(withdraw(f, FundSource.ADD, 10_000_000L));
    OperationId spp = approved(f, SppType.LS, ATK, 10_000_000L);
    f.ok(payInCash(f, spp, TaxType.PPH_22));
    assertEquals(rp(150_000L), f.ledger.bukuKasTunai().balance(), "PPh 22 1.5 % of 10 M withheld, kept in the box");
    f.ok(new Operation.DepositTax(f.id(), KAUR, f.tick(), spp, TaxType.PPH_22, rp(150_000L), "NTPN 1"));
    assertEquals(rp(150_000L), f.ledger.bukuKasTunai().balance());
    assertEquals(rp(289_850_000L), f.ledger.bukuBank().balances().get(FundSource.ADD));
    reconciled(f);
  }

  @Test
  @DisplayName("cash on hand above the ceiling of the district's Perbup is a warning (Permendagri 20/2018 Pasal 44(5)); the national packs set none")
  void ceilingIsAWarning() {
    assertNull(POLICY.cashOnHand().ceiling(), "no figure confirmed nationally: unset");
    assertTrue(POLICY.cashOnHand().reference().contains("Pasal 44"));
    PolicyPack district = POLICY.withCashOnHandCeiling(new BigDecimal("10000000"), "Perbup (example district) Pasal x: kas tunai paling banyak Rp10.000.000");
    assertEquals(new BigDecimal("10000000"), district.cashOnHand().ceiling());
    assertEquals(POLICY.fiscalYear(), district.fiscalYear());
    LedgerFixture f = new LedgerFixture(Ledger.create(VILLAGE, district)).registered().enacted().funded();
    f.on(LocalDate.of(YEAR, 1, 8));
    Outcome within = f.apply(withdraw(f, FundSource.ADD, 10_000_000L));
    assertTrue(within.isAccepted() && within.findings().isEmpty(), within::toString);
    Outcome above = f.apply(withdraw(f, FundSource.ADD, 1L));
    assertTrue(above.isAccepted(), above::toString);
    assertTrue(above.has(Rule.CASH_ON_HAND_CEILING));
    assertEquals(Severity.WARNING, above.findings().get(0).severity());
    // putting cash back is not warned about, though the box is still above the ceiling
    Outcome back = f.apply(new MoveCash(f.id(), KAUR, f.tick(), FundSource.ADD, CashPlace.BANK, rp(0L).add(Money.of(new BigDecimal("0.50"), "IDR")), "setor"));
    assertTrue(back.isAccepted() && back.findings().isEmpty(), back::toString);
    assertThrows(IllegalArgumentException.class, () -> POLICY.withCashOnHandCeiling(new BigDecimal("-1"), "x"));
    assertThrows(IllegalArgumentException.class, () -> POLICY.withCashOnHandCeiling(new BigDecimal("1.001"), "x"));
    assertNull(POLICY.withCashOnHandCeiling(null, "none").cashOnHand().ceiling());
  }

  @Test
  @DisplayName("a journal written before places existed reads every receipt and payment as through the bank; 'via' is written only for cash")
  void oldJournalsAreBank() throws Exception {
    ObjectMapper json = new ObjectMapper();
    OperationCodec codec = OperationCodec.create();
    String old = "{\"id\":\"p-1\",\"actor\":{\"id\":\"kk-1\",\"name\":\"Bu Bendahara\",\"role\":\"KAUR_KEUANGAN\"},\"at\":\"2025-01-08T03:00:00Z\",\"spp\":\"s-1\",\"withhold\":[],\"reference\":\"trf\"}";
    PaySpp read = (PaySpp) codec.read("pay-spp", json.readTree(old), "$[3]");
    assertEquals(CashPlace.BANK, read.place());
    assertFalse(OperationCodec.write(read).has("via"));
    PaySpp cash = new PaySpp(read.id(), read.actor(), read.at(), read.spp(), read.withhold(), read.reference(), CashPlace.CASH);
    assertEquals("cash", OperationCodec.write(cash).get("via").asText());
    assertEquals(cash, codec.read("pay-spp", json.readTree(json.writeValueAsBytes(OperationCodec.write(cash))), "$[3]"));
    String bad = old.replace("\"reference\":\"trf\"", "\"reference\":\"trf\",\"via\":\"kas\"");
    EventFormatException e = assertThrows(EventFormatException.class, () -> codec.read("pay-spp", json.readTree(bad), "$[3]"));
    assertTrue(e.getMessage().contains("$[3].via") && e.getMessage().contains("'kas'"), e.getMessage());
    String noTo = "{\"id\":\"m-1\",\"actor\":{\"id\":\"kk-1\",\"name\":\"Bu Bendahara\",\"role\":\"KAUR_KEUANGAN\"},\"at\":\"2025-01-08T03:00:00Z\",\"fundSource\":\"ADD\",\"amount\":\"1000\",\"reference\":\"x\"}";
    EventFormatException missing = assertThrows(EventFormatException.class, () -> codec.read("move-cash", json.readTree(noTo), "$[4]"));
    assertTrue(missing.getMessage().contains("$[4].to"), missing.getMessage());
  }
}
