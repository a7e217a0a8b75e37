package id.smartkampung.core.testkit;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Edits on the lines of a generated budget that keep the money flows in order — the generators'
 * own small model of balance, per-source cover and unearmarked SiLPA, independent of the validator.
 * Not API.
 */
final class BudgetEdits {
  private static final AccountCode SILPA = AccountCode.parse("6.1.1.01");

  final PolicyPack pack;
  final List<BudgetLine> lines;

  BudgetEdits(Apbdes budget) {
    this.pack = PolicyPack.forYear(budget.fiscalYear());
    this.lines = new ArrayList<>(budget.lines());
  }

  BudgetEdits(PolicyPack pack, List<BudgetLine> lines) {
    this.pack = pack;
    this.lines = new ArrayList<>(lines);
  }

  BudgetEdits copy() {
    return new BudgetEdits(pack, lines);
  }

  static long sen(BudgetLine l) {
    return Idr.toSen(l.amount());
  }

  /** The fund source a line counts under: its own, or a revenue account's natural one. */
  static Optional<FundSource> source(BudgetLine l) {
    if (l.fundSource() != null || l.section() != Section.PENDAPATAN) {
      return Optional.ofNullable(l.fundSource());
    }
    return BudgetCatalog.REF.naturalFundSource(l.account());
  }

  static boolean isInflowOf(BudgetLine l, FundSource s) {
    return l.section().isInflow() && source(l).filter(s::equals).isPresent();
  }

  long inflow(FundSource s) {
    return lines.stream().filter(l -> isInflowOf(l, s)).mapToLong(BudgetEdits::sen).sum();
  }

  long outflow(FundSource s) {
    return lines.stream()
        .filter(l -> !l.section().isInflow() && source(l).filter(s::equals).isPresent())
        .mapToLong(BudgetEdits::sen)
        .sum();
  }

  /** How much of the source's spending rests on unearmarked financing. */
  long shortfall(FundSource s) {
    return Math.max(0, outflow(s) - inflow(s));
  }

  /** True for a SiLPA receipt (6.1.1) of the fund source {@code s}. */
  static boolean isSilpaOf(BudgetLine l, FundSource s) {
    return l.section() == Section.PEMBIAYAAN_PENERIMAAN && l.account().equals(SILPA) && s.equals(l.fundSource());
  }

  /**
   * Raises the SiLPA of {@code s} by {@code amount} (a line is added when there is none): SiLPA keeps
   * its source's earmark, so money a source lacks comes from that source's SiLPA.
   */
  void raiseSilpa(FundSource s, BigDecimal amount) {
    if (amount.signum() == 0) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (isSilpaOf(lines.get(i), s)) {
        lines.set(i, plus(lines.get(i), amount));
        return;
      }
    }
    lines.add(BudgetLine.penerimaanPembiayaan(SILPA, s, "SiLPA " + s + " tahun sebelumnya", Idr.of(amount)));
  }

  void raiseSilpa(FundSource s, long sen) {
    raiseSilpa(s, BigDecimal.valueOf(sen, 2));
  }

  /** Lowers the inflow lines of {@code s} by {@code sen} in all; false (and unchanged) if they hold less. */
  boolean lowerInflow(FundSource s, long sen) {
    if (inflow(s) < sen) {
      return false;
    }
    long left = sen;
    for (int i = 0; i < lines.size() && left > 0; i++) {
      BudgetLine l = lines.get(i);
      if (isInflowOf(l, s)) {
        long cut = Math.min(left, sen(l));
        lines.set(i, l.withAmount(Idr.ofSen(sen(l) - cut)));
        left -= cut;
      }
    }
    return true;
  }

  /** Raises the first revenue line of {@code s}; false if there is none. */
  boolean raiseRevenue(FundSource s, BigDecimal amount) {
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.section() == Section.PENDAPATAN && isInflowOf(l, s)) {
        lines.set(i, plus(l, amount));
        return true;
      }
    }
    return false;
  }

  static BudgetLine plus(BudgetLine l, BigDecimal amount) {
    return l.withAmount(Idr.of(l.amount().getNumber().numberValue(BigDecimal.class).add(amount)));
  }

  /** True when the line counts toward a Dana Desa priority of the pack. */
  boolean countsForPriority(BudgetLine l) {
    if (!FundSource.DDS.equals(l.fundSource())) {
      return false;
    }
    return (l.section() == Section.BELANJA && Optional.ofNullable(l.kegiatan()).filter(k -> BudgetCatalog.coveredByPriority(pack, k)).isPresent())
        || (l.section() == Section.PEMBIAYAAN_PENGELUARAN
            && pack.danaDesaPriorities().stream().anyMatch(p -> p.covers(l.account())));
  }

  boolean isPegawaiCapped(BudgetLine l) {
    return BudgetCatalog.isPegawaiCapped(pack, l.account());
  }

  /**
   * A "free" belanja line: its money can move to another free line of the same source without
   * touching the composition ceiling, siltap or a Dana Desa priority.
   */
  boolean isFree(BudgetLine l) {
    return l.section() == Section.BELANJA
        && l.fundSource() != null
        && !isPegawaiCapped(l)
        && !countsForPriority(l)
        && l.amount().signum() >= 0;
  }

  /** Sum of belanja, and of the accounts under the composition ceiling, in sen. */
  long[] composition() {
    long total = 0;
    long capped = 0;
    for (BudgetLine l : lines) {
      if (l.section() == Section.BELANJA) {
        total += sen(l);
        if (pack.composition().accounts().stream().anyMatch(l.account()::startsWith)) {
          capped += sen(l);
        }
      }
    }
    return new long[] {total, capped};
  }

  /** True when some line repeats another exactly. */
  boolean hasRepeat() {
    return new HashSet<>(lines).size() != lines.size();
  }

  /** Indexes of lines matching a predicate. */
  List<Integer> indexes(java.util.function.Predicate<BudgetLine> which) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (which.test(lines.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  Apbdes toBudget(Apbdes like) {
    return like.withLines(lines);
  }
}
