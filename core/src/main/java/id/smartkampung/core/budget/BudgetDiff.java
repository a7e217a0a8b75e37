package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;

/**
 * The line-by-line difference between a budget and its revision — <i>perubahan APBDes</i>, as
 * villages publish it with "semula" (before) and "menjadi" (after): lines added, removed, increased
 * or decreased. Lines are matched by their identity (everything but the amount); unchanged lines are
 * not listed. Applying the difference to the old budget gives the new one.
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

  private final ImmutableList<Change> changes;

  private BudgetDiff(ImmutableList<Change> changes) {
    this.changes = changes;
  }

  /**
   * The difference from {@code before} to {@code after}, which must be of the same village and year.
   */
  public static BudgetDiff between(Apbdes before, Apbdes after) {
    checkArgument(
        before.village().equals(after.village()) && before.fiscalYear() == after.fiscalYear(),
        "a revision is of the same village and fiscal year");
    Map<BudgetLine.LineIdentity, List<Money>> old = byIdentity(before);
    Map<BudgetLine.LineIdentity, List<Money>> neu = byIdentity(after);
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<BudgetLine.LineIdentity, List<Money>> e : old.entrySet()) {
      List<Money> a = e.getValue();
      List<Money> b = neu.getOrDefault(e.getKey(), List.of());
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        if (i >= b.size()) {
          changes.add(new Change(Kind.REMOVED, e.getKey(), a.get(i), Idr.ZERO));
        } else if (i >= a.size()) {
          changes.add(new Change(Kind.ADDED, e.getKey(), Idr.ZERO, b.get(i)));
        } else {
          int c = b.get(i).compareTo(a.get(i));
          if (c != 0) {
            changes.add(new Change(c > 0 ? Kind.INCREASED : Kind.DECREASED, e.getKey(), a.get(i), b.get(i)));
          }
        }
      }
    }
    for (Map.Entry<BudgetLine.LineIdentity, List<Money>> e : neu.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        for (Money m : e.getValue()) {
          changes.add(new Change(Kind.ADDED, e.getKey(), Idr.ZERO, m));
        }
      }
    }
    return new BudgetDiff(ImmutableList.copyOf(changes));
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

  /** True when nothing changed. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The net change of a section (after − before). */
  public Money delta(Section section) {
    Money d = Idr.ZERO;
    for (Change c : changes) {
      if (c.line().section() == section) {
        d = d.add(c.delta());
      }
    }
    return d;
  }

  /**
   * Applies the changes to {@code before}.
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
    return "BudgetDiff" + changes;
  }
}
