package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseMonth;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PayeeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.javamoney.moneta.Money;

/**
 * The writing half of {@link OperationCodec}: an operation's JSON written straight to a Jackson
 * {@link JsonGenerator}, field by field in their fixed order — the one place where each operation's
 * fields are written. The journal ({@link Journal#stage(OperationEncoder.Writer)}), the canonical bytes that
 * officials sign and the tree of {@link OperationCodec#write} all come from here, so a journal line
 * holds exactly the bytes the tree would print, without building the tree.
 *
 * <p>A budget and a payee are written through their own trees ({@link BudgetJson#toTree}, {@link
 * PayeeJson#write}): their format has one place, in their packages, and they are rare in a journal.
 */
final class OperationEncoder {
  private OperationEncoder() {}

  /** Writes what a journal entry's body or a tree is made of: one JSON value, to a generator. */
  @FunctionalInterface
  interface Writer {
    void writeTo(JsonGenerator g) throws IOException;
  }

  /**
   * The value {@code w} writes, as a new Jackson tree (the form of the public API's {@code
   * ObjectNode}s), through a {@link TokenBuffer}: the same fields, in the same order, as the bytes.
   *
   * @throws IllegalArgumentException as {@code w} throws it (e.g. an amount not in rupiah)
   */
  static ObjectNode tree(Writer w) {
    try (TokenBuffer tokens = new TokenBuffer(Journal.MAPPER, false)) {
      w.writeTo(tokens);
      JsonNode n = Journal.MAPPER.readTree(tokens.asParserOnFirstToken());
      return (ObjectNode) n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot buffer the tokens of an operation", e); // never: the tokens stay in memory
    }
  }

  /**
   * The canonical bytes of an operation of a village's fiscal year; see {@link
   * OperationCodec#canonicalBytes}.
   */
  static byte[] canonicalBytes(Village village, int fiscalYear, Operation op) {
    byte[] head = (OperationCodec.FORMAT + "\n" + village.code() + "\n" + fiscalYear + "\n" + OperationCodec.type(op) + "\n").getBytes(UTF_8);
    try (ByteArrayBuilder out = new ByteArrayBuilder(head.length + 256)) {
      out.write(head);
      try (JsonGenerator g = Journal.MAPPER.createGenerator(out)) {
        write(g, op);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an operation to memory", e); // never
    }
  }

  /**
   * Writes the operation's fields as one JSON object, in their fixed order.
   *
   * @throws IllegalArgumentException if an amount is not in rupiah (the journal holds IDR only);
   *     the generator is then left inside the object
   */
  static void write(JsonGenerator g, Operation op) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", op.id().value());
    official(g, "actor", op.actor());
    instant(g, "at", op.at());
    switch (op.kind()) {
      case REGISTER_OFFICIAL -> {
        RegisterOfficial r = (RegisterOfficial) op;
        official(g, "official", r.official());
        g.writeArrayFieldStart("kegiatan");
        for (var c : r.kegiatan()) {
          g.writeString(c.toString());
        }
        g.writeEndArray();
        if (r.publicKey() != null) {
          g.writeStringField("publicKey", r.publicKey());
        }
      }
      case DRAFT_BUDGET -> budget(g, ((DraftBudget) op).budget(), ((DraftBudget) op).reference());
      case AGREE_BUDGET -> g.writeStringField("reference", ((AgreeBudget) op).reference());
      case EVALUATE_BUDGET -> g.writeStringField("reference", ((EvaluateBudget) op).reference());
      case ENACT_BUDGET -> g.writeStringField("reference", ((EnactBudget) op).reference());
      case DRAFT_REVISION -> budget(g, ((DraftRevision) op).budget(), ((DraftRevision) op).reference());
      case RECEIVE_REVENUE -> {
        ReceiveRevenue r = (ReceiveRevenue) op;
        g.writeStringField("account", r.account().toString());
        g.writeStringField("fundSource", r.fundSource().code());
        amount(g, "amount", r.amount());
        if (r.tranche() != null) {
          g.writeNumberField("tranche", r.tranche().intValue());
        }
        if (r.part() != null) {
          g.writeStringField("part", r.part());
        }
        g.writeStringField("reference", r.reference());
        place(g, r.place());
      }
      case SUBMIT_SPP -> {
        SubmitSpp s = (SubmitSpp) op;
        g.writeStringField("sppType", s.type().name());
        budgetItem(g, "item", s.item());
        amount(g, "amount", s.amount());
        g.writeStringField("payee", s.payee());
        g.writeStringField("description", s.description());
      }
      case VERIFY_SPP -> g.writeStringField("spp", ((VerifySpp) op).spp().value());
      case APPROVE_SPP -> g.writeStringField("spp", ((ApproveSpp) op).spp().value());
      case REJECT_SPP -> {
        RejectSpp r = (RejectSpp) op;
        g.writeStringField("spp", r.spp().value());
        g.writeStringField("reason", r.reason());
      }
      case CANCEL_SPP -> {
        CancelSpp c = (CancelSpp) op;
        g.writeStringField("spp", c.spp().value());
        g.writeStringField("reason", c.reason());
      }
      case PAY_SPP -> {
        PaySpp p = (PaySpp) op;
        g.writeStringField("spp", p.spp().value());
        g.writeArrayFieldStart("withhold");
        for (var t : p.withhold()) {
          g.writeString(t.name());
        }
        g.writeEndArray();
        g.writeStringField("reference", p.reference());
        place(g, p.place());
      }
      case SETTLE_PANJAR -> {
        SettlePanjar s = (SettlePanjar) op;
        g.writeStringField("spp", s.spp().value());
        amount(g, "spent", s.spent());
        g.writeStringField("receipts", s.receipts());
      }
      case DEPOSIT_TAX -> {
        DepositTax d = (DepositTax) op;
        g.writeStringField("spp", d.spp().value());
        g.writeStringField("tax", d.tax().name());
        amount(g, "amount", d.amount());
        g.writeStringField("ntpn", d.ntpn());
      }
      case REVERSE_RECEIPT -> {
        ReverseReceipt r = (ReverseReceipt) op;
        g.writeStringField("receipt", r.receipt().value());
        g.writeStringField("reason", r.reason());
      }
      case REVERSE_PAYMENT -> {
        ReversePayment r = (ReversePayment) op;
        g.writeStringField("spp", r.spp().value());
        g.writeStringField("reason", r.reason());
      }
      case CLOSE_YEAR -> {}
      case SUBMIT_FINANCING_SPP -> {
        SubmitFinancingSpp s = (SubmitFinancingSpp) op;
        financingItem(g, "item", s.item());
        amount(g, "amount", s.amount());
        g.writeStringField("payee", s.payee());
        g.writeStringField("description", s.description());
      }
      case CLOSE_MONTH -> {
        CloseMonth c = (CloseMonth) op;
        g.writeStringField("month", c.month().toString());
        amount(g, "cashCounted", c.cashCounted());
        g.writeStringField("reference", c.reference());
      }
      case SUBMIT_LINED_SPP -> {
        SubmitLinedSpp s = (SubmitLinedSpp) op;
        payees(g, s.payees());
        g.writeArrayFieldStart("lines");
        for (SubmitLinedSpp.Line l : s.lines()) {
          g.writeStartObject();
          budgetItem(g, "item", l.item());
          g.writeStringField("payee", l.payee());
          g.writeStringField("purchase", l.purchase().name());
          amount(g, "amount", l.amount());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("description", s.description());
      }
      case DEPOSIT_TAX_PERIOD -> {
        DepositTaxPeriod d = (DepositTaxPeriod) op;
        g.writeStringField("levy", d.levy().name());
        g.writeStringField("period", d.period().toString());
        amount(g, "amount", d.amount());
        g.writeStringField("billingCode", d.billingCode());
        g.writeStringField("ntpn", d.ntpn());
      }
      case RETURN_BUDGET -> g.writeStringField("reference", ((Operation.ReturnBudget) op).reference());
      case CORRECT_BUDGET -> budget(g, ((Operation.CorrectBudget) op).budget(), ((Operation.CorrectBudget) op).reference());
      case ENACT_DEEMED_BUDGET -> {
        Operation.EnactDeemedBudget e = (Operation.EnactDeemedBudget) op;
        g.writeStringField("submitted", e.submitted().toString());
        g.writeStringField("reference", e.reference());
      }
      case SHIFT_BUDGET -> budget(g, ((Operation.ShiftBudget) op).budget(), ((Operation.ShiftBudget) op).reference());
      case ADD_LATE_GRANT -> budget(g, ((Operation.AddLateGrant) op).budget(), ((Operation.AddLateGrant) op).reference());
      case SPEND_EMERGENCY -> budget(g, ((Operation.SpendEmergency) op).budget(), ((Operation.SpendEmergency) op).reference());
      case CANCEL_BUDGET -> {
        Operation.CancelBudget c = (Operation.CancelBudget) op;
        g.writeStringField("reference", c.reference());
        if (c.previousPagu() != null) { // absent in journals written before it: their bytes are unchanged
          g.writeArrayFieldStart("previousPagu");
          for (var e : c.previousPagu().entrySet()) {
            g.writeStartObject();
            budgetItem(g, "item", e.getKey());
            amount(g, "pagu", e.getValue());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
      }
      case RECORD_KDMP_CHANNELLING -> {
        Operation.RecordKdmpChannelling k = (Operation.RecordKdmpChannelling) op;
        g.writeStringField("part", k.part());
        g.writeStringField("account", k.account().toString());
        financingItem(g, "item", k.item());
        amount(g, "amount", k.amount());
        g.writeStringField("reference", k.reference());
      }
      case MOVE_CASH -> {
        Operation.MoveCash m = (Operation.MoveCash) op;
        g.writeStringField("fundSource", m.fundSource().code());
        g.writeStringField("to", m.to().wireName());
        amount(g, "amount", m.amount());
        g.writeStringField("reference", m.reference());
      }
      case CHANGE_BLT_LIST -> {
        Operation.ChangeBltList c = (Operation.ChangeBltList) op;
        texts(g, "added", c.added());
        texts(g, "removed", c.removed());
        g.writeStringField("reference", c.reference());
      }
      case SUBMIT_BLT_SPP -> {
        Operation.SubmitBltSpp s = (Operation.SubmitBltSpp) op;
        budgetItem(g, "item", s.item());
        amount(g, "monthly", s.monthly());
        g.writeArrayFieldStart("payments");
        for (Operation.SubmitBltSpp.KpmMonth km : s.payments()) {
          g.writeStartObject();
          g.writeStringField("kpm", km.kpm());
          g.writeStringField("month", km.month().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("description", s.description());
      }
      case ACCOUNT_PANJAR -> {
        Operation.AccountPanjar a = (Operation.AccountPanjar) op;
        g.writeStringField("spp", a.spp().value());
        g.writeStringField("stage", a.stage().name());
        payees(g, a.payees());
        g.writeArrayFieldStart("receipts");
        for (Operation.AccountPanjar.Receipt r : a.receipts()) {
          g.writeStartObject();
          g.writeStringField("payee", r.payee());
          g.writeStringField("purchase", r.purchase().name());
          amount(g, "amount", r.amount());
          g.writeStringField("number", r.number());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("reference", a.reference());
      }
      case OPEN_YEAR -> {
        Operation.OpenYear y = (Operation.OpenYear) op;
        g.writeNumberField("previousYear", y.previousYear());
        g.writeArrayFieldStart("silpa");
        for (var e : y.silpa().entrySet()) {
          g.writeStartObject();
          g.writeStringField("fundSource", e.getKey().code());
          amount(g, "amount", e.getValue());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dpal");
        for (Operation.OpenYear.Carried c : y.dpal()) {
          g.writeStartObject();
          budgetItem(g, "item", c.item());
          amount(g, "remaining", c.remaining());
          g.writeEndObject();
        }
        g.writeEndArray();
        if (!y.taxOwed().isEmpty()) { // absent when nothing was owed: openings written before keep their bytes
          g.writeArrayFieldStart("taxOwed");
          for (Operation.OpenYear.CarriedTax t : y.taxOwed()) {
            g.writeStartObject();
            g.writeStringField("levy", t.levy().name());
            g.writeStringField("period", t.period().toString());
            g.writeStringField("fundSource", t.fundSource().code());
            amount(g, "amount", t.amount());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeStringField("reference", y.reference());
      }
      case RECORD_BANK_INTEREST -> {
        Operation.RecordBankInterest b = (Operation.RecordBankInterest) op;
        g.writeStringField("account", b.account().toString());
        g.writeStringField("fundSource", b.fundSource().code());
        amount(g, "gross", b.gross());
        amount(g, "tax", b.tax());
        if (b.taxItem() != null) {
          budgetItem(g, "taxItem", b.taxItem());
        }
        g.writeStringField("reference", b.reference());
      }
      case RECORD_BANK_FEE -> {
        Operation.RecordBankFee b = (Operation.RecordBankFee) op;
        budgetItem(g, "item", b.item());
        amount(g, "amount", b.amount());
        g.writeStringField("reference", b.reference());
      }
    }
    g.writeEndObject();
  }

  /**
   * Writes where a receipt or payment moves money only when it is the cash box: a transfer through
   * the RKD, the default, writes nothing, so that journals written before places existed, all
   * transfers, keep their bytes (and their signatures).
   */
  private static void place(JsonGenerator g, CashPlace place) throws IOException {
    if (place != CashPlace.BANK) {
      g.writeStringField("via", place.wireName());
    }
  }

  private static void budget(JsonGenerator g, Apbdes budget, String reference) throws IOException {
    g.writeFieldName("budget");
    Journal.MAPPER.writeTree(g, BudgetJson.toTree(budget));
    g.writeStringField("reference", reference);
  }

  private static void payees(JsonGenerator g, Collection<Payee> payees) throws IOException {
    g.writeArrayFieldStart("payees");
    for (Payee p : payees) {
      Journal.MAPPER.writeTree(g, PayeeJson.write(p));
    }
    g.writeEndArray();
  }

  private static void texts(JsonGenerator g, String name, Collection<String> texts) throws IOException {
    g.writeArrayFieldStart(name);
    for (String t : texts) {
      g.writeString(t);
    }
    g.writeEndArray();
  }

  private static void official(JsonGenerator g, String name, Official o) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("id", o.id());
    g.writeStringField("name", o.name());
    g.writeStringField("role", o.role().name());
    g.writeEndObject();
  }

  /** An item of the budget: {@code {"kegiatan", "account", "fundSource"}}. */
  private static void budgetItem(JsonGenerator g, String name, BudgetItemKey item) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("kegiatan", item.kegiatan().toString());
    g.writeStringField("account", item.account().toString());
    g.writeStringField("fundSource", item.fundSource().code());
    g.writeEndObject();
  }

  /** A financing item: {@code {"account", "fundSource"}}. */
  private static void financingItem(JsonGenerator g, String name, FinancingItemKey item) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("account", item.account().toString());
    g.writeStringField("fundSource", item.fundSource().code());
    g.writeEndObject();
  }

  /** The first second of the year 10 000: from there {@link Instant#toString} writes a sign and five digits. */
  private static final long YEAR_10000 = 253_402_300_800L;

  /**
   * Writes an instant as {@link Instant#toString} does ({@code 2025-01-06T02:00:00Z}): the common
   * whole second of the years 1970–9999 digit by digit, anything else by {@code toString}, whose
   * formatter costs more than the rest of an operation's fields.
   */
  static void instant(JsonGenerator g, String name, Instant t) throws IOException {
    long s = t.getEpochSecond();
    if (t.getNano() != 0 || s < 0 || s >= YEAR_10000) {
      g.writeStringField(name, t.toString());
      return;
    }
    LocalDate d = LocalDate.ofEpochDay(s / 86_400);
    int second = (int) (s % 86_400);
    char[] c = new char[20];
    digits(c, 0, d.getYear(), 4);
    c[4] = '-';
    digits(c, 5, d.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, d.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, second / 3600, 2);
    c[13] = ':';
    digits(c, 14, second / 60 % 60, 2);
    c[16] = ':';
    digits(c, 17, second % 60, 2);
    c[19] = 'Z';
    g.writeFieldName(name);
    g.writeString(c, 0, 20);
  }

  private static void digits(char[] c, int at, int value, int n) {
    for (int i = at + n - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static void amount(JsonGenerator g, String name, Money m) throws IOException {
    if (!Idr.isIdr(m)) {
      throw new IllegalArgumentException("the journal holds rupiah amounts only, not " + m);
    }
    g.writeStringField(name, Idr.format(m));
  }
}
