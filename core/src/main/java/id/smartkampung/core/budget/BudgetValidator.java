package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Checks a village budget against the rules of I1–I3 and I11 — <i>verifikasi APBDes</i> — and
 * returns <em>all</em> findings at once:
 *
 * <ul>
 *   <li>I1 amounts: IDR, at most 2 decimals, never negative (zero lines are real);
 *   <li>I2 codes known (account, kegiatan, fund source), each section with its own accounts at objek
 *       level, belanja under a kegiatan with a fund source; an exact repeat of a line is a likely
 *       duplicate (sub-lines of one item are normal);
 *   <li>I3 the balance equation; per fund source, spending and financing out within what the source
 *       brings in (unearmarked financing receipts such as SiLPA cover shortfalls); siltap never from
 *       a forbidden source (Dana Desa);
 *   <li>I11 the fiscal year's policy pack: the composition ceiling and the Dana Desa priority shares,
 *       with the severity the pack gives.
 * </ul>
 *
 * <p>Immutable and thread-safe; one instance per policy pack.
 */
@Api(Api.Status.STABLE)
public final class BudgetValidator {
  private static final int RATIO_SCALE = 6;

  private final PolicyPack policy;
  private final ReferenceData reference;

  private BudgetValidator(PolicyPack policy, ReferenceData reference) {
    this.policy = requireNonNull(policy, "policy");
    this.reference = requireNonNull(reference, "reference");
  }

  /** A validator for the pack's fiscal year, with the standard reference lists. */
  public static BudgetValidator of(PolicyPack policy) {
    return new BudgetValidator(policy, ReferenceData.standard());
  }

  /** A validator with the given reference lists (e.g. extended with a district's fund sources). */
  public static BudgetValidator of(PolicyPack policy, ReferenceData reference) {
    return new BudgetValidator(policy, reference);
  }

  /** Validates a budget of the pack's year with the shipped pack for its fiscal year. */
  public static BudgetValidation check(Apbdes budget) {
    return of(PolicyPack.forYear(budget.fiscalYear())).validate(budget);
  }

  /** The policy pack. */
  public PolicyPack policy() {
    return policy;
  }

  /** The reference lists. */
  public ReferenceData reference() {
    return reference;
  }

  /** Validates; lines are named by their JSON path {@code $.lines[i]} in canonical order. */
  public BudgetValidation validate(Apbdes budget) {
    return validate(budget, i -> "$.lines[" + i + "]");
  }

  /**
   * Validates, naming line {@code i} of {@link Apbdes#lines()} by {@code linePath.apply(i)} (readers
   * pass the place in their file).
   *
   * @throws IllegalArgumentException if the budget's fiscal year is not the pack's
   */
  public BudgetValidation validate(Apbdes budget, IntFunction<String> linePath) {
    Preconditions.checkArgument(
        budget.fiscalYear() == policy.fiscalYear(),
        "budget of fiscal year %s validated against the policy pack of %s",
        budget.fiscalYear(),
        policy.fiscalYear());
    List<Finding> out = new ArrayList<>();
    List<BudgetLine> lines = budget.lines();
    Map<BudgetLine, String> firstSeen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      String path = linePath.apply(i);
      out.addAll(checkLine(line, path));
      String first = firstSeen.putIfAbsent(line, path);
      if (first != null) {
        out.add(
            Finding.warning(
                Rule.LINE_DUPLICATE,
                path,
                "line repeats " + first + " exactly (same kegiatan, account, fund source, description and amount): likely a duplicate",
                Map.of("repeats", first, "amount", Idr.format(line.amount()))));
      }
    }
    checkBalance(budget, out);
    checkFundSources(budget, out);
    checkSiltap(lines, linePath, out);
    checkComposition(budget, out);
    checkPriorities(budget, out);
    return new BudgetValidation(ImmutableList.copyOf(out));
  }

  /** The line-level checks (I1 amount, I2 codes and section) of one line, at {@code path}. */
  public List<Finding> checkLine(BudgetLine line, String path) {
    return checkLine(line, path, reference);
  }

  /**
   * The line-level checks (I1 amount, I2 codes and section) of one line against the given reference
   * lists, at {@code path}; needs no policy pack (readers of budget files use it for any year).
   */
  public static List<Finding> checkLine(BudgetLine line, String path, ReferenceData reference) {
    List<Finding> out = new ArrayList<>();
    Idr.check(line.amount(), Idr.Sign.NOT_NEGATIVE, path + ".amount").ifPresent(out::add);
    AccountCode account = line.account();
    if (!reference.isKnown(account)) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".account", "account code " + account + " is not in the chart of accounts", Map.of("account", account.toString())));
    }
    line.kegiatan()
        .filter(k -> !reference.isKnown(k))
        .ifPresent(k -> out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".kegiatan", "kegiatan code " + k + " is not under a known bidang and sub-bidang", Map.of("kegiatan", k.toString()))));
    line.fundSource()
        .filter(f -> !reference.isKnown(f))
        .ifPresent(f -> out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + f + " is not a known sumber dana", Map.of("fundSource", f.toString()))));
    boolean fits =
        switch (line.section()) {
          case PENDAPATAN -> account.isPendapatan();
          case BELANJA -> account.isBelanja();
          case PEMBIAYAAN_PENERIMAAN -> account.isPenerimaanPembiayaan();
          case PEMBIAYAAN_PENGELUARAN -> account.isPengeluaranPembiayaan();
        };
    if (!fits) {
      out.add(Finding.error(Rule.CODE_SECTION, path + ".account", "account " + account + " does not belong in section " + line.section().csvName(), Map.of("account", account.toString(), "section", line.section().csvName())));
    }
    if (account.level() != AccountCode.Level.OBJEK) {
      out.add(Finding.error(Rule.CODE_SECTION, path + ".account", "budget lines are at objek level (e.g. 5.2.1.01), not " + account, Map.of("account", account.toString())));
    }
    if (line.section() == Section.BELANJA && line.kegiatan().isEmpty()) {
      out.add(Finding.error(Rule.CODE_SECTION, path + ".kegiatan", "a belanja line is under a kegiatan (BB.SS.KK)"));
    }
    if (line.section() != Section.BELANJA && line.kegiatan().isPresent()) {
      out.add(Finding.error(Rule.CODE_SECTION, path + ".kegiatan", "only belanja lines are under a kegiatan, not " + line.section().csvName()));
    }
    if (line.section() == Section.BELANJA && line.fundSource().isEmpty()) {
      out.add(Finding.warning(Rule.FUND_SOURCE_MISSING, path + ".fundSource", "belanja line names no fund source; it cannot be controlled per source"));
    }
    return out;
  }

  /**
   * The fund source a line is counted under: its own, or for revenue the one its account brings in
   * by nature (4.2.1 → DDS …); empty for unearmarked financing.
   */
  public Optional<FundSource> effectiveFundSource(BudgetLine line) {
    if (line.fundSource().isPresent() || line.section() != Section.PENDAPATAN) {
      return line.fundSource();
    }
    return reference.naturalFundSource(line.account());
  }

  private void checkBalance(Apbdes budget, List<Finding> out) {
    if (!budget.imbalance().isZero()) {
      out.add(
          Finding.error(
              Rule.BALANCE,
              "$",
              "the budget does not balance: pendapatan - belanja + pembiayaan neto = " + Idr.format(budget.imbalance()) + ", not 0",
              totals(budget)));
    }
  }

  private static Map<String, String> totals(Apbdes b) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("pendapatan", Idr.format(b.totalPendapatan()));
    m.put("belanja", Idr.format(b.totalBelanja()));
    m.put("pembiayaanNeto", Idr.format(b.pembiayaanNeto()));
    m.put("imbalance", Idr.format(b.imbalance()));
    return m;
  }

  private void checkFundSources(Apbdes budget, List<Finding> out) {
    Map<FundSource, BigDecimal> in = new TreeMap<>();
    Map<FundSource, BigDecimal> spent = new TreeMap<>();
    BigDecimal pool = BigDecimal.ZERO;
    for (BudgetLine l : budget.lines()) {
      BigDecimal n = number(l);
      Optional<FundSource> source = effectiveFundSource(l);
      if (source.isEmpty()) {
        if (l.section() == Section.PEMBIAYAAN_PENERIMAAN) {
          pool = pool.add(n);
        } else if (l.section() == Section.PEMBIAYAAN_PENGELUARAN) {
          pool = pool.subtract(n);
        }
        continue;
      }
      if (l.section().isInflow()) {
        in.merge(source.get(), n, BigDecimal::add);
      } else {
        spent.merge(source.get(), n, BigDecimal::add);
      }
    }
    for (Map.Entry<FundSource, BigDecimal> e : spent.entrySet()) {
      BigDecimal available = in.getOrDefault(e.getKey(), BigDecimal.ZERO);
      BigDecimal shortfall = e.getValue().subtract(available);
      if (shortfall.signum() <= 0) {
        continue;
      }
      BigDecimal covered = shortfall.min(pool.max(BigDecimal.ZERO));
      pool = pool.subtract(covered);
      if (covered.compareTo(shortfall) < 0) {
        out.add(
            Finding.error(
                Rule.FUND_SOURCE_OVERALLOCATED,
                "$",
                "fund source " + e.getKey() + " pays for " + plain(e.getValue()) + " but brings in " + plain(available)
                    + (covered.signum() > 0 ? " (plus " + plain(covered) + " of unearmarked financing)" : ""),
                Map.of("fundSource", e.getKey().code(), "allocated", plain(e.getValue()), "available", plain(available), "unearmarkedUsed", plain(covered))));
      }
    }
  }

  private void checkSiltap(List<BudgetLine> lines, IntFunction<String> linePath, List<Finding> out) {
    PolicyPack.Siltap siltap = policy.siltap();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.section() == Section.BELANJA
          && siltap.accounts().stream().anyMatch(l.account()::startsWith)
          && l.fundSource().filter(siltap.forbiddenSources()::contains).isPresent()) {
        out.add(
            Finding.error(
                Rule.SILTAP_FROM_DANA_DESA,
                linePath.apply(i) + ".fundSource",
                "siltap/tunjangan account " + l.account() + " is funded from " + l.fundSource().get() + "; siltap is paid from ADD ("
                    + siltap.reference() + ")",
                Map.of("account", l.account().toString(), "fundSource", l.fundSource().get().code())));
      }
    }
  }

  private void checkComposition(Apbdes budget, List<Finding> out) {
    PolicyPack.Composition c = policy.composition();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal capped = BigDecimal.ZERO;
    for (BudgetLine l : budget.lines(Section.BELANJA)) {
      total = total.add(number(l));
      if (c.accounts().stream().anyMatch(l.account()::startsWith)) {
        capped = capped.add(number(l));
      }
    }
    if (total.signum() <= 0) {
      return;
    }
    BigDecimal share = capped.divide(total, RATIO_SCALE, RoundingMode.HALF_EVEN);
    if (capped.compareTo(c.ceiling().multiply(total)) > 0) {
      out.add(
          finding(
              c.severity(),
              Rule.COMPOSITION_CEILING,
              "$",
              "siltap, tunjangan and BPD take " + percent(share) + " of belanja, above the ceiling of " + percent(c.ceiling()) + " (" + c.reference() + ")",
              Map.of("share", share.toPlainString(), "ceiling", c.ceiling().toPlainString(), "capped", plain(capped), "belanja", plain(total))));
    }
  }

  private void checkPriorities(Apbdes budget, List<Finding> out) {
    BigDecimal base = BigDecimal.ZERO;
    for (BudgetLine l : budget.lines(Section.PENDAPATAN)) {
      if (effectiveFundSource(l).filter(FundSource.DDS::equals).isPresent()) {
        base = base.add(number(l));
      }
    }
    if (base.signum() <= 0) {
      return;
    }
    for (PolicyPack.Priority p : policy.danaDesaPriorities()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BudgetLine l : budget.lines()) {
        if (!l.fundSource().filter(FundSource.DDS::equals).isPresent()) {
          continue;
        }
        boolean counts =
            (l.section() == Section.BELANJA && l.kegiatan().filter(p::covers).isPresent())
                || (l.section() == Section.PEMBIAYAAN_PENGELUARAN && p.covers(l.account()));
        if (counts) {
          sum = sum.add(number(l));
        }
      }
      BigDecimal limit = p.share().multiply(base);
      boolean breached = p.bound() == PolicyPack.Bound.AT_MOST ? sum.compareTo(limit) > 0 : sum.compareTo(limit) < 0;
      if (breached) {
        BigDecimal share = sum.divide(base, RATIO_SCALE, RoundingMode.HALF_EVEN);
        out.add(
            finding(
                p.severity(),
                Rule.DANA_DESA_PRIORITY,
                "$",
                p.name() + " takes " + percent(share) + " of Dana Desa; the " + policy.fiscalYear() + " rule is "
                    + (p.bound() == PolicyPack.Bound.AT_MOST ? "at most " : "at least ") + percent(p.share()) + " (" + p.reference() + ")",
                Map.of("priority", p.code(), "share", share.toPlainString(), "limit", p.share().toPlainString(), "amount", plain(sum), "danaDesa", plain(base))));
      }
    }
  }

  private static Finding finding(Severity s, Rule r, String path, String message, Map<String, String> data) {
    return s == Severity.ERROR ? Finding.error(r, path, message, data) : Finding.warning(r, path, message, data);
  }

  private static BigDecimal number(BudgetLine l) {
    return l.amount().getNumber().numberValue(BigDecimal.class);
  }

  private static String plain(BigDecimal d) {
    return d.setScale(Math.max(2, d.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }
}
