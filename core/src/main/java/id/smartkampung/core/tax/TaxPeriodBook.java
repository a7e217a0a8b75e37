package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.javamoney.moneta.Money;

/**
 * The tax book by kind and period — <i>buku pembantu pajak per jenis dan masa pajak</i>: what was
 * withheld in each {@link TaxPeriod}, what was deposited for it (one deposit, one NTPN, covers many
 * withholdings of one levy and period; partial deposits are allowed; a deposit never exceeds what is
 * still owed), what is owed and when it is due (the year's {@link TaxPolicy}: the 15th of the next
 * month from 2025, moved past non-working days). At the year-end close what is still owed is carried
 * into the next year's book ({@link #carriedInto}); December's withholdings are due in January.
 * Immutable: each change returns a new book.
 */
public final class TaxPeriodBook {
  /**
   * One period of the book.
   *
   * @param period the levy and month
   * @param due the deposit deadline
   * @param carried true when brought forward from the previous year's close
   * @param withholdings the withholdings of the period (for a carried period: none, {@code broughtForward} instead)
   * @param broughtForward the amount owed brought forward (zero unless carried)
   * @param deposits the deposits for the period
   */
  public record Period(
      TaxPeriod period, LocalDate due, boolean carried, ImmutableList<WithheldTax> withholdings, Money broughtForward, ImmutableList<TaxDeposit> deposits) {
    /** Checks nothing is null. */
    public Period {
      requireNonNull(period, "period");
      requireNonNull(due, "due");
      requireNonNull(withholdings, "withholdings");
      requireNonNull(broughtForward, "broughtForward");
      requireNonNull(deposits, "deposits");
    }

    /** Withheld in the period (or brought forward). */
    public Money withheld() {
      Money sum = broughtForward;
      for (WithheldTax w : withholdings) {
        sum = sum.add(w.line().amount());
      }
      return sum;
    }

    /** Deposited for the period. */
    public Money deposited() {
      Money sum = Idr.ZERO;
      for (TaxDeposit d : deposits) {
        sum = sum.add(d.amount());
      }
      return sum;
    }

    /** Still owed: withheld − deposited, never negative. */
    public Money owed() {
      return withheld().subtract(deposited());
    }

    /** True when something is owed after the deadline, as of {@code date}. */
    public boolean overdue(LocalDate date) {
      return date.isAfter(due) && owed().isPositive();
    }
  }

  private final TaxPolicy policy;
  private final Predicate<LocalDate> holidays;
  private final ImmutableSortedMap<TaxPeriod, Period> periods;
  private final ImmutableSortedMap<String, TaxDeposit> depositIds;

  private TaxPeriodBook(
      TaxPolicy policy, Predicate<LocalDate> holidays, ImmutableSortedMap<TaxPeriod, Period> periods, ImmutableSortedMap<String, TaxDeposit> depositIds) {
    this.policy = policy;
    this.holidays = holidays;
    this.periods = periods;
    this.depositIds = depositIds;
  }

  /** An empty book of the policy's fiscal year; due dates move past Saturdays and Sundays only. */
  public static TaxPeriodBook of(TaxPolicy policy) {
    return of(policy, d -> false);
  }

  /** An empty book whose due dates also move past the days {@code holidays} accepts (national holidays, cuti bersama). */
  public static TaxPeriodBook of(TaxPolicy policy, Predicate<LocalDate> holidays) {
    return new TaxPeriodBook(requireNonNull(policy, "policy"), requireNonNull(holidays, "holidays"), ImmutableSortedMap.of(), ImmutableSortedMap.of());
  }

  /** The fiscal year. */
  public int fiscalYear() {
    return policy.fiscalYear();
  }

  /**
   * This book with a withholding recorded in its period.
   *
   * @throws IllegalArgumentException naming the source when it is dated outside the book's year
   */
  public TaxPeriodBook withheld(WithheldTax w) {
    requireNonNull(w, "w");
    checkArgument(w.date().getYear() == policy.fiscalYear(),
        "withholding on %s dated %s is outside the book's fiscal year %s", w.source(), w.date(), policy.fiscalYear());
    TaxPeriod p = w.period();
    Period old = periods.get(p);
    Period neu = old == null
        ? new Period(p, policy.dueDate(p.levy(), p.month(), holidays), false, ImmutableList.of(w), Idr.ZERO, ImmutableList.of())
        : new Period(p, old.due(), old.carried(), append(old.withholdings(), w), old.broughtForward(), old.deposits());
    return new TaxPeriodBook(policy, holidays, put(periods, p, neu), depositIds);
  }

  /**
   * This book with tax still owed from an earlier year's close brought forward into its period (the
   * year's opening, {@code open-year}): added to what the period already brings forward, due by
   * this book's rules for that period.
   *
   * @throws IllegalArgumentException when the period is not before the book's fiscal year or the amount is not positive
   */
  public TaxPeriodBook broughtForward(TaxPeriod p, Money amount) {
    requireNonNull(p, "p");
    requireNonNull(amount, "amount");
    checkArgument(p.month().getYear() < policy.fiscalYear(), "tax owed for %s is brought forward into %s only from an earlier year", p, policy.fiscalYear());
    checkArgument(amount.isPositive(), "tax owed brought forward for %s is positive, not %s", p, amount);
    Period old = periods.get(p);
    Period neu = old == null
        ? new Period(p, policy.dueDate(p.levy(), p.month(), holidays), true, ImmutableList.of(), amount, ImmutableList.of())
        : new Period(p, old.due(), true, old.withholdings(), old.broughtForward().add(amount), old.deposits());
    return new TaxPeriodBook(policy, holidays, put(periods, p, neu), depositIds);
  }

  /** This book with every line of a determination recorded as withheld on {@code source}, dated {@code date}. */
  public TaxPeriodBook withheld(String source, LocalDate date, TaxDetermination d) {
    TaxPeriodBook b = this;
    for (TaxLine l : d.lines()) {
      b = b.withheld(new WithheldTax(source, date, d.payee(), l));
    }
    return b;
  }

  /**
   * What a deposit would break, if anything: an unknown period, a repeated id, or more than is still
   * owed for the period (I10, {@link Rule#TAX_OVERDEPOSITED}).
   */
  public Optional<Finding> check(TaxDeposit d) {
    requireNonNull(d, "d");
    if (depositIds.containsKey(d.id())) {
      return Optional.of(Finding.error(Rule.IDEMPOTENCY_CONFLICT, "deposit " + d.id(), "deposit id " + d.id() + " is already recorded"));
    }
    Period p = periods.get(d.period());
    Money owed = p == null ? Idr.ZERO : p.owed();
    if (d.amount().isGreaterThan(owed)) {
      return Optional.of(Finding.error(Rule.TAX_OVERDEPOSITED, "deposit " + d.id(),
          "deposit " + d.id() + " of " + Idr.format(d.amount()) + " for " + d.period() + " exceeds what is owed for that period (" + Idr.format(owed) + ")",
          Map.of("period", d.period().toString(), "owed", Idr.format(owed), "amount", Idr.format(d.amount()))));
    }
    return Optional.empty();
  }

  /**
   * This book with a deposit recorded against its period.
   *
   * @throws IllegalArgumentException with the finding's message when {@link #check} finds a problem
   */
  public TaxPeriodBook deposited(TaxDeposit d) {
    check(d).ifPresent(f -> {
      throw new IllegalArgumentException(f.message());
    });
    Period old = periods.get(d.period());
    Period neu = new Period(old.period(), old.due(), old.carried(), old.withholdings(), old.broughtForward(), append(old.deposits(), d));
    return new TaxPeriodBook(policy, holidays, put(periods, d.period(), neu), put(depositIds, d.id(), d));
  }

  /** The periods in order (month, then levy). */
  public ImmutableList<Period> periods() {
    return periods.values().asList();
  }

  /** One period, if anything was withheld in it. */
  public Optional<Period> period(TaxPeriod p) {
    return Optional.ofNullable(periods.get(p));
  }

  /** What is still owed for a period (zero if nothing was withheld). */
  public Money owed(TaxPeriod p) {
    return period(p).map(Period::owed).orElse(Idr.ZERO);
  }

  /** Total withheld (and brought forward) in the book. */
  public Money withheldTotal() {
    return sum(Period::withheld);
  }

  /** Total deposited. */
  public Money depositedTotal() {
    return sum(Period::deposited);
  }

  /** Total still owed. */
  public Money owedTotal() {
    return sum(Period::owed);
  }

  /** What is owed after its deadline, as of {@code date}. */
  public Money overdue(LocalDate date) {
    Money sum = Idr.ZERO;
    for (Period p : periods.values()) {
      if (p.overdue(date)) {
        sum = sum.add(p.owed());
      }
    }
    return sum;
  }

  /**
   * The year-end finding when tax is still owed at the close: December's withholdings are due in
   * January, so by default a WARNING; an ERROR when the district's pack demands zero at 31 December.
   */
  public Optional<Finding> atYearEnd() {
    Money owed = owedTotal();
    if (!owed.isPositive()) {
      return Optional.empty();
    }
    String msg = Idr.format(owed) + " of tax withheld is not yet deposited at the close; it is carried into " + (policy.fiscalYear() + 1);
    Map<String, String> data = Map.of("owed", Idr.format(owed));
    return Optional.of(policy.unpaidAtYearEnd() == Severity.ERROR
        ? Finding.error(Rule.YEAR_END_OPEN_ITEMS, "taxes", msg, data)
        : Finding.warning(Rule.YEAR_END_OPEN_ITEMS, "taxes", msg, data));
  }

  /**
   * The next year's book, opened with what this book still owes: each period with something owed is
   * brought forward with its due date, to be deposited in the new year.
   *
   * @throws IllegalArgumentException when {@code next} is not the following fiscal year
   */
  public TaxPeriodBook carriedInto(TaxPolicy next) {
    checkArgument(next.fiscalYear() == policy.fiscalYear() + 1, "the book of %s carries into %s, not %s",
        policy.fiscalYear(), policy.fiscalYear() + 1, next.fiscalYear());
    TreeMap<TaxPeriod, Period> m = new TreeMap<>();
    for (Period p : periods.values()) {
      if (p.owed().isPositive()) {
        m.put(p.period(), new Period(p.period(), p.due(), true, ImmutableList.of(), p.owed(), ImmutableList.of()));
      }
    }
    return new TaxPeriodBook(next, holidays, ImmutableSortedMap.copyOfSorted(m), ImmutableSortedMap.of());
  }

  /**
   * The withholdings of a month, for the withholding slips (<i>bukti potong/pungut</i>), as CSV:
   * period, levy, date, source, payee, payee kind, tax id kind, tax id (masked), base, rate, amount,
   * regulation. Tax ids are masked: the export is fit for public output.
   */
  public String slipsCsv(YearMonth month) {
    StringBuilder b = new StringBuilder("period,levy,date,source,payee,payee_kind,tax_id_kind,tax_id,base,rate,amount,reference\n");
    for (Period p : periods.values()) {
      if (!p.period().month().equals(month)) {
        continue;
      }
      for (WithheldTax w : p.withholdings()) {
        TaxLine l = w.line();
        List<String> cells = List.of(month.toString(), l.levy().label(), w.date().toString(), w.source(), w.payee().name(),
            w.payee().kind().name(), w.payee().taxId().kind().name(), w.payee().taxId().masked(), Idr.format(l.base()),
            l.rate().toPlainString(), Idr.format(l.amount()), l.reference());
        b.append(String.join(",", cells.stream().map(TaxPeriodBook::csv).toList())).append('\n');
      }
    }
    return b.toString();
  }

  private static String csv(String cell) {
    return cell.matches("[^,\"\\r\\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private Money sum(java.util.function.Function<Period, Money> f) {
    Money sum = Idr.ZERO;
    for (Period p : periods.values()) {
      sum = sum.add(f.apply(p));
    }
    return sum;
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T t) {
    List<T> l = new ArrayList<>(list);
    l.add(t);
    return ImmutableList.copyOf(l);
  }

  private static <K extends Comparable<K>, V> ImmutableSortedMap<K, V> put(ImmutableSortedMap<K, V> map, K k, V v) {
    TreeMap<K, V> m = new TreeMap<>(map);
    m.put(k, v);
    return ImmutableSortedMap.copyOfSorted(m);
  }
}
