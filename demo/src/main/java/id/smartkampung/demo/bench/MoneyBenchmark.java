package id.smartkampung.demo.bench;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5 — why the ledger keeps {@code long} sen inside: the I5 budget check and posting of an
 * SPP ({@code committed + realised + requested ≤ budget}, then {@code committed += requested}) over
 * {@value #ITEMS} budget items, per check:
 *
 * <ul>
 *   <li>{@code money}: Moneta {@link Money} values, as the API hands them out ({@code add},
 *       {@code isLessThanOrEqualTo}; the currency unit cached);
 *   <li>{@code moneyOf}: the same, but each request built with {@code Money.of(amount, "IDR")} (a
 *       currency look-up each time), as a careless hot path would;
 *   <li>{@code longSen}: {@code long} sen with {@link Math#addExact} — what the ledger does.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MoneyBenchmark {
  /** Budget items per invocation. */
  public static final int ITEMS = 64;

  private Money[] budget;
  private Money[] committed;
  private Money[] realised;
  private Money[] requested;
  private BigDecimal[] requestedDecimal;
  private long[] budgetSen;
  private long[] committedSen;
  private long[] realisedSen;
  private long[] requestedSen;

  @Setup(Level.Iteration)
  public void fill() {
    budget = new Money[ITEMS];
    committed = new Money[ITEMS];
    realised = new Money[ITEMS];
    requested = new Money[ITEMS];
    requestedDecimal = new BigDecimal[ITEMS];
    budgetSen = new long[ITEMS];
    committedSen = new long[ITEMS];
    realisedSen = new long[ITEMS];
    requestedSen = new long[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      // a budget that never runs out within an iteration, amounts with sen
      budgetSen[i] = 900_000_000_000_000_00L + i;
      realisedSen[i] = 1_250_000_00L + i * 1_00L;
      requestedSen[i] = 1_500_000_50L + i;
      budget[i] = Idr.ofSen(budgetSen[i]);
      committed[i] = Idr.ZERO;
      realised[i] = Idr.ofSen(realisedSen[i]);
      requested[i] = Idr.ofSen(requestedSen[i]);
      requestedDecimal[i] = BigDecimal.valueOf(requestedSen[i], 2);
    }
  }

  /** Moneta Money with a cached currency unit. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int money() {
    int accepted = 0;
    for (int i = 0; i < ITEMS; i++) {
      MonetaryAmount after = committed[i].add(realised[i]).add(requested[i]);
      if (after.isLessThanOrEqualTo(budget[i])) {
        committed[i] = committed[i].add(requested[i]);
        accepted++;
      }
    }
    return accepted;
  }

  /** Moneta Money, each request made with Money.of(amount, "IDR"). */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int moneyOf() {
    int accepted = 0;
    for (int i = 0; i < ITEMS; i++) {
      Money req = Money.of(requestedDecimal[i], "IDR");
      MonetaryAmount after = committed[i].add(realised[i]).add(req);
      if (after.isLessThanOrEqualTo(budget[i])) {
        committed[i] = committed[i].add(req);
        accepted++;
      }
    }
    return accepted;
  }

  /** long sen, overflow-checked. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int longSen() {
    int accepted = 0;
    for (int i = 0; i < ITEMS; i++) {
      long after = Math.addExact(Math.addExact(committedSen[i], realisedSen[i]), requestedSen[i]);
      if (after <= budgetSen[i]) {
        committedSen[i] = Math.addExact(committedSen[i], requestedSen[i]);
        accepted++;
      }
    }
    return accepted;
  }
}
