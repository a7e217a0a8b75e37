package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.javamoney.moneta.Money;

/**
 * The line-by-line difference between a budget and its revision — <i>perubahan APBDes</i>, as
 * villages publish it with "semula" (before) and "menjadi" (after): lines added, removed, increased
 * or decreased. Unchanged lines are not listed. Applying the difference to the old budget gives the
 * new one.
 *
 * <p>A revision table ({@link BudgetCsv#readRevision}) pairs each line's before and after amounts in
 * its rows, and its difference keeps that pairing. Between two separately enacted budgets ({@link
 * #between}) lines are matched by their identity (everything but the amount); where one identity has
 * several sub-lines whose amounts changed, nothing in the budgets says which before belongs to which
 * after, and the difference reports an {@link Ambiguity} for that identity instead of guessing. Net
 * changes (per section, kegiatan, sub-bidang, bidang) do not depend on the pairing and count both.
 */
@Api(Api.Status.STABLE)
public final class BudgetDiff {
  /** The kind of a change. */
  public enum Kind {
    /** A line that only the revision has. */
    ADDED,
    /** A line that the revision drops. */
    REMOVED,
    /** A line whose amount goes up (including from zero). */
    INCREASED,
    /** A line whose amount goes down (including to zero). */
    DECREASED
  }

  /**
   * One changed line.
   *
   * @param kind what happened
   * @param line the line's identity
   * @param before the amount before (zero for an added line)
   * @param after the amount after (zero for a removed line)
   */
  public record Change(Kind kind, BudgetLine.LineIdentity line, Money before, Money after) {
    public Change {
      requireNonNull(kind, "kind");
      requireNonNull(line, "line");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /** after − before. */
    public Money delta() {
      return after.subtract(before);
    }
  }

  /**
   * Sub-lines of one identity (same section, account, kegiatan, description, fund source) whose amounts
   * changed between two budgets where nothing says which before became which after.
   *
   * @param line the identity shared by the sub-lines
   * @param before the sub-lines' amounts before, ascending; never null
   * @param after the sub-lines' amounts after, ascending; never null
   */
  public record Ambiguity(BudgetLine.LineIdentity line, ImmutableList<Money> before, ImmutableList<Money> after) {
    public Ambiguity {
      requireNonNull(line, "line");
      before = ImmutableList.copyOf(before);
      after = ImmutableList.copyOf(after);
    }

    /** The net change of the identity: sum(after) − sum(before). */
    public Money delta() {
      return after.stream().reduce(Idr.ZERO, Money::add).subtract(before.stream().reduce(Idr.ZERO, Money::add));
    }
  }

  private final ImmutableList<Change> changes;
  private final ImmutableList<Ambiguity> ambiguities;

  private BudgetDiff(ImmutableList<Change> changes, ImmutableList<Ambiguity> ambiguities) {
    this.changes = changes;
    this.ambiguities = ambiguities;
  }

  /** A difference whose pairing is given, as a revision table's rows give it. */
  static BudgetDiff ofChanges(List<Change> changes) {
    return new BudgetDiff(ImmutableList.copyOf(changes), ImmutableList.of());
  }

  /**
   * The difference from {@code before} to {@code after}, which must be of the same village and year.
   * Lines are paired by identity; an identity with several sub-lines on either side whose amounts
   * differ is reported in {@link #ambiguities()}, not guessed into changes.
   */
  public static BudgetDiff between(Apbdes before, Apbdes after) {
    checkArgument(
        before.village().equals(after.village()) && before.fiscalYear() == after.fiscalYear(),
        "a revision is of the same village and fiscal year");
    Map<BudgetLine.LineIdentity, List<Money>> old = byIdentity(before);
    Map<BudgetLine.LineIdentity, List<Money>> neu = byIdentity(after);
    List<Change> changes = new ArrayList<>();
    List<Ambiguity> ambiguities = new ArrayList<>();
    for (Map.Entry<BudgetLine.LineIdentity, List<Money>> e : old.entrySet()) {
      List<Money> a = e.getValue();
      List<Money> b = neu.getOrDefault(e.getKey(), List.of());
      if (b.isEmpty()) {
        a.forEach(m -> changes.add(new Change(Kind.REMOVED, e.getKey(), m, Idr.ZERO)));
      } else if (a.size() == 1 && b.size() == 1) {
        int c = b.get(0).compareTo(a.get(0));
        if (c != 0) {
          changes.add(new Change(c > 0 ? Kind.INCREASED : Kind.DECREASED, e.getKey(), a.get(0), b.get(0)));
        }
      } else if (!sameAmounts(a, b)) {
        ambiguities.add(new Ambiguity(e.getKey(), ImmutableList.copyOf(a), ImmutableList.copyOf(b)));
      }
    }
    for (Map.Entry<BudgetLine.LineIdentity, List<Money>> e : neu.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        for (Money m : e.getValue()) {
          changes.add(new Change(Kind.ADDED, e.getKey(), Idr.ZERO, m));
        }
      }
    }
    return new BudgetDiff(ImmutableList.copyOf(changes), ImmutableList.copyOf(ambiguities));
  }

  private static boolean sameAmounts(List<Money> a, List<Money> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isEqualTo(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Sub-lines with the same identity, by amount, in the budget's canonical order. */
  private static Map<BudgetLine.LineIdentity, List<Money>> byIdentity(Apbdes budget) {
    Map<BudgetLine.LineIdentity, List<Money>> m = new LinkedHashMap<>();
    for (BudgetLine l : budget.lines()) {
      m.computeIfAbsent(l.identity(), k -> new ArrayList<>()).add(l.amount());
    }
    m.values().forEach(list -> list.sort(Comparator.comparing(x -> x.getNumberStripped(), Comparator.<BigDecimal>naturalOrder())));
    return m;
  }

  /** The changes; never null. */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /** The changes of one kind. */
  public ImmutableList<Change> changes(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * The identities whose sub-lines changed without a pairing (only from {@link #between}); never
   * null, empty when every change is paired.
   */
  public ImmutableList<Ambiguity> ambiguities() {
    return ambiguities;
  }

  /** True when the pairing of every change is known. */
  public boolean isUnambiguous() {
    return ambiguities.isEmpty();
  }

  /** True when nothing changed. */
  public boolean isEmpty() {
    return changes.isEmpty() && ambiguities.isEmpty();
  }

  /** The net change of a section (after − before). */
  public Money delta(Section section) {
    return net(id -> id.section() == section);
  }

  /** The net change (after − before) of the belanja of one kegiatan. */
  public Money delta(KegiatanCode kegiatan) {
    requireNonNull(kegiatan, "kegiatan");
    return net(id -> id.section() == Section.BELANJA && kegiatan.equals(id.kegiatan()));
  }

  /**
   * The net change of belanja per kegiatan ({@code BB.SS.KK}), as published revision pages state it;
   * only kegiatan that changed, in code order; never null.
   */
  public ImmutableSortedMap<KegiatanCode, Money> deltaByKegiatan() {
    return belanjaBy(k -> k);
  }

  /** The net change of belanja per sub-bidang ({@code BB.SS}); only those that changed; never null. */
  public ImmutableSortedMap<String, Money> deltaBySubBidang() {
    return belanjaBy(KegiatanCode::subBidangCode);
  }

  /** The net change of belanja per bidang ({@code BB}); only those that changed; never null. */
  public ImmutableSortedMap<String, Money> deltaByBidang() {
    return belanjaBy(KegiatanCode::bidangCode);
  }

  private <K extends Comparable<K>> ImmutableSortedMap<K, Money> belanjaBy(Function<KegiatanCode, K> key) {
    Map<K, Money> m = new TreeMap<>();
    for (Change c : changes) {
      if (c.line().section() == Section.BELANJA && c.line().kegiatan() != null) {
        m.merge(key.apply(c.line().kegiatan()), c.delta(), Money::add);
      }
    }
    for (Ambiguity a : ambiguities) {
      if (a.line().section() == Section.BELANJA && a.line().kegiatan() != null) {
        m.merge(key.apply(a.line().kegiatan()), a.delta(), Money::add);
      }
    }
    m.values().removeIf(Money::isZero);
    return ImmutableSortedMap.copyOf(m);
  }

  private Money net(Predicate<BudgetLine.LineIdentity> which) {
    Money d = Idr.ZERO;
    for (Change c : changes) {
      if (which.test(c.line())) {
        d = d.add(c.delta());
      }
    }
    for (Ambiguity a : ambiguities) {
      if (which.test(a.line())) {
        d = d.add(a.delta());
      }
    }
    return d;
  }

  /**
   * Applies the changes to {@code before}. An ambiguous identity's sub-lines are replaced as a whole
   * by its after amounts (the result does not depend on their pairing).
   *
   * @throws IllegalArgumentException if a changed or removed line is not in {@code before} with the
   *     stated amount
   */
  public Apbdes applyTo(Apbdes before) {
    List<BudgetLine> lines = new ArrayList<>(before.lines());
    for (Change c : changes) {
      if (c.kind() == Kind.ADDED) {
        lines.add(c.line().withAmount(c.after()));
        continue;
      }
      BudgetLine old = c.line().withAmount(c.before());
      int at = indexOf(lines, old);
      checkArgument(at >= 0, "the budget has no line %s of %s to change", c.line(), Idr.format(c.before()));
      if (c.kind() == Kind.REMOVED) {
        lines.remove(at);
      } else {
        lines.set(at, c.line().withAmount(c.after()));
      }
    }
    for (Ambiguity a : ambiguities) {
      for (Money m : a.before()) {
        int at = indexOf(lines, a.line().withAmount(m));
        checkArgument(at >= 0, "the budget has no line %s of %s to change", a.line(), Idr.format(m));
        lines.remove(at);
      }
      a.after().forEach(m -> lines.add(a.line().withAmount(m)));
    }
    return before.withLines(lines);
  }

  private static int indexOf(List<BudgetLine> lines, BudgetLine wanted) {
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.identity().equals(wanted.identity()) && l.amount().isEqualTo(wanted.amount())) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return ambiguities.isEmpty() ? "BudgetDiff" + changes : "BudgetDiff" + changes + " ambiguous " + ambiguities;
  }
}
