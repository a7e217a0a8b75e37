package id.smartkampung.core.testkit;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.testkit.BudgetCatalog.Item;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds a valid revision (<i>perubahan APBDes</i>) of a generated budget from a list of moves,
 * each of which keeps balance, per-source cover, siltap, composition and Dana Desa priorities.
 * A move that does not fit the budget is skipped. Not API.
 */
final class BudgetRevisions {
  /** What a move does. */
  enum Kind {
    /** Money moves from one free line to another of the same source (decreased, increased). */
    SHIFT,
    /** A new line paid from SiLPA found at year end (added). */
    ADD_FROM_SILPA,
    /** A line is dropped and its money goes to another line of the same source (removed). */
    REMOVE,
    /** A source brings in more and a line of it grows (increased). */
    GROW,
    /** A source brings in less and a line of it shrinks (decreased). */
    SHRINK,
    /** Part of a line becomes a new sub-line (added). */
    SPLIT
  }

  /** One move: its kind, two line picks, a share in basis points, an amount and an item pick. */
  record Move(Kind kind, int first, int second, int shareBp, long amountSen, int itemPick) {}

  private static final List<FundSource> NEW_LINE_SOURCES = List.of(FundSource.ADD, FundSource.PBH, FundSource.PAD);

  private BudgetRevisions() {}

  static Apbdes revise(Apbdes budget, List<Move> moves) {
    BudgetEdits e = new BudgetEdits(budget);
    for (Move m : moves) {
      BudgetEdits next = e.copy();
      if (apply(next, m) && !next.hasRepeat()) {
        e = next;
      }
    }
    return e.toBudget(budget);
  }

  private static boolean apply(BudgetEdits e, Move m) {
    List<BudgetLine> ls = e.lines;
    List<Integer> free = e.indexes(e::isFree);
    if (m.kind() == Kind.ADD_FROM_SILPA) {
      List<Item> items = BudgetCatalog.items(it -> !it.kegiatan().startsWith("05.03"));
      Item it = items.get(Math.floorMod(m.itemPick(), items.size()));
      FundSource s = NEW_LINE_SOURCES.get(Math.floorMod(m.first(), NEW_LINE_SOURCES.size()));
      ls.add(BudgetLine.belanja(it.kegiatan(), it.account(), s, it.description() + " (perubahan)", Idr.ofSen(m.amountSen())));
      e.raiseSilpa(s, m.amountSen());
      return true;
    }
    if (free.isEmpty()) {
      return false;
    }
    int i = free.get(Math.floorMod(m.first(), free.size()));
    BudgetLine a = ls.get(i);
    FundSource s = a.fundSource();
    long amount = BudgetEdits.sen(a);
    long part = BudgetPlan.wholeRupiah(amount * Math.max(1, Math.min(10_000, m.shareBp())) / 10_000);
    List<Integer> sameSource = free.stream().filter(j -> j != i && ls.get(j).fundSource().equals(s)).toList();
    int j = sameSource.isEmpty() ? -1 : sameSource.get(Math.floorMod(m.second(), sameSource.size()));
    switch (m.kind()) {
      case SHIFT -> {
        if (j < 0 || part == 0) {
          return false;
        }
        ls.set(i, a.withAmount(Idr.ofSen(amount - part)));
        ls.set(j, ls.get(j).withAmount(Idr.ofSen(BudgetEdits.sen(ls.get(j)) + part)));
        return true;
      }
      case REMOVE -> {
        if (j < 0) {
          return false;
        }
        ls.set(j, ls.get(j).withAmount(Idr.ofSen(BudgetEdits.sen(ls.get(j)) + amount)));
        ls.remove(i);
        return true;
      }
      case GROW -> {
        if (s.equals(FundSource.DDS) || !e.raiseRevenue(s, BigDecimal.valueOf(m.amountSen(), 2))) {
          return false;
        }
        ls.set(i, a.withAmount(Idr.ofSen(amount + m.amountSen())));
        return true;
      }
      case SHRINK -> {
        long[] c = e.composition();
        if (s.equals(FundSource.DDS) || part == 0 || c[1] * 10_000 > 2_800 * (c[0] - part) || !e.lowerInflow(s, part)) {
          return false;
        }
        ls.set(i, a.withAmount(Idr.ofSen(amount - part)));
        return true;
      }
      case SPLIT -> {
        if (part == 0) {
          return false;
        }
        ls.set(i, a.withAmount(Idr.ofSen(amount - part)));
        ls.add(new BudgetLine(a.section(), a.account(), a.kegiatan(), a.description() + " tahap II", Idr.ofSen(part), a.fundSource(), a.output(), a.focus()));
        return true;
      }
      default -> throw new AssertionError(m.kind());
    }
  }
}
