package id.smartkampung.core.ledger.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.javamoney.moneta.Money;

/**
 * The activities that continue next year — <i>Dokumen Pelaksanaan Anggaran Lanjutan (DPAL)</i>: at
 * the year-end close, the unfinished kegiatan the Kepala Desa names, each budget item of theirs with
 * what is left of it (budget − realised; nothing is committed at the close) and its fund source. The
 * money itself is in the year's SiLPA; next year's budget carries each line again with at least its
 * remaining amount on the same kegiatan, account and fund source ({@link #checkCarriedInto}).
 *
 * <p>Which activities are unfinished is the village's statement (the ledger knows money, not
 * physical completion; monitoring's progress reports are the evidence). The regulation's article
 * for the DPAL (Permendagri 20/2018) is unconfirmed here.
 *
 * @param village the village; never null
 * @param fiscalYear the year closed
 * @param lines one per budget item of the continuing kegiatan with something left, in item order
 */
@Api(Api.Status.EXPERIMENTAL)
public record Dpal(Village village, int fiscalYear, ImmutableList<Dpal.Line> lines) {
  /** One continuing budget item: its budget in force at the close, what was realised, what is left. */
  public record Line(BudgetItemKey item, Money budget, Money realised, Money remaining) {
    public Line {
      requireNonNull(item, "item");
      requireNonNull(budget, "budget");
      requireNonNull(realised, "realised");
      requireNonNull(remaining, "remaining");
    }
  }

  public Dpal {
    requireNonNull(village, "village");
    requireNonNull(lines, "lines");
  }

  /**
   * The DPAL of a closed year for the continuing kegiatan.
   *
   * @throws IllegalArgumentException if the year is not closed (the DPAL is drawn up at the close),
   *     or a continuing kegiatan has no item in the budget in force (naming it)
   */
  public static Dpal of(Ledger ledger, Collection<KegiatanCode> continuing) {
    requireNonNull(ledger, "ledger");
    requireNonNull(continuing, "continuing");
    LedgerSnapshot s = ledger.snapshot();
    checkArgument(s.closed(), "the DPAL of %s is drawn up at the year-end close; the %s books are still open", ledger.village().name(), ledger.fiscalYear());
    ImmutableSortedSet<KegiatanCode> wanted = ImmutableSortedSet.copyOf(continuing);
    List<Line> lines = new ArrayList<>();
    for (KegiatanCode k : wanted) {
      boolean found = false;
      for (Map.Entry<BudgetItemKey, LedgerSnapshot.ItemPosition> e : s.items().entrySet()) {
        if (!e.getKey().kegiatan().equals(k)) {
          continue;
        }
        found = true;
        LedgerSnapshot.ItemPosition p = e.getValue();
        Money left = p.budget().subtract(p.realised()).subtract(p.committed());
        if (left.isPositive()) {
          lines.add(new Line(e.getKey(), p.budget(), p.realised(), left));
        }
      }
      checkArgument(found, "kegiatan %s is not in the %s budget of %s: it cannot continue through the DPAL", k, ledger.fiscalYear(), ledger.village().name());
    }
    return new Dpal(ledger.village(), ledger.fiscalYear(), ImmutableList.sortedCopyOf((a, b) -> a.item().compareTo(b.item()), lines));
  }

  /** The remaining amount per fund source — the part of the SiLPA each source keeps for the DPAL. */
  public ImmutableSortedMap<FundSource, Money> bySource() {
    Map<FundSource, Money> m = new TreeMap<>();
    for (Line l : lines) {
      m.merge(l.item().fundSource(), l.remaining(), Money::add);
    }
    return ImmutableSortedMap.copyOf(m);
  }

  /** The remaining amount of all lines. */
  public Money total() {
    Money t = Idr.ZERO;
    for (Line l : lines) {
      t = t.add(l.remaining());
    }
    return t;
  }

  /**
   * The DPAL lines the next year's budget does not carry: each item (kegiatan, account, fund source)
   * is budgeted with at least its remaining amount, else a {@link Rule#DPAL_NOT_CARRIED} error naming
   * the item, the amount left and the amount budgeted; empty when all are carried.
   *
   * @throws IllegalArgumentException if {@code next} is not the same village's budget of the following year
   */
  public ImmutableList<Finding> checkCarriedInto(Apbdes next) {
    requireNonNull(next, "next");
    checkArgument(next.village().equals(village) && next.fiscalYear() == fiscalYear + 1,
        "the DPAL of %s %s is carried into the %s budget of the same village, not %s %s", village.name(), fiscalYear, fiscalYear + 1, next.village().name(), next.fiscalYear());
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Line l : lines) {
      Finding f = YearOpening.notCarried(l.item(), l.remaining(), next, fiscalYear, "$.belanja[" + l.item() + "]");
      if (f != null) {
        out.add(f);
      }
    }
    return out.build();
  }
}
