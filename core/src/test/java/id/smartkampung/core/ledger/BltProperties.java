package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.ledger.Operation.SubmitBltSpp;
import id.smartkampung.core.ledger.Operation.SubmitBltSpp.KpmMonth;
import id.smartkampung.core.ledger.report.BltRealisation;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * BLT Desa as invariants (issue 14; Permendesa PDT 16/2025 pasal 3), over generated sequences of
 * Perkades list changes and BLT SPPs (within and outside the rules: unlisted families, NIK-like
 * ids, months twice, above the ceiling, four months at once) with their steps (verify, approve,
 * pay, reject, reverse): whatever was accepted, no family is paid twice for a month, no family is
 * paid more than its months × the ceiling, every family paid was on the list when its SPP was
 * submitted, the BLT report adds up, and the independent reference model finds nothing wrong and
 * holds the same figures.
 */
class BltProperties {

  /** One generated action: kind 0 list change, 1 SPP, 2 a step on an SPP. */
  record Action(int kind, int a, int b, int c, int d) {}

  @Provide
  Arbitrary<List<Action>> actions() {
    Arbitrary<Integer> x = Arbitraries.integers().between(0, 999);
    return Combinators.combine(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0)), net.jqwik.api.Tuple.of(5, Arbitraries.just(1)), net.jqwik.api.Tuple.of(6, Arbitraries.just(2))),
            x, x, x, x)
        .as(Action::new).list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 150)
  void noKpmMonthPaidTwiceAndTotalsWithinTheCeiling(@ForAll("actions") List<Action> actions) {
    BltTest t = new BltTest().ready();
    List<OperationId> spps = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    Map<OperationId, Set<String>> listedAtSubmission = new HashMap<>();
    for (Action act : actions) {
      switch (act.kind()) {
        case 0 -> {
          Set<String> added = new HashSet<>();
          Set<String> removed = new HashSet<>();
          if (act.a() % 10 == 9) {
            added.add("351016" + String.format("%010d", act.b())); // NIK-like: refused
          } else if (act.a() % 3 == 0) {
            removed.add("KPM-" + act.b() % 8);
          } else {
            added.add("KPM-" + act.b() % 8);
            added.add("KPM-" + act.c() % 8);
          }
          if (t.apply(t.list(added, removed)).isAccepted()) {
            listed.addAll(added);
            listed.removeAll(removed);
          }
        }
        case 1 -> {
          int months = act.a() % 10 == 9 ? 4 : 1 + act.a() % 3;
          int start = 1 + act.b() % (13 - months);
          List<KpmMonth> ps = new ArrayList<>();
          int families = 1 + act.c() % 3;
          for (int f = 0; f < families; f++) {
            for (int m = 0; m < months; m++) {
              ps.add(BltTest.km("KPM-" + (act.c() / 3 + f) % 9, start + m)); // KPM-8 is never listed
            }
          }
          if (act.d() % 17 == 0 && !ps.isEmpty()) {
            ps.add(ps.get(0)); // a month twice in one SPP
          }
          long monthly = act.d() % 13 == 0 ? 300_001L : 100_000L * (1 + act.d() % 3);
          SubmitBltSpp spp = t.blt(Idr.of(monthly), BltTest.BLT, ps.toArray(KpmMonth[]::new));
          if (t.apply(spp).isAccepted()) {
            spps.add(spp.id());
            listedAtSubmission.put(spp.id(), Set.copyOf(listed));
          }
        }
        default -> {
          if (spps.isEmpty()) {
            continue;
          }
          OperationId spp = spps.get(act.a() % spps.size());
          SppStatus st = t.ledger.sppStatus(spp).orElseThrow();
          Operation op = switch (st) {
            case SUBMITTED -> act.b() % 5 == 0 ? new Operation.RejectSpp(t.id(), LedgerFixture.SEKDES, t.tick(), spp, "data KPM belum lengkap")
                : new Operation.VerifySpp(t.id(), LedgerFixture.SEKDES, t.tick(), spp);
            case VERIFIED -> new Operation.ApproveSpp(t.id(), LedgerFixture.KD, t.tick(), spp);
            case APPROVED -> new Operation.PaySpp(t.id(), LedgerFixture.KAUR, t.tick(), spp, ImmutableSortedSet.of(), "transfer KPM");
            case PAID -> act.b() % 4 == 0 ? new Operation.ReversePayment(t.id(), LedgerFixture.KAUR, t.tick(), spp, "rekening KPM salah") : null;
            default -> null;
          };
          if (op != null) {
            t.apply(op);
          }
        }
      }
    }
    // invariants over what stands paid
    BigDecimal ceiling = BltTest.POLICY.blt().orElseThrow().maxPerKpmPerMonth();
    Map<KpmMonth, OperationId> paid = new HashMap<>();
    Map<String, Set<YearMonth>> monthsOf = new HashMap<>();
    Map<String, BigDecimal> totalOf = new HashMap<>();
    for (Operation op : t.ledger.history()) {
      if (op instanceof SubmitBltSpp b && t.ledger.sppStatus(b.id()).orElseThrow() == SppStatus.PAID) {
        assertTrue(b.monthly().isLessThanOrEqualTo(Idr.of(ceiling)), "monthly within the ceiling");
        assertTrue(b.payments().stream().map(KpmMonth::month).distinct().count() <= 3, "at most three months at once");
        for (KpmMonth km : b.payments()) {
          assertEquals(null, paid.put(km, b.id()), () -> km + " paid twice");
          assertTrue(listedAtSubmission.get(b.id()).contains(km.kpm()), () -> km.kpm() + " was not listed when " + b.id() + " was submitted");
          monthsOf.computeIfAbsent(km.kpm(), k -> new HashSet<>()).add(km.month());
          totalOf.merge(km.kpm(), b.monthly().getNumber().numberValue(BigDecimal.class), BigDecimal::add);
        }
      }
    }
    totalOf.forEach((k, total) -> assertTrue(total.compareTo(ceiling.multiply(BigDecimal.valueOf(monthsOf.get(k).size()))) <= 0, () -> k + " paid " + total));
    BltRealisation report = t.ledger.bltRealisation();
    assertEquals(paid.size(), report.payments().size());
    assertEquals(monthsOf.keySet(), report.byKpm().keySet());
    assertTrue(report.byKpm().values().stream().map(m -> m.getNumber().numberValue(BigDecimal.class)).reduce(BigDecimal.ZERO, BigDecimal::add)
        .compareTo(report.total().getNumber().numberValue(BigDecimal.class)) == 0);
    assertEquals(ImmutableSortedSet.copyOf(listed), report.listed());
    ReferenceLedger model = ReferenceLedger.recompute(LedgerFixture.VILLAGE, BltTest.POLICY, t.ledger.history());
    assertEquals(List.of(), model.violations());
    assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(t.ledger.snapshot()));
    assertEquals(List.of(), t.ledger.recheck());
  }
}
