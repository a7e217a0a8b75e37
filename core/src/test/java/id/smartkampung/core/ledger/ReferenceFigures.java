package id.smartkampung.core.ledger;

import id.smartkampung.core.audit.ReferenceLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import javax.money.MonetaryAmount;

/**
 * The figures of a ledger's snapshot and of the independent {@link ReferenceLedger} (the audit's
 * from-scratch recomputation, which the ledger's tests use as their reference model) in one shape,
 * so that they can be compared with a readable difference.
 */
final class ReferenceFigures {
  private ReferenceFigures() {}

  static Map<String, String> of(ReferenceLedger r) {
    Map<String, String> m = new TreeMap<>();
    r.budget().forEach((k, v) -> m.put("item " + k + " budget", plain(v)));
    r.committed().forEach((k, v) -> m.put("item " + k + " committed", plain(v)));
    r.realised().forEach((k, v) -> m.put("item " + k + " realised", plain(v)));
    r.received().forEach((k, v) -> m.put("fund " + k + " received", plain(v)));
    r.cash().forEach((k, v) -> m.put("fund " + k + " cash", plain(v)));
    r.taxPayable().forEach((k, v) -> m.put("fund " + k + " tax", plain(v)));
    r.sppStatus().forEach((k, v) -> m.put("spp " + k, v.name()));
    r.financingBudget().forEach((k, v) -> m.put("financing " + k + " budget", plain(v)));
    r.financingCommitted().forEach((k, v) -> m.put("financing " + k + " committed", plain(v)));
    r.financingRealised().forEach((k, v) -> m.put("financing " + k + " realised", plain(v)));
    return m;
  }

  static Map<String, String> of(LedgerSnapshot s) {
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
    s.financing().forEach((k, v) -> {
      m.put("financing " + k + " budget", plain(rp(v.budget())));
      m.put("financing " + k + " committed", plain(rp(v.committed())));
      m.put("financing " + k + " realised", plain(rp(v.realised())));
    });
    return m;
  }

  private static BigDecimal rp(MonetaryAmount a) {
    return a.getNumber().numberValue(BigDecimal.class);
  }

  private static String plain(BigDecimal v) {
    return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
