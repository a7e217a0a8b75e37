package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Assertions;

/**
 * Stateful properties of the ledger: random sequences of every operation, by right and wrong
 * actors, with valid, invalid and adversarial content. After every step: a rejected or duplicate
 * operation changed nothing; the history only grew by the accepted operation; the ledger's own
 * re-check finds nothing; and its state equals the independent {@link
 * id.smartkampung.core.audit.ReferenceLedger} (the offline audit's from-scratch recomputation)
 * recomputed from the history, which also re-derives every guarantee (I1, I2, I4-I9) and finds no
 * violation in what the ledger accepted. At the end, replaying
 * the history on a fresh ledger gives the same state.
 */
class LedgerProperties {
  static final List<Official> CAST = List.of(KD, SEKDES, KAUR, PKA_PU, PKA_UMUM, EVALUATOR, OUTSIDER,
      Official.of("sd-2", "Sekdes Kedua", Role.SEKRETARIS_DESA), Official.of("bpd-1", "Ketua BPD", Role.BPD));

  /** The system under test with what the actions need to aim at. */
  static final class World {
    final Ledger ledger;
    /** How operations are posted: straight to the ledger, or through a journaled book (signed). */
    final java.util.function.Function<Operation, Outcome> post;
    /** The officials' keys by person id: empty for a plain ledger. */
    final Map<String, id.smartkampung.core.official.SigningKey> keys;
    Instant now = LocalDate.of(2025, 1, 2).atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
    int n;
    final List<OperationId> spps = new ArrayList<>();
    final List<OperationId> receipts = new ArrayList<>();
    final Map<OperationId, Official> submitters = new HashMap<>();
    List<Operation> history = List.of();
    boolean exhausted;

    World() {
      this(Ledger.create(VILLAGE, POLICY), null, Map.of());
    }

    /**
     * A world over {@code ledger}, posting with {@code post} (the ledger's own apply when null), its
     * five officials registered with their keys from {@code keys} where there is one.
     */
    World(Ledger ledger, java.util.function.Function<Operation, Outcome> post, Map<String, id.smartkampung.core.official.SigningKey> keys) {
      this.ledger = ledger;
      this.post = post == null ? ledger::apply : post;
      this.keys = keys;
      for (Official o : List.of(KD, SEKDES, KAUR, PKA_PU, PKA_UMUM)) {
        Set<id.smartkampung.core.code.KegiatanCode> k =
            o == PKA_PU ? Set.of(JALAN.kegiatan(), DRAINASE.kegiatan(), PANGAN.kegiatan())
                : o == PKA_UMUM ? Set.of(SILTAP.kegiatan(), ATK.kegiatan(), HONOR.kegiatan()) : Set.of();
        java.util.Optional<String> key = java.util.Optional.ofNullable(keys.get(o.id())).map(x -> x.publicKey().base64());
        attempt(new RegisterOfficial(id(), KD, tick(0), o, com.google.common.collect.ImmutableSortedSet.copyOf(k), key));
      }
    }

    /** The lifecycle step that would come next: 0 draft, 1 agree, 2 evaluate, 3 enact, 4 draft revision. */
    int nextLifecycleStep() {
      return ledger.lifecycle().map(l -> switch (l.current().stage()) {
        case DRAFT -> 1;
        case AGREED -> 2;
        case EVALUATED -> 3;
        case ENACTED -> 4;
      }).orElse(0);
    }

    OperationId id() {
      return OperationId.of("w-" + (++n));
    }

    Instant tick(int minutes) {
      now = now.plus(Duration.ofMinutes(minutes));
      return now;
    }

    /** Mostly an SPP of the wanted status (and type), else any or an unknown one. */
    OperationId pickSpp(int choice, SppType type, SppStatus... wanted) {
      if (choice % 5 != 0) {
        List<OperationId> fit = new ArrayList<>();
        for (OperationId id : spps) {
          SppStatus st = ledger.sppStatus(id).orElseThrow();
          boolean typeFits = type == null || ((SubmitSpp) ledger.operation(id).orElseThrow()).type() == type;
          if (typeFits && List.of(wanted).contains(st)) {
            fit.add(id);
          }
        }
        if (!fit.isEmpty()) {
          return fit.get(choice % fit.size());
        }
      }
      return pick(spps, choice);
    }

    /** The step an SPP needs next: 0 verify, 1 approve, 2 pay (with taxes). */
    int nextSppStep(OperationId spp) {
      return switch (ledger.sppStatus(spp).orElse(SppStatus.SUBMITTED)) {
        case VERIFIED -> 1;
        case APPROVED -> 2;
        default -> 0;
      };
    }

    OperationId pick(List<OperationId> from, int choice) {
      return from.isEmpty() || choice % 11 == 10 ? OperationId.of("unknown-" + choice) : from.get(choice % from.size());
    }

    /** The right actor most of the time, else someone else from the cast (or the submitter himself). */
    Official actor(Official right, int choice, OperationId spp) {
      if (choice < 70) {
        return right;
      }
      if (choice < 80 && spp != null && submitters.containsKey(spp)) {
        return submitters.get(spp);
      }
      return CAST.get(choice % CAST.size());
    }

    Outcome attempt(Operation op) {
      LedgerSnapshot before = ledger.snapshot();
      Outcome o = post.apply(op);
      List<Operation> after = ledger.history();
      Statistics.label("outcome").collect(o.status());
      if (o.isAccepted()) {
        assertEquals(history.size() + 1, after.size());
        assertEquals(history, after.subList(0, history.size()));
        assertSame(op, after.get(history.size()));
        if (op instanceof SubmitSpp s) {
          spps.add(s.id());
          submitters.put(s.id(), s.actor());
        } else if (op instanceof ReceiveRevenue r) {
          receipts.add(r.id());
        }
      } else {
        assertEquals(history, after);
        assertEquals(before, ledger.snapshot());
        for (Finding f : o.findings()) {
          Statistics.label("rejected by rule").collect(f.rule().code());
        }
        if (o.isRejected()) {
          assertFalse(o.findings().isEmpty());
        }
      }
      history = after;
      for (LedgerSnapshot.FundPosition p : ledger.snapshot().funds().values()) {
        if (p.received().isPositive() && p.available().isZero()) {
          exhausted = true;
        }
      }
      if (o.has(id.smartkampung.core.rule.Rule.CASH_NEGATIVE)) {
        exhausted = true;
      }
      return o;
    }

    void checkGuarantees() {
      assertEquals(List.of(), ledger.recheck());
      id.smartkampung.core.audit.ReferenceLedger model = id.smartkampung.core.audit.ReferenceLedger.recompute(VILLAGE, POLICY, history);
      assertEquals(List.of(), model.violations());
      Assertions.assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(ledger.snapshot()));
    }

    @Override
    public String toString() {
      return "World[" + history.size() + " accepted]";
    }
  }

  // ----------------------------------------------------------------- values

  static Arbitrary<Money> amounts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(60, Arbitraries.longs().between(1, 150_000_000L).map(Idr::of)),
        net.jqwik.api.Tuple.of(10, Arbitraries.longs().between(1, 5_000_000L).map(sen -> Idr.ofSen(sen))),
        net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(150_000_000L, 1_000_000_000_000L).map(Idr::of)),
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(-1_000L, 0L).map(Idr::of)),
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 100_000L).map(x -> Idr.of(BigDecimal.valueOf(x, 3)))));
  }

  static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, 99);
  }

  // ---------------------------------------------------------------- actions

  static Action.Independent<World> act(String name, Arbitrary<java.util.function.Consumer<World>> steps) {
    return () -> steps.map(step -> Transformer.mutate(name, step));
  }

  static Action.Independent<World> lifecycle() {
    Arbitrary<Map<BudgetItemKey, Long>> revised =
        Arbitraries.integers().between(0, 150).list().ofSize(ITEMS.size()).map(pct -> {
          Map<BudgetItemKey, Long> m = new HashMap<>();
          for (int i = 0; i < ITEMS.size(); i++) {
            m.put(ITEMS.get(i), ORIGINAL.get(ITEMS.get(i)) / 100 * pct.get(i));
          }
          return m;
        });
    return act("lifecycle", Combinators.combine(Arbitraries.integers().between(0, 9), choice(), revised).as((pick, who, items) -> w -> {
      Instant at = w.tick(30);
      int step = pick < 8 ? w.nextLifecycleStep() : pick - 5;
      Operation op = switch (step) {
        case 0 -> new DraftBudget(w.id(), w.actor(SEKDES, who, null), at, budget(), "RAPBDes");
        case 1 -> new AgreeBudget(w.id(), w.actor(KD, who, null), at, "BA");
        case 2 -> new EvaluateBudget(w.id(), w.actor(EVALUATOR, who, null), at, "evaluasi");
        case 3 -> new EnactBudget(w.id(), w.actor(KD, who, null), at, "Perdes");
        default -> new DraftRevision(w.id(), w.actor(SEKDES, who, null), at, budget(items), "perubahan");
      };
      w.attempt(op);
    }));
  }

  /** The lifecycle, while nothing is enacted: the chain reaches enactment in most runs. */
  static Action<World> lifecycleUntilEnacted() {
    Action.Independent<World> steps = lifecycle();
    return new Action.Independent<World>() {
      @Override
      public boolean precondition(World w) {
        return w.ledger.enactedBudget().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer() {
        return steps.transformer();
      }
    };
  }

  static Action.Independent<World> receive() {
    List<Object[]> sources = List.of(
        new Object[] {FundSource.DDS, DANA_DESA}, new Object[] {FundSource.ADD, ALOKASI_DANA_DESA}, new Object[] {FundSource.PAD, HASIL_USAHA},
        new Object[] {FundSource.PAD, DANA_DESA}, new Object[] {FundSource.DDS, AccountCode.parse("6.1.1.01")}, new Object[] {FundSource.parse("ZZZ"), HASIL_USAHA});
    return act("receive", Combinators.combine(Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(sources.subList(0, 3))), net.jqwik.api.Tuple.of(1, Arbitraries.of(sources.subList(3, 6)))), amounts(), Arbitraries.integers().between(0, 9), choice()).as((s, amount, tranche, who) -> w -> {
      OptionalInt t = tranche > 2 ? OptionalInt.empty() : OptionalInt.of(tranche + 1);
      w.attempt(new ReceiveRevenue(w.id(), w.actor(KAUR, who, null), w.tick(60), (AccountCode) s[1], (FundSource) s[0], amount, t, "rk"));
    }));
  }

  static Action.Independent<World> submit() {
    List<BudgetItemKey> items = new ArrayList<>(ITEMS);
    items.add(UNBUDGETED);
    return act("submit", Combinators.combine(Arbitraries.of(items), Arbitraries.of(SppType.class), amounts(), choice()).as((item, type, amount, who) -> w ->
        w.attempt(new SubmitSpp(w.id(), w.actor(pkaOf(item), who, null), w.tick(45), type, item, amount, "payee", "spp"))));
  }

  static Action.Independent<World> sppStep() {
    return act("spp step", Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 1000), choice(),
        Arbitraries.of(TaxType.class).set().ofMaxSize(2)).as((pickStep, which, who, taxes) -> w -> {
      OperationId spp = w.pickSpp(which, null, SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED);
      int step = pickStep < 8 ? w.nextSppStep(spp) : pickStep - 6;
      Instant at = w.tick(20);
      Operation op = switch (step) {
        case 0 -> new VerifySpp(w.id(), w.actor(SEKDES, who, spp), at, spp);
        case 1 -> new ApproveSpp(w.id(), w.actor(KD, who, spp), at, spp);
        case 2 -> new PaySpp(w.id(), w.actor(KAUR, who, spp), at, spp, ImmutableSortedSet.copyOf(taxes), "trf");
        default -> new PaySpp(w.id(), w.actor(KAUR, who, spp), at, spp, ImmutableSortedSet.of(), "trf");
      };
      w.attempt(op);
    }));
  }

  static Action.Independent<World> withdraw() {
    return act("reject or cancel", Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1000), choice()).as((step, which, who) -> w -> {
      OperationId spp = w.pickSpp(which, null, SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED);
      Instant at = w.tick(20);
      Official submitter = w.submitters.getOrDefault(spp, PKA_PU);
      Operation op = switch (step) {
        case 0 -> new RejectSpp(w.id(), w.actor(SEKDES, who, spp), at, spp, "kurang lengkap");
        case 1 -> new RejectSpp(w.id(), w.actor(KD, who, spp), at, spp, "tidak disetujui");
        default -> new CancelSpp(w.id(), w.actor(submitter, who, spp), at, spp, "batal");
      };
      w.attempt(op);
    }));
  }

  static Action.Independent<World> settle() {
    return act("SPJ", Combinators.combine(Arbitraries.integers().between(0, 1000), choice(), Arbitraries.integers().between(0, 110)).as((which, who, pct) -> w -> {
      OperationId spp = w.pickSpp(which, SppType.UM, SppStatus.PAID);
      Official submitter = w.submitters.getOrDefault(spp, PKA_UMUM);
      Money advance = w.ledger.operation(spp).filter(o -> o instanceof SubmitSpp).map(o -> ((SubmitSpp) o).amount()).orElse(Idr.of(1_000_000L));
      long sen = Idr.isExactToSen(advance) ? Idr.toSen(advance) : 100;
      Money spent = Idr.ofSen(Math.max(0, sen) / 100 * pct);
      w.attempt(new SettlePanjar(w.id(), w.actor(submitter, who, spp), w.tick(30), spp, spent, "kuitansi"));
    }));
  }

  static Action.Independent<World> deposit() {
    return act("deposit tax", Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(TaxType.class), Arbitraries.longs().between(-10, 20_000_000L), choice()).as((which, tax, rupiah, who) -> w -> {
      OperationId spp = w.pickSpp(which, SppType.LS, SppStatus.PAID);
      TaxType type = tax;
      Money amount = Idr.of(rupiah);
      List<id.smartkampung.core.ledger.book.TaxBook.Line> owed = w.ledger.taxBook(LocalDate.of(YEAR, 12, 31)).lines().stream()
          .filter(l -> l.owed().isPositive()).toList();
      if (!owed.isEmpty() && which % 4 != 0) {
        id.smartkampung.core.ledger.book.TaxBook.Line line = owed.get(which % owed.size());
        spp = line.spp();
        type = line.tax();
        amount = rupiah % 2 == 0 ? line.owed() : Idr.of(Math.max(1, Math.min(rupiah, Idr.toSen(line.owed()) / 100 + rupiah % 5 - 2)));
      }
      w.attempt(new DepositTax(w.id(), w.actor(KAUR, who, spp), w.tick(30), spp, type, amount, "NTPN"));
    }));
  }

  static Action.Independent<World> reverse() {
    return act("reverse", Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1000), choice()).as((kind, which, who) -> w -> {
      Instant at = w.tick(30);
      if (kind == 0) {
        w.attempt(new ReverseReceipt(w.id(), w.actor(KAUR, who, null), at, w.pick(w.receipts, which), "koreksi"));
      } else {
        OperationId spp = w.pickSpp(which, null, SppStatus.PAID);
        w.attempt(new ReversePayment(w.id(), w.actor(KAUR, who, spp), at, spp, "koreksi"));
      }
    }));
  }

  static Action.Independent<World> register() {
    List<Official> candidates = List.of(
        Official.of("sd-2", "Sekdes Kedua", Role.SEKRETARIS_DESA),
        Official.of(PKA_PU.id(), PKA_PU.name(), Role.SEKRETARIS_DESA),
        Official.of(SEKDES.id(), SEKDES.name(), Role.KEPALA_DESA),
        PKA_UMUM, Official.of("pka-3", "Kasi Kesra", Role.PELAKSANA_KEGIATAN));
    return act("register", Combinators.combine(Arbitraries.of(candidates), choice(), Arbitraries.of(List.of(Set.<BudgetItemKey>of(), Set.of(JALAN), Set.of(ATK, HONOR)))).as((who, by, items) -> w -> {
      Set<id.smartkampung.core.code.KegiatanCode> k = new java.util.HashSet<>();
      items.forEach(i -> k.add(i.kegiatan()));
      w.attempt(RegisterOfficial.of(w.id(), w.actor(KD, by, null), w.tick(10), who, k));
    }));
  }

  /** Replays: the same operation again (duplicate), other content under a used id (conflict), a back-dated entry. */
  static Action.Independent<World> replay() {
    return act("replay", Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 10_000)).as((kind, which) -> w -> {
      if (w.history.isEmpty()) {
        return;
      }
      Operation old = w.history.get(which % w.history.size());
      Outcome o = switch (kind) {
        case 0 -> w.attempt(old);
        case 1 -> w.attempt(new CloseYear(old.id(), KAUR, w.tick(1)));
        default -> w.attempt(new ReceiveRevenue(w.id(), KAUR, w.history.get(w.history.size() - 1).at().minusSeconds(1), HASIL_USAHA, FundSource.PAD, Idr.of(1), OptionalInt.empty(), "back"));
      };
      if (kind == 0) {
        assertEquals(Outcome.Status.DUPLICATE, o.status());
      } else if (kind == 1 && !(old instanceof CloseYear)) {
        assertTrue(o.has(id.smartkampung.core.rule.Rule.IDEMPOTENCY_CONFLICT), o::toString);
      } else if (kind == 2) {
        assertTrue(o.isRejected(), o::toString);
      }
    }));
  }

  static Action.Independent<World> passTime() {
    return act("pass time", Arbitraries.integers().between(1, 60).map(days -> w -> w.tick(days * 24 * 60)));
  }

  static Action.Independent<World> close() {
    return act("close", choice().map(who -> w -> {
      Instant dec31 = LocalDate.of(YEAR, 12, 31).atTime(LocalTime.of(15, 0)).atZone(Operation.ZONE).toInstant();
      if (w.now.isBefore(dec31) && who < 4) {
        w.now = dec31;
      }
      w.attempt(new CloseYear(w.id(), w.actor(KAUR, who, null), w.tick(1)));
    }));
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return chains(World::new);
  }

  /** Chains of every action over worlds made by {@code world}. */
  static Arbitrary<ActionChain<World>> chains(java.util.function.Supplier<World> world) {
    return ActionChain.startWith(world)
        .withAction(10, lifecycleUntilEnacted())
        .withAction(2, lifecycle())
        .withAction(7, receive())
        .withAction(8, submit())
        .withAction(14, sppStep())
        .withAction(3, withdraw())
        .withAction(3, settle())
        .withAction(3, deposit())
        .withAction(2, reverse())
        .withAction(1, register())
        .withAction(2, replay())
        .withAction(1, passTime())
        .withAction(1, close())
        .withMaxTransformations(90);
  }

  @Property(tries = 400)
  void everyGuaranteeHoldsAfterEveryStep(@ForAll("chains") ActionChain<World> chain) {
    World w = chain.withInvariant("guarantees and reference model", World::checkGuarantees).run();
    Ledger replayed = Ledger.replay(VILLAGE, POLICY, w.ledger.history(), OperationLog.NONE);
    assertEquals(w.ledger.snapshot(), replayed.snapshot());
    LedgerSnapshot s = w.ledger.snapshot();
    Statistics.label("budget enacted").collect(w.ledger.enactedBudget().isPresent());
    Statistics.label("fund source exhausted").collect(w.exhausted);
    Statistics.label("SPP paid").collect(w.history.stream().anyMatch(op -> op instanceof PaySpp));
    Statistics.label("panjar settled").collect(w.history.stream().anyMatch(op -> op instanceof SettlePanjar));
    Statistics.label("tax deposited").collect(w.history.stream().anyMatch(op -> op instanceof DepositTax));
    Statistics.label("revision enacted").collect(s.revised() && w.ledger.lifecycle().orElseThrow().revision().orElseThrow().stage() == id.smartkampung.core.budget.ApbdesLifecycle.Stage.ENACTED);
    Statistics.label("year closed").collect(s.closed());
  }
}
