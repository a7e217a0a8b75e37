package id.smartkampung.core.ledger;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.MonetaryAmount;

/**
 * An independent, deliberately simple recomputation of a ledger's state from its accepted history:
 * BigDecimal rupiah in maps, one pass, no indexes, no incremental tricks. It also re-derives from
 * the history whether the guarantees held (roles, distinct persons, enactment before spending).
 */
final class ReferenceModel {
  final Map<BudgetItemKey, BigDecimal> budget = new TreeMap<>();
  final Map<BudgetItemKey, BigDecimal> committed = new TreeMap<>();
  final Map<BudgetItemKey, BigDecimal> realised = new TreeMap<>();
  final Map<FundSource, BigDecimal> received = new TreeMap<>();
  final Map<FundSource, BigDecimal> cash = new TreeMap<>();
  final Map<FundSource, BigDecimal> tax = new TreeMap<>();
  final Map<OperationId, SppStatus> status = new TreeMap<>();
  final List<String> violations = new ArrayList<>();

  private static final class Spp {
    SubmitSpp submit;
    Official verifier;
    Official approver;
    final Map<TaxType, BigDecimal> withheld = new EnumMap<>(TaxType.class);
  }

  static ReferenceModel of(List<Operation> history, PolicyPack pack) {
    ReferenceModel m = new ReferenceModel();
    m.run(history, pack);
    return m;
  }

  private static BigDecimal rp(MonetaryAmount a) {
    return a.getNumber().numberValue(BigDecimal.class);
  }

  private static void add(Map<? super BudgetItemKey, BigDecimal> m, BudgetItemKey k, BigDecimal v) {
    m.merge(k, v, BigDecimal::add);
  }

  private static void addF(Map<FundSource, BigDecimal> m, FundSource k, BigDecimal v) {
    m.merge(k, v, BigDecimal::add);
  }

  private void run(List<Operation> history, PolicyPack pack) {
    Apbdes draft = null;
    boolean enacted = false;
    Map<OperationId, Spp> spps = new HashMap<>();
    Map<OperationId, ReceiveRevenue> receipts = new HashMap<>();
    for (Operation op : history) {
      if (op instanceof DraftBudget o) {
        draft = o.budget();
      } else if (op instanceof DraftRevision o) {
        draft = o.budget();
      } else if (op instanceof EnactBudget) {
        enacted = true;
        budget.replaceAll((k, v) -> BigDecimal.ZERO);
        draft.items().forEach((k, v) -> {
          budget.put(k, rp(v));
          committed.putIfAbsent(k, BigDecimal.ZERO);
          realised.putIfAbsent(k, BigDecimal.ZERO);
          addF(cash, k.fundSource(), BigDecimal.ZERO);
          addF(received, k.fundSource(), BigDecimal.ZERO);
          addF(tax, k.fundSource(), BigDecimal.ZERO);
        });
      } else if (op instanceof ReceiveRevenue o) {
        receipts.put(o.id(), o);
        addF(cash, o.fundSource(), rp(o.amount()));
        addF(received, o.fundSource(), rp(o.amount()));
        addF(tax, o.fundSource(), BigDecimal.ZERO);
      } else if (op instanceof ReverseReceipt o) {
        ReceiveRevenue r = receipts.remove(o.receipt());
        addF(cash, r.fundSource(), rp(r.amount()).negate());
        addF(received, r.fundSource(), rp(r.amount()).negate());
      } else if (op instanceof SubmitSpp o) {
        if (!enacted) {
          violations.add("SPP " + o.id() + " submitted before enactment");
        }
        if (o.actor().role() != Role.PELAKSANA_KEGIATAN) {
          violations.add("SPP " + o.id() + " submitted by " + o.actor());
        }
        Spp s = new Spp();
        s.submit = o;
        spps.put(o.id(), s);
        status.put(o.id(), SppStatus.SUBMITTED);
        add(committed, o.item(), rp(o.amount()));
      } else if (op instanceof VerifySpp o) {
        spps.get(o.spp()).verifier = o.actor();
        status.put(o.spp(), SppStatus.VERIFIED);
      } else if (op instanceof ApproveSpp o) {
        spps.get(o.spp()).approver = o.actor();
        status.put(o.spp(), SppStatus.APPROVED);
      } else if (op instanceof RejectSpp o) {
        add(committed, spps.get(o.spp()).submit.item(), rp(spps.get(o.spp()).submit.amount()).negate());
        status.put(o.spp(), SppStatus.REJECTED);
      } else if (op instanceof CancelSpp o) {
        add(committed, spps.get(o.spp()).submit.item(), rp(spps.get(o.spp()).submit.amount()).negate());
        status.put(o.spp(), SppStatus.CANCELLED);
      } else if (op instanceof PaySpp o) {
        Spp s = spps.get(o.spp());
        checkDuties(s, o.actor());
        BudgetItemKey item = s.submit.item();
        BigDecimal gross = rp(s.submit.amount());
        if (s.submit.type() == SppType.LS) {
          BigDecimal t = BigDecimal.ZERO;
          for (TaxType type : o.withhold()) {
            BigDecimal w = gross.multiply(pack.taxRate(type)).setScale(0, RoundingMode.FLOOR);
            s.withheld.put(type, w);
            t = t.add(w);
          }
          add(committed, item, gross.negate());
          add(realised, item, gross);
          addF(cash, item.fundSource(), gross.subtract(t).negate());
          addF(tax, item.fundSource(), t);
        } else {
          addF(cash, item.fundSource(), gross.negate());
        }
        status.put(o.spp(), SppStatus.PAID);
      } else if (op instanceof SettlePanjar o) {
        Spp s = spps.get(o.spp());
        BigDecimal gross = rp(s.submit.amount());
        BigDecimal spent = rp(o.spent());
        add(committed, s.submit.item(), gross.negate());
        add(realised, s.submit.item(), spent);
        addF(cash, s.submit.item().fundSource(), gross.subtract(spent));
        status.put(o.spp(), SppStatus.SETTLED);
      } else if (op instanceof DepositTax o) {
        Spp s = spps.get(o.spp());
        s.withheld.merge(o.tax(), rp(o.amount()).negate(), BigDecimal::add);
        if (s.withheld.get(o.tax()).signum() < 0) {
          violations.add("deposit " + o.id() + " above the tax withheld on " + o.spp());
        }
        addF(cash, s.submit.item().fundSource(), rp(o.amount()).negate());
        addF(tax, s.submit.item().fundSource(), rp(o.amount()).negate());
      } else if (op instanceof ReversePayment o) {
        Spp s = spps.get(o.spp());
        BudgetItemKey item = s.submit.item();
        BigDecimal gross = rp(s.submit.amount());
        if (s.submit.type() == SppType.LS) {
          BigDecimal t = s.withheld.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          add(realised, item, gross.negate());
          addF(cash, item.fundSource(), gross.subtract(t));
          addF(tax, item.fundSource(), t.negate());
          s.withheld.clear();
        } else {
          add(committed, item, gross.negate());
          addF(cash, item.fundSource(), gross);
        }
        status.put(o.spp(), SppStatus.REVERSED);
      }
    }
    budget.forEach((k, b) -> {
      BigDecimal used = committed.getOrDefault(k, BigDecimal.ZERO).add(realised.getOrDefault(k, BigDecimal.ZERO));
      if (used.compareTo(b) > 0) {
        violations.add("item " + k + " overspent: " + used + " > " + b);
      }
    });
    committed.forEach((k, v) -> {
      if (v.signum() < 0) {
        violations.add("item " + k + " committed negative");
      }
    });
    cash.forEach((f, c) -> {
      if (c.subtract(tax.getOrDefault(f, BigDecimal.ZERO)).signum() < 0 || tax.getOrDefault(f, BigDecimal.ZERO).signum() < 0) {
        violations.add("fund source " + f + " below zero");
      }
    });
  }

  private void checkDuties(Spp s, Official payer) {
    Official submitter = s.submit.actor();
    if (s.verifier == null || s.approver == null) {
      violations.add("SPP " + s.submit.id() + " paid without verification or approval");
      return;
    }
    if (s.verifier.role() != Role.SEKRETARIS_DESA || s.approver.role() != Role.KEPALA_DESA || payer.role() != Role.KAUR_KEUANGAN) {
      violations.add("SPP " + s.submit.id() + " steps by wrong roles");
    }
    List<String> persons = List.of(submitter.id(), s.verifier.id(), s.approver.id(), payer.id());
    if (persons.stream().distinct().count() != 4) {
      violations.add("SPP " + s.submit.id() + " steps not by distinct persons: " + persons);
    }
  }

  /** The model's figures as text, in the shape {@link #figures(LedgerSnapshot)} gives for the ledger. */
  Map<String, String> figures() {
    Map<String, String> m = new TreeMap<>();
    budget.forEach((k, v) -> m.put("item " + k + " budget", plain(v)));
    committed.forEach((k, v) -> m.put("item " + k + " committed", plain(v)));
    realised.forEach((k, v) -> m.put("item " + k + " realised", plain(v)));
    received.forEach((k, v) -> m.put("fund " + k + " received", plain(v)));
    cash.forEach((k, v) -> m.put("fund " + k + " cash", plain(v)));
    tax.forEach((k, v) -> m.put("fund " + k + " tax", plain(v)));
    status.forEach((k, v) -> m.put("spp " + k, v.name()));
    return m;
  }

  static Map<String, String> figures(LedgerSnapshot s) {
    Map<String, String> m = new TreeMap<>();
    s.items().forEach((k, v) -> {
      m.put("item " + k + " budget", plain(rp(v.budget())));
      m.put("item " + k + " committed", plain(rp(v.committed())));
      m.put("item " + k + " realised", plain(rp(v.realised())));
    });
    s.funds().forEach((k, v) -> {
      m.put("fund " + k + " received", plain(rp(v.received())));
      m.put("fund " + k + " cash", plain(rp(v.cash())));
      m.put("fund " + k + " tax", plain(rp(v.taxPayable())));
    });
    s.spps().forEach((k, v) -> m.put("spp " + k, v.name()));
    return m;
  }

  private static String plain(BigDecimal v) {
    return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
