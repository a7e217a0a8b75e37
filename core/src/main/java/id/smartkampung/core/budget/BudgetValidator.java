package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
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
 *       level, belanja under a kegiatan with a fund source (a belanja line without one is an error
 *       of the budget, though a reader still reads it); an exact repeat of a line is a likely
 *       duplicate (sub-lines of one item are normal);
 *   <li>I3 the balance equation; per fund source, spending and financing out within what the source
 *       brings in (SiLPA keeps its source's earmark; SiLPA without a source is the unearmarked
 *       {@code SILPA} source, with a {@link Rule#SILPA_MISMATCH} warning; other financing receipts
 *       without a source cover shortfalls); siltap never from
 *       a forbidden source (Dana Desa);
 *   <li>I11 the fiscal year's policy pack: the composition ceiling and the Dana Desa priority shares,
 *       with the severity the pack gives; focus tags among the year's focus areas. A budget whose
 *       lines carry focus tags is counted by tags; a budget without any is counted by kegiatan-code
 *       prefixes, with a {@link Rule#FOCUS_BY_PREFIX} warning that says so.
 * </ul>
 *
 * <p>Immutable and thread-safe; one instance per policy pack.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * BudgetValidator validator = BudgetValidator.of(PolicyPack.forYear(2025));
 * BudgetValidation v = validator.validate(BudgetJson.read(path));
 * if (!v.isClean()) {
 *   v.findings().forEach(System.out::println); // ERROR I3.balance at $: the budget does not balance ...
 * }
 * }</pre>
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
      if (line.section() == Section.BELANJA && line.fundSource() == null) {
        // an error of the budget, not of the file: published budgets have such lines and are read
        out.add(
            Finding.error(
                Rule.FUND_SOURCE_MISSING,
                path + ".fundSource",
                "belanja line names no fund source (sumber dana): it can never be paid and slips past every per-source check"));
      }
      if (isSilpaWithoutSource(line)) {
        // SiLPA is kept per fund source, each keeping its earmark (as YearOpening and open-year open it)
        out.add(
            Finding.warning(
                Rule.SILPA_MISMATCH,
                path + ".fundSource",
                "SiLPA (6.1.1) without a fund source is counted as the unearmarked SiLPA (" + FundSource.SILPA
                    + "): it pays only lines budgeted from " + FundSource.SILPA + ", never another source's shortfall;"
                    + " the close opens SiLPA per source, each keeping its earmark (leftover Dana Desa stays Dana Desa): name the source it was left from",
                Map.of("amount", plain(number(line)), "countedAs", FundSource.SILPA.code())));
      }
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
    checkSiltapMinimum(lines, linePath, out);
    checkDanaDesaForbidden(lines, linePath, out);
    checkComposition(budget, out);
    checkFocusTags(lines, linePath, out);
    checkPriorities(budget, out);
    checkBltPerKpm(lines, linePath, out);
    checkPktdWageShare(budget, out);
    if (policy.isProvisional()) {
      out.add(
          Finding.warning(
              Rule.POLICY_PROVISIONAL,
              "$",
              "the rules of fiscal year " + policy.fiscalYear() + " are provisional: " + policy.provisionalNote(),
              Map.of("fiscalYear", Integer.toString(policy.fiscalYear()))));
    }
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
    Optional.ofNullable(line.kegiatan())
        .filter(k -> !reference.isKnown(k))
        .ifPresent(k -> out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".kegiatan", "kegiatan code " + k + " is not under a known bidang and sub-bidang", Map.of("kegiatan", k.toString()))));
    Optional.ofNullable(line.fundSource())
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
    if (line.section() == Section.BELANJA && line.kegiatan() == null) {
      out.add(Finding.error(Rule.CODE_SECTION, path + ".kegiatan", "a belanja line is under a kegiatan (BB.SS.KK)"));
    }
    if (line.section() != Section.BELANJA && line.kegiatan() != null) {
      out.add(Finding.error(Rule.CODE_SECTION, path + ".kegiatan", "only belanja lines are under a kegiatan, not " + line.section().csvName()));
    }
    return out;
  }

  /**
   * The fund source a line is counted under: its own, or for revenue the one its account brings in
   * by nature (4.2.1 → DDS …); empty for unearmarked financing.
   */
  public Optional<FundSource> effectiveFundSource(BudgetLine line) {
    if (line.fundSource() != null || line.section() != Section.PENDAPATAN) {
      return Optional.ofNullable(line.fundSource());
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

  /** A SiLPA line (penerimaan pembiayaan 6.1.1) that names no fund source. */
  private static boolean isSilpaWithoutSource(BudgetLine l) {
    return l.section() == Section.PEMBIAYAAN_PENERIMAAN && l.account().startsWith(SILPA_ACCOUNT) && l.fundSource() == null;
  }

  private static final AccountCode SILPA_ACCOUNT = AccountCode.parse("6.1.1");

  /**
   * Per fund source, spending within what the source brings in. SiLPA keeps its source's earmark:
   * a 6.1.1 line counts for its own source only (leftover Dana Desa pays only Dana Desa lines), and
   * one without a source counts as the unearmarked SiLPA ({@link FundSource#SILPA}), paying
   * only lines budgeted from it — as the ledger holds it, where cash is per source. Other financing
   * receipts without a source (e.g. 6.1.3 proceeds of a sale) remain an unearmarked pool that covers
   * any source's shortfall.
   */
  private void checkFundSources(Apbdes budget, List<Finding> out) {
    Map<FundSource, BigDecimal> in = new TreeMap<>();
    Map<FundSource, BigDecimal> spent = new TreeMap<>();
    BigDecimal pool = BigDecimal.ZERO;
    for (BudgetLine l : budget.lines()) {
      BigDecimal n = number(l);
      Optional<FundSource> source = isSilpaWithoutSource(l) ? Optional.of(FundSource.SILPA) : effectiveFundSource(l);
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
                    + (covered.signum() > 0 ? " (plus " + plain(covered) + " of unearmarked financing)" : "")
                    + (in.containsKey(FundSource.SILPA) && !e.getKey().equals(FundSource.SILPA)
                        ? "; SiLPA without a fund source (" + FundSource.SILPA + ") pays only lines budgeted from it"
                        : ""),
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
          && Optional.ofNullable(l.fundSource()).filter(siltap.forbiddenSources()::contains).isPresent()) {
        out.add(
            Finding.error(
                Rule.SILTAP_FROM_DANA_DESA,
                linePath.apply(i) + ".fundSource",
                "siltap/tunjangan account " + l.account() + " is funded from " + l.fundSource() + "; siltap is paid from ADD ("
                    + siltap.reference() + ")",
                Map.of("account", l.account().toString(), "fundSource", l.fundSource().code())));
      }
    }
  }

  /**
   * A siltap line that states its person-months (a quantity in the pack's person-month units, e.g.
   * {@code 108 OB}) pays at least volume × the monthly minimum of the position its account pays.
   */
  private void checkSiltapMinimum(List<BudgetLine> lines, IntFunction<String> linePath, List<Finding> out) {
    PolicyPack.Siltap siltap = policy.siltap();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.section() != Section.BELANJA || l.quantity() == null || !l.quantity().isIn(siltap.personMonthUnits())) {
        continue;
      }
      Optional<String> position = siltap.positionOf(l.account());
      if (position.isEmpty() || l.amount().isNegative()) {
        continue; // a negative amount is already an I1 error
      }
      Quantity q = l.quantity();
      BigDecimal monthly = siltap.monthlyMinimum().get(position.get());
      BigDecimal required = monthly.multiply(q.volume());
      if (number(l).compareTo(required) < 0) {
        out.add(
            Finding.error(
                Rule.SILTAP_BELOW_MINIMUM,
                linePath.apply(i) + ".amount",
                l.account() + " pays " + plain(number(l)) + " for " + q + ", less than " + q.volume().toPlainString() + " × "
                    + plain(monthly) + " (the monthly minimum of " + position.get() + ", " + siltap.reference() + ") = " + plain(required),
                Map.of("account", l.account().toString(), "quantity", q.toString(), "minimum", plain(required), "position", position.get())));
      }
    }
  }

  /** Lines Dana Desa may never pay beyond siltap (the pack's {@code danaDesaForbidden}). */
  private void checkDanaDesaForbidden(List<BudgetLine> lines, IntFunction<String> linePath, List<Finding> out) {
    if (policy.danaDesaForbidden().isEmpty()) {
      return;
    }
    PolicyPack.DanaDesaForbidden forbidden = policy.danaDesaForbidden().get();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.section() == Section.BELANJA
          && FundSource.DDS.equals(l.fundSource())
          && forbidden.accounts().stream().anyMatch(l.account()::startsWith)
          && policy.siltap().accounts().stream().noneMatch(l.account()::startsWith)) {
        out.add(
            Finding.error(
                Rule.DANA_DESA_FORBIDDEN,
                linePath.apply(i) + ".fundSource",
                "account " + l.account() + " is paid from Dana Desa, which may not pay it in " + policy.fiscalYear() + " (" + forbidden.reference() + ")",
                Map.of("account", l.account().toString(), "fundSource", FundSource.DDS.code())));
      }
    }
  }

  /** A BLT line that states its KPM-months pays at most volume × the ceiling per KPM a month. */
  private void checkBltPerKpm(List<BudgetLine> lines, IntFunction<String> linePath, List<Finding> out) {
    if (policy.blt().isEmpty()) {
      return;
    }
    PolicyPack.Blt blt = policy.blt().get();
    FocusTag tag = FocusTag.parse("BLT");
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.section() != Section.BELANJA || !tag.equals(l.focus()) || l.quantity() == null || !l.quantity().isIn(blt.kpmMonthUnits())) {
        continue;
      }
      Quantity q = l.quantity();
      BigDecimal ceiling = blt.maxPerKpmPerMonth().multiply(q.volume());
      if (number(l).compareTo(ceiling) > 0) {
        out.add(
            Finding.error(
                Rule.BLT_PER_KPM,
                linePath.apply(i) + ".amount",
                "BLT Desa pays " + plain(number(l)) + " for " + q + ", more than " + q.volume().toPlainString() + " × " + plain(blt.maxPerKpmPerMonth())
                    + " = " + plain(ceiling) + " (" + blt.reference() + ")",
                Map.of("quantity", q.toString(), "ceiling", plain(ceiling), "amount", plain(number(l)))));
      }
    }
  }

  /**
   * Each kegiatan whose belanja is tagged {@code PKTD} spends at least the pack's share of that
   * tagged cost on wages: lines whose quantity is in the pack's wage units (HOK).
   */
  private void checkPktdWageShare(Apbdes budget, List<Finding> out) {
    if (policy.pktd().isEmpty()) {
      return;
    }
    PolicyPack.Pktd pktd = policy.pktd().get();
    FocusTag tag = FocusTag.parse("PKTD");
    Map<id.smartkampung.core.code.KegiatanCode, BigDecimal[]> perKegiatan = new TreeMap<>();
    for (BudgetLine l : budget.lines(Section.BELANJA)) {
      if (l.kegiatan() == null || !tag.equals(l.focus())) {
        continue;
      }
      BigDecimal[] sums = perKegiatan.computeIfAbsent(l.kegiatan(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(number(l));
      if (Optional.ofNullable(l.quantity()).filter(q -> q.isIn(pktd.wageUnits())).isPresent()) {
        sums[1] = sums[1].add(number(l));
      }
    }
    for (Map.Entry<id.smartkampung.core.code.KegiatanCode, BigDecimal[]> e : perKegiatan.entrySet()) {
      BigDecimal total = e.getValue()[0];
      BigDecimal wages = e.getValue()[1];
      if (total.signum() > 0 && wages.compareTo(pktd.minWageShare().multiply(total)) < 0) {
        BigDecimal share = wages.divide(total, RATIO_SCALE, RoundingMode.HALF_EVEN);
        out.add(
            finding(
                pktd.severity(),
                Rule.PKTD_WAGE_SHARE,
                "$",
                "Padat Karya Tunai kegiatan " + e.getKey() + " spends " + percent(share) + " of its " + plain(total) + " on wages (lines in "
                    + pktd.wageUnits() + "), below " + percent(pktd.minWageShare()) + " (" + pktd.reference() + ")",
                Map.of("kegiatan", e.getKey().toString(), "share", share.toPlainString(), "wages", plain(wages), "total", plain(total))));
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

  /** True when some line of the budget carries a focus tag: priorities then count by tags. */
  public static boolean isTagged(Apbdes budget) {
    return budget.lines().stream().anyMatch(l -> l.focus() != null);
  }

  /**
   * The budget with focus tags derived from today's kegiatan-code prefix rules of the pack: a
   * DDS-funded line a priority counts by prefix or account gets that priority's (first) tag, any
   * other DDS-funded belanja line {@code LAINNYA} when the year has that focus area. Lines that carry
   * a tag keep it. A start for tagging an old budget by hand; the validator never tags silently.
   */
  public Apbdes tagByPrefixes(Apbdes budget) {
    Optional<FocusTag> other = policy.focusArea(FocusTag.parse("LAINNYA")).map(a -> FocusTag.parse(a.code()));
    List<BudgetLine> tagged = new ArrayList<>();
    for (BudgetLine l : budget.lines()) {
      Optional<FocusTag> tag = Optional.empty();
      if (l.focus() == null && FundSource.DDS.equals(l.fundSource())) {
        for (PolicyPack.Priority p : policy.danaDesaPriorities()) {
          if (tag.isEmpty() && countsByPrefix(p, l) && !p.tags().isEmpty()) {
            tag = Optional.of(p.tags().get(0));
          }
        }
        if (tag.isEmpty() && l.section() == Section.BELANJA) {
          tag = other;
        }
      }
      tagged.add(tag.map(l::withFocus).orElse(l));
    }
    return Apbdes.of(budget.village(), budget.fiscalYear(), tagged);
  }

  private void checkFocusTags(List<BudgetLine> lines, IntFunction<String> linePath, List<Finding> out) {
    boolean tagged = false;
    boolean danaDesaSpending = false;
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      danaDesaSpending |= l.section() == Section.BELANJA && FundSource.DDS.equals(l.fundSource());
      if (l.focus() == null) {
        continue;
      }
      tagged = true;
      FocusTag tag = l.focus();
      if (policy.focusArea(tag).isEmpty()) {
        out.add(
            Finding.error(
                Rule.FOCUS_TAG_UNKNOWN,
                linePath.apply(i) + ".focus",
                "focus tag " + tag + " is not a focus area of Dana Desa use in " + policy.fiscalYear()
                    + (policy.focusAreas().isEmpty()
                        ? ": the year's policy pack lists none"
                        : ": the year's are " + policy.focusAreas().stream().map(PolicyPack.FocusArea::code).toList()),
                Map.of("focus", tag.code(), "fiscalYear", Integer.toString(policy.fiscalYear()))));
      }
    }
    if (!tagged && danaDesaSpending && !policy.focusAreas().isEmpty() && !policy.danaDesaPriorities().isEmpty()) {
      out.add(
          Finding.warning(
              Rule.FOCUS_BY_PREFIX,
              "$",
              "no line carries a focus tag (focus): the Dana Desa priorities of " + policy.fiscalYear()
                  + " are classified by kegiatan-code prefixes, an approximation; tag the lines with the year's focus areas "
                  + policy.focusAreas().stream().map(PolicyPack.FocusArea::code).toList(),
              Map.of("fiscalYear", Integer.toString(policy.fiscalYear()))));
    }
  }

  /** Whether a line counts toward the priority by today's prefix rules (budgets without tags). */
  private static boolean countsByPrefix(PolicyPack.Priority p, BudgetLine l) {
    return (l.section() == Section.BELANJA && Optional.ofNullable(l.kegiatan()).filter(p::covers).isPresent())
        || (l.section() == Section.PEMBIAYAAN_PENGELUARAN && p.covers(l.account()));
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
    boolean byTags = isTagged(budget);
    for (PolicyPack.Priority p : policy.danaDesaPriorities()) {
      BigDecimal partBase = base.subtract(recordedParts(budget, p.baseExcludesParts()));
      BigDecimal sum = BigDecimal.ZERO;
      for (BudgetLine l : budget.lines()) {
        if (!FundSource.DDS.equals(l.fundSource())) {
          continue;
        }
        boolean counts =
            byTags && !p.tags().isEmpty()
                ? (l.section() == Section.BELANJA || l.section() == Section.PEMBIAYAAN_PENGELUARAN) && Optional.ofNullable(l.focus()).filter(p::covers).isPresent()
                : countsByPrefix(p, l);
        if (counts) {
          sum = sum.add(number(l));
        }
      }
      BigDecimal limit = p.share().multiply(partBase);
      boolean breached = p.bound() == PolicyPack.Bound.AT_MOST ? sum.compareTo(limit) > 0 : sum.compareTo(limit) < 0;
      if (breached) {
        BigDecimal share = partBase.signum() > 0 ? sum.divide(partBase, RATIO_SCALE, RoundingMode.HALF_EVEN) : BigDecimal.ONE;
        out.add(
            finding(
                p.severity(),
                Rule.DANA_DESA_PRIORITY,
                "$",
                p.name() + " takes " + percent(share) + " of Dana Desa" + (p.baseExcludesParts().isEmpty() ? "" : " other than " + String.join(", ", p.baseExcludesParts()))
                    + "; the " + policy.fiscalYear() + " rule is "
                    + (p.bound() == PolicyPack.Bound.AT_MOST ? "at most " : "at least ") + percent(p.share()) + " (" + p.reference() + ")",
                Map.of("priority", p.code(), "share", share.toPlainString(), "limit", p.share().toPlainString(), "amount", plain(sum), "danaDesa", plain(partBase))));
      }
    }
  }

  /**
   * The amount of the named Dana Desa parts recorded in the budget: a part outside the village
   * treasury (2026: KDMP) is recorded as a DDS-funded pengeluaran pembiayaan on the pack's accounts.
   */
  private BigDecimal recordedParts(Apbdes budget, List<String> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String code : parts) {
      Optional<PolicyPack.DanaDesaPart> part = policy.danaDesaPart(code);
      if (part.isEmpty()) {
        continue;
      }
      for (BudgetLine l : budget.lines(Section.PEMBIAYAAN_PENGELUARAN)) {
        if (FundSource.DDS.equals(l.fundSource()) && part.get().financingAccounts().stream().anyMatch(l.account()::startsWith)) {
          sum = sum.add(number(l));
        }
      }
    }
    return sum;
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
