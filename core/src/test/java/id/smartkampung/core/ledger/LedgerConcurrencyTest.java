package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

/** Many threads racing to submit and pay against one allocation and one fund source's cash. */
class LedgerConcurrencyTest {
  private static final int THREADS = 8;

  @RepeatedTest(5)
  @DisplayName("concurrent SPP and payments never overspend the item (I5) or the cash (I6); no accepted payment is lost")
  void racingPayments() throws Exception {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(java.time.LocalDate.of(YEAR, 2, 1));
    // DRAINASE: budget 100 M (DDS); DDS cash only 60 M
    f.ok(f.receive(FundSource.DDS, DANA_DESA, 60_000_000L, 1));
    Ledger ledger = f.ledger;
    Instant at = f.tick();

    ConcurrentLinkedQueue<SubmitSpp> submitted = new ConcurrentLinkedQueue<>();
    race(t -> {
      Random random = new Random(t);
      for (int i = 0; i < 40; i++) {
        long rupiah = 500_000L + random.nextInt(4_000_000);
        SubmitSpp op = new SubmitSpp(OperationId.of("spp-" + t + "-" + i), PKA_PU, at, SppType.LS, DRAINASE, rp(rupiah), "CV", "x");
        Outcome o = ledger.apply(op);
        if (o.isAccepted()) {
          submitted.add(op);
        } else {
          assertTrue(o.has(Rule.ITEM_OVERSPENT), o::toString);
        }
      }
    });
    long committed = submitted.stream().mapToLong(s -> Idr.toSen(s.amount())).sum();
    assertEquals(Idr.ofSen(committed), ledger.snapshot().items().get(DRAINASE).committed());
    assertTrue(committed <= Idr.toSen(rp(100_000_000L)));
    assertTrue(committed > Idr.toSen(rp(95_000_000L)), "the item is nearly exhausted by the race");

    List<SubmitSpp> spps = new ArrayList<>(submitted);
    race(t -> {
      for (int i = t; i < spps.size(); i += THREADS) {
        OperationId spp = spps.get(i).id();
        assertTrue(ledger.apply(new VerifySpp(OperationId.of("v-" + spp), SEKDES, at, spp)).isAccepted());
        assertTrue(ledger.apply(new ApproveSpp(OperationId.of("a-" + spp), KD, at, spp)).isAccepted());
      }
    });

    ConcurrentLinkedQueue<PaySpp> paid = new ConcurrentLinkedQueue<>();
    race(t -> {
      List<SubmitSpp> mine = new ArrayList<>(spps);
      Collections.shuffle(mine, new Random(t));
      for (SubmitSpp s : mine) {
        // every thread tries to pay every SPP under its own operation id: only one may win
        PaySpp op = new PaySpp(OperationId.of("pay-" + t + "-" + s.id()), KAUR, at, s.id(), ImmutableSortedSet.of(), "trf");
        Outcome o = ledger.apply(op);
        if (o.isAccepted()) {
          paid.add(op);
        } else {
          assertTrue(o.has(Rule.STEP_ORDER) || o.has(Rule.CASH_NEGATIVE), o::toString);
        }
      }
    });

    long paidSen = 0;
    for (PaySpp p : paid) {
      paidSen += Idr.toSen(((SubmitSpp) ledger.operation(p.spp()).orElseThrow()).amount());
      assertEquals(SppStatus.PAID, ledger.sppStatus(p.spp()).orElseThrow());
    }
    assertEquals(paid.size(), paid.stream().map(PaySpp::spp).distinct().count(), "no SPP paid twice");
    LedgerSnapshot s = ledger.snapshot();
    assertTrue(paidSen <= Idr.toSen(rp(60_000_000L)), "never more than the cash");
    assertEquals(Idr.ofSen(paidSen), s.items().get(DRAINASE).realised());
    assertEquals(rp(60_000_000L).subtract(Idr.ofSen(paidSen)), s.funds().get(FundSource.DDS).cash());
    assertTrue(s.funds().get(FundSource.DDS).available().isLessThan(rp(4_500_000L)), "the cash is nearly exhausted by the race");
    long bkuPayments = ledger.bku().entries().stream().filter(e -> e.kind() == BukuKasUmum.Kind.PAYMENT).count();
    assertEquals(paid.size(), bkuPayments, "every accepted payment is in the BKU");
    assertEquals(List.of(), ledger.recheck());
    assertEquals(ledger.snapshot(), Ledger.replay(VILLAGE, POLICY, ledger.history(), OperationLog.NONE).snapshot());
  }

  @RepeatedTest(3)
  @DisplayName("the same operation sent from many threads is posted once (I8)")
  void sameOperationFromManyThreads() throws Exception {
    LedgerFixture f = LedgerFixture.ready();
    ReceiveRevenue r = f.receive(FundSource.PAD, HASIL_USAHA, 1_000_000L, null);
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    race(t -> {
      for (int i = 0; i < 100; i++) {
        outcomes.add(f.ledger.apply(r));
      }
    });
    assertEquals(1, outcomes.stream().filter(Outcome::isAccepted).count());
    assertEquals(THREADS * 100 - 1, outcomes.stream().filter(o -> o.status() == Outcome.Status.DUPLICATE).count());
    assertEquals(rp(51_000_000L), f.ledger.snapshot().funds().get(FundSource.PAD).cash());
  }

  interface Body {
    void run(int thread) throws Exception;
  }

  private static void race(Body body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        body.run(thread);
        return null;
      }));
    }
    start.countDown();
    for (java.util.concurrent.Future<?> fu : futures) {
      fu.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }
}
