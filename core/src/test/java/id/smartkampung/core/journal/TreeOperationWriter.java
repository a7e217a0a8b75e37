package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetFormatException;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.json.JsonFields;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.StrictJson;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseMonth;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.DepositTax;
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
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.time.YearMonth;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PayeeJson;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The tree writer of operations as it was before {@link OperationEncoder} (kept here unchanged, as
 * the reference model): {@link OperationEncoder} must write exactly the bytes this tree prints, so
 * that journals and signatures stay byte-identical ({@link OperationEncoderProperties}).
 */
final class TreeOperationWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeOperationWriter() {}

  /** The event body as the tree {@code SignedOperation.toJson} built. */
  static ObjectNode event(SignedOperation e) {
    ObjectNode body = NODES.objectNode();
    body.put("type", OperationCodec.type(e.operation()));
    body.set("op", write(e.operation()));
    OperationSignature s = e.signature();
    if (s != null) {
      ObjectNode sig = body.putObject("sig");
      sig.put("by", s.signer());
      sig.put("alg", OperationSignature.ALGORITHM);
      sig.put("value", s.value());
      String h = s.header();
      if (h != null) {
        sig.put("header", h);
      }
    }
    return body;
  }

  /** The line {@code Journal.line} built for an entry, its hash included. */
  static byte[] line(long seq, String prev, ObjectNode body) throws java.io.IOException {
    byte[] bodyBytes = Journal.MAPPER.writeValueAsBytes(body);
    byte[] head = ("{\"seq\":" + seq + ",\"prev\":\"" + prev + "\",\"body\":").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha.update(head);
    sha.update(bodyBytes);
    byte[] hash = java.util.HexFormat.of().formatHex(sha.digest()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(head.length + bodyBytes.length + 9 + 64 + 3);
    out.put(head).put(bodyBytes).put(",\"hash\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(hash)
        .put((byte) '"').put((byte) '}').put((byte) '\n');
    return out.array();
  }

  static ObjectNode write(Operation op) {
    requireNonNull(op, "op");
    ObjectNode o = NODES.objectNode();
    o.put("id", op.id().value());
    o.set("actor", official(op.actor()));
    o.put("at", op.at().toString());
    return switch (op.kind()) {
      case REGISTER_OFFICIAL -> {
        RegisterOfficial r = (RegisterOfficial) op;
        o.set("official", official(r.official()));
        ArrayNode k = o.putArray("kegiatan");
        r.kegiatan().forEach(c -> k.add(c.toString()));
        if (r.publicKey() != null) {
          o.put("publicKey", r.publicKey());
        }
        yield o;
      }
      case DRAFT_BUDGET -> budget(o, ((DraftBudget) op).budget(), ((DraftBudget) op).reference());
      case AGREE_BUDGET -> o.put("reference", ((AgreeBudget) op).reference());
      case EVALUATE_BUDGET -> o.put("reference", ((EvaluateBudget) op).reference());
      case ENACT_BUDGET -> o.put("reference", ((EnactBudget) op).reference());
      case DRAFT_REVISION -> budget(o, ((DraftRevision) op).budget(), ((DraftRevision) op).reference());
      case RECEIVE_REVENUE -> {
        ReceiveRevenue r = (ReceiveRevenue) op;
        o.put("account", r.account().toString());
        o.put("fundSource", r.fundSource().code());
        o.put("amount", amount(r.amount()));
        if (r.tranche() != null) {
          o.put("tranche", r.tranche().intValue());
        }
        if (r.part() != null) {
          o.put("part", r.part());
        }
        o.put("reference", r.reference());
        yield place(o, r.place());
      }
      case SUBMIT_SPP -> {
        SubmitSpp s = (SubmitSpp) op;
        o.put("sppType", s.type().name());
        ObjectNode item = o.putObject("item");
        item.put("kegiatan", s.item().kegiatan().toString());
        item.put("account", s.item().account().toString());
        item.put("fundSource", s.item().fundSource().code());
        o.put("amount", amount(s.amount()));
        o.put("payee", s.payee());
        yield o.put("description", s.description());
      }
      case VERIFY_SPP -> o.put("spp", ((VerifySpp) op).spp().value());
      case APPROVE_SPP -> o.put("spp", ((ApproveSpp) op).spp().value());
      case REJECT_SPP -> {
        RejectSpp r = (RejectSpp) op;
        o.put("spp", r.spp().value());
        yield o.put("reason", r.reason());
      }
      case CANCEL_SPP -> {
        CancelSpp c = (CancelSpp) op;
        o.put("spp", c.spp().value());
        yield o.put("reason", c.reason());
      }
      case PAY_SPP -> {
        PaySpp p = (PaySpp) op;
        o.put("spp", p.spp().value());
        ArrayNode w = o.putArray("withhold");
        p.withhold().forEach(t -> w.add(t.name()));
        o.put("reference", p.reference());
        yield place(o, p.place());
      }
      case SETTLE_PANJAR -> {
        SettlePanjar s = (SettlePanjar) op;
        o.put("spp", s.spp().value());
        o.put("spent", amount(s.spent()));
        yield o.put("receipts", s.receipts());
      }
      case DEPOSIT_TAX -> {
        DepositTax d = (DepositTax) op;
        o.put("spp", d.spp().value());
        o.put("tax", d.tax().name());
        o.put("amount", amount(d.amount()));
        yield o.put("ntpn", d.ntpn());
      }
      case REVERSE_RECEIPT -> {
        ReverseReceipt r = (ReverseReceipt) op;
        o.put("receipt", r.receipt().value());
        yield o.put("reason", r.reason());
      }
      case REVERSE_PAYMENT -> {
        ReversePayment r = (ReversePayment) op;
        o.put("spp", r.spp().value());
        yield o.put("reason", r.reason());
      }
      case CLOSE_YEAR -> o;
      case SUBMIT_FINANCING_SPP -> {
        SubmitFinancingSpp s = (SubmitFinancingSpp) op;
        ObjectNode item = o.putObject("item");
        item.put("account", s.item().account().toString());
        item.put("fundSource", s.item().fundSource().code());
        o.put("amount", amount(s.amount()));
        o.put("payee", s.payee());
        yield o.put("description", s.description());
      }
      case CLOSE_MONTH -> {
        CloseMonth c = (CloseMonth) op;
        o.put("month", c.month().toString());
        o.put("cashCounted", amount(c.cashCounted()));
        yield o.put("reference", c.reference());
      }
      case SUBMIT_LINED_SPP -> {
        SubmitLinedSpp s = (SubmitLinedSpp) op;
        ArrayNode payees = o.putArray("payees");
        s.payees().forEach(p -> payees.add(PayeeJson.write(p)));
        ArrayNode lines = o.putArray("lines");
        for (SubmitLinedSpp.Line l : s.lines()) {
          ObjectNode line = lines.addObject();
          ObjectNode item = line.putObject("item");
          item.put("kegiatan", l.item().kegiatan().toString());
          item.put("account", l.item().account().toString());
          item.put("fundSource", l.item().fundSource().code());
          line.put("payee", l.payee());
          line.put("purchase", l.purchase().name());
          line.put("amount", amount(l.amount()));
        }
        yield o.put("description", s.description());
      }
      case DEPOSIT_TAX_PERIOD -> {
        DepositTaxPeriod d = (DepositTaxPeriod) op;
        o.put("levy", d.levy().name());
        o.put("period", d.period().toString());
        o.put("amount", amount(d.amount()));
        o.put("billingCode", d.billingCode());
        yield o.put("ntpn", d.ntpn());
      }
      case RETURN_BUDGET -> o.put("reference", ((Operation.ReturnBudget) op).reference());
      case CORRECT_BUDGET -> budget(o, ((Operation.CorrectBudget) op).budget(), ((Operation.CorrectBudget) op).reference());
      case ENACT_DEEMED_BUDGET -> {
        Operation.EnactDeemedBudget e = (Operation.EnactDeemedBudget) op;
        o.put("submitted", e.submitted().toString());
        yield o.put("reference", e.reference());
      }
      case SHIFT_BUDGET -> budget(o, ((Operation.ShiftBudget) op).budget(), ((Operation.ShiftBudget) op).reference());
      case ADD_LATE_GRANT -> budget(o, ((Operation.AddLateGrant) op).budget(), ((Operation.AddLateGrant) op).reference());
      case SPEND_EMERGENCY -> budget(o, ((Operation.SpendEmergency) op).budget(), ((Operation.SpendEmergency) op).reference());
      case CANCEL_BUDGET -> {
        Operation.CancelBudget c = (Operation.CancelBudget) op;
        o.put("reference", c.reference());
        if (c.previousPagu() != null) { // absent in journals written before it: their bytes are unchanged
          ArrayNode pagu = o.putArray("previousPagu");
          c.previousPagu().forEach((key, m) -> {
            ObjectNode line = pagu.addObject();
            ObjectNode item = line.putObject("item");
            item.put("kegiatan", key.kegiatan().toString());
            item.put("account", key.account().toString());
            item.put("fundSource", key.fundSource().code());
            line.put("pagu", amount(m));
          });
        }
        yield o;
      }
      case RECORD_KDMP_CHANNELLING -> {
        Operation.RecordKdmpChannelling k = (Operation.RecordKdmpChannelling) op;
        o.put("part", k.part());
        o.put("account", k.account().toString());
        ObjectNode item = o.putObject("item");
        item.put("account", k.item().account().toString());
        item.put("fundSource", k.item().fundSource().code());
        o.put("amount", amount(k.amount()));
        yield o.put("reference", k.reference());
      }
      case MOVE_CASH -> {
        Operation.MoveCash m = (Operation.MoveCash) op;
        o.put("fundSource", m.fundSource().code());
        o.put("to", m.to().wireName());
        o.put("amount", amount(m.amount()));
        yield o.put("reference", m.reference());
      }
      case CHANGE_BLT_LIST -> {
        Operation.ChangeBltList c = (Operation.ChangeBltList) op;
        ArrayNode added = o.putArray("added");
        c.added().forEach(added::add);
        ArrayNode removed = o.putArray("removed");
        c.removed().forEach(removed::add);
        yield o.put("reference", c.reference());
      }
      case SUBMIT_BLT_SPP -> {
        Operation.SubmitBltSpp s = (Operation.SubmitBltSpp) op;
        ObjectNode item = o.putObject("item");
        item.put("kegiatan", s.item().kegiatan().toString());
        item.put("account", s.item().account().toString());
        item.put("fundSource", s.item().fundSource().code());
        o.put("monthly", amount(s.monthly()));
        ArrayNode payments = o.putArray("payments");
        for (Operation.SubmitBltSpp.KpmMonth km : s.payments()) {
          ObjectNode p = payments.addObject();
          p.put("kpm", km.kpm());
          p.put("month", km.month().toString());
        }
        yield o.put("description", s.description());
      }
      case ACCOUNT_PANJAR -> {
        Operation.AccountPanjar a = (Operation.AccountPanjar) op;
        o.put("spp", a.spp().value());
        o.put("stage", a.stage().name());
        ArrayNode payees = o.putArray("payees");
        a.payees().forEach(p -> payees.add(PayeeJson.write(p)));
        ArrayNode receipts = o.putArray("receipts");
        for (Operation.AccountPanjar.Receipt r : a.receipts()) {
          ObjectNode receipt = receipts.addObject();
          receipt.put("payee", r.payee());
          receipt.put("purchase", r.purchase().name());
          receipt.put("amount", amount(r.amount()));
          receipt.put("number", r.number());
        }
        yield o.put("reference", a.reference());
      }
      case OPEN_YEAR -> {
        Operation.OpenYear y = (Operation.OpenYear) op;
        o.put("previousYear", y.previousYear());
        ArrayNode silpa = o.putArray("silpa");
        y.silpa().forEach((source, m) -> {
          ObjectNode e = silpa.addObject();
          e.put("fundSource", source.code());
          e.put("amount", amount(m));
        });
        ArrayNode dpal = o.putArray("dpal");
        for (Operation.OpenYear.Carried c : y.dpal()) {
          ObjectNode line = dpal.addObject();
          ObjectNode item = line.putObject("item");
          item.put("kegiatan", c.item().kegiatan().toString());
          item.put("account", c.item().account().toString());
          item.put("fundSource", c.item().fundSource().code());
          line.put("remaining", amount(c.remaining()));
        }
        if (!y.taxOwed().isEmpty()) { // absent when nothing was owed: openings written before keep their bytes
          ArrayNode owed = o.putArray("taxOwed");
          for (Operation.OpenYear.CarriedTax t : y.taxOwed()) {
            ObjectNode e = owed.addObject();
            e.put("levy", t.levy().name());
            e.put("period", t.period().toString());
            e.put("fundSource", t.fundSource().code());
            e.put("amount", amount(t.amount()));
          }
        }
        yield o.put("reference", y.reference());
      }
      case RECORD_BANK_INTEREST -> {
        Operation.RecordBankInterest b = (Operation.RecordBankInterest) op;
        o.put("account", b.account().toString());
        o.put("fundSource", b.fundSource().code());
        o.put("gross", amount(b.gross()));
        o.put("tax", amount(b.tax()));
        if (b.taxItem() != null) {
          ObjectNode item = o.putObject("taxItem");
          item.put("kegiatan", b.taxItem().kegiatan().toString());
          item.put("account", b.taxItem().account().toString());
          item.put("fundSource", b.taxItem().fundSource().code());
        }
        yield o.put("reference", b.reference());
      }
      case RECORD_BANK_FEE -> {
        Operation.RecordBankFee b = (Operation.RecordBankFee) op;
        ObjectNode item = o.putObject("item");
        item.put("kegiatan", b.item().kegiatan().toString());
        item.put("account", b.item().account().toString());
        item.put("fundSource", b.item().fundSource().code());
        o.put("amount", amount(b.amount()));
        yield o.put("reference", b.reference());
      }
    };
  }

  /**
   * Writes where a receipt or payment moves money only when it is the cash box: a transfer through
   * the RKD, the default, writes nothing, so that journals written before places existed, all
   * transfers, keep their bytes (and their signatures).
   */
  private static ObjectNode place(ObjectNode o, CashPlace place) {
    return place == CashPlace.BANK ? o : o.put("via", place.wireName());
  }

  private static ObjectNode budget(ObjectNode o, Apbdes budget, String reference) {
    o.set("budget", BudgetJson.toTree(budget));
    return o.put("reference", reference);
  }

  private static ObjectNode official(Official o) {
    ObjectNode n = NODES.objectNode();
    n.put("id", o.id());
    n.put("name", o.name());
    n.put("role", o.role().name());
    return n;
  }

  private static String amount(Money m) {
    if (!Idr.isIdr(m)) {
      throw new IllegalArgumentException("the journal holds rupiah amounts only, not " + m);
    }
    return Idr.format(m);
  }

}
