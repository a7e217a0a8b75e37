package id.smartkampung.core.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.OfficialRegistration;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppStatus;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.policy.PolicyPack;
import java.util.Optional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Turns generated {@link Step}s into the operations of a village's year, aimed at the state the
 * village would be in: it keeps its own {@link Ledger} as a map of that state (which SPP waits for
 * which step, what is left of each item, which tax is owed) and attempts every operation on it.
 * The map only aims the next operation; it asserts nothing — the contracts judge the ledger under
 * test. A step's parameters at 0 mean the plainest valid choice, so jqwik shrinks a failing
 * sequence towards ordinary operations by the right officials. Not API.
 */
final class LedgerPlanner {

  /** What a step attempts. */
  enum Kind {
    /** The next step of the budget lifecycle: draft, agree, evaluate, enact; once enacted, the revision (a second one too). */
    LIFECYCLE,
    /**
     * A path of the budget year other than the revision (issue 15): once a budget is in force, a
     * shift, a late grant or emergency spending by Perkades, or the Bupati's cancellation; before
     * that, the next step of the lifecycle (with its negative evaluation and deemed enactment).
     */
    BUDGET_PATH,
    /** Revenue into the RKD (Dana Desa by tranche, ADD, PAD, …), sometimes malformed. */
    RECEIVE,
    /** An SPP by the PKA of the kegiatan, within the remaining budget or overspending it. */
    SUBMIT,
    /** The next step of a pending SPP (verify, approve, pay), sometimes out of order or by the submitter. */
    SPP_STEP,
    /** Reject at verification or approval, or cancel. */
    WITHDRAW,
    /** SPJ of a paid panjar, sometimes for more than was advanced. */
    SETTLE,
    /** Deposit of withheld tax, sometimes more than is owed. */
    DEPOSIT,
    /** A reversing entry for a receipt or a payment. */
    REVERSE,
    /** A registration: a PKA moved into the Sekretaris Desa role (to try self-verification), a new PKA, or by the wrong official. */
    REGISTER,
    /** The same operation again, another one under a used id, or a back-dated one. */
    REPLAY,
    /** Days pass. */
    PASS_TIME,
    /** The year-end close (tutup buku). */
    CLOSE,
    /**
     * The monthly close (tutup buku bulanan) of the month before now, with the cash count;
     * sometimes of a month not yet ended, one closed already, or with a wrong count.
     */
    CLOSE_MONTH,
    /**
     * A mutasi kas (issue 14): cash withdrawn from the bank for small payments, or cash put back;
     * sometimes more than the place holds, back-dated before the money it needs came in (I6 by
     * date), by the wrong official, or of a malformed amount.
     */
    MOVE_CASH,
    /**
     * A line of the bank statement (issue 14): interest credited gross with the final tax the bank
     * withheld (realised on a budget item of the interest's fund source), or a fee the bank debited
     * (realised on an item); sometimes a tax above the gross, a tax without its item, an item of
     * another source or not in the budget, a fee above what the bank or the item holds, by another
     * official, or of a malformed amount.
     */
    BANK_STATEMENT
  }

  /**
   * One generated step.
   *
   * @param kind what it attempts
   * @param pick which SPP, item, receipt or line (0–9999)
   * @param who 0–74 the right official, 75–82 another official of the village, 83–89 the submitter
   *     of the SPP, 90–99 an outsider
   * @param variant 0 the plain valid form; higher values the invalid and adversarial forms (0–9999)
   */
  record Step(Kind kind, int pick, int who, int variant) {}

  private static final AccountCode TAK_TERDUGA = AccountCode.parse("5.4.1.01");
  private static final AccountCode HASIL_USAHA = AccountCode.parse("4.1.1.01");
  private static final TaxType[] TAXES = TaxType.values();

  private final Ledger model;
  private final PolicyPack policy;
  private final int year;
  private final Apbdes base;
  private final List<List<BudgetRevisions.Move>> revisionMoves;
  private final Map<Integer, Apbdes> revisions = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private final List<OperationId> spps = new ArrayList<>();
  private final Map<OperationId, Official> submitters = new HashMap<>();
  private final List<OperationId> receipts = new ArrayList<>();
  /** The BLT Desa families listed by accepted Perkades changes. */
  private final Set<String> kpms = new java.util.TreeSet<>();
  private int kpmSerial;
  private final List<Operation> out = new ArrayList<>();
  private final Official evaluator = Official.of("kab-evaluasi", "Bagian Pemerintahan Desa Kabupaten", Role.EVALUATOR_KABUPATEN);
  private final Official outsider = Official.of("luar-1", "Orang Luar", Role.KAUR_KEUANGAN);
  private Instant now;
  private int n;
  /** Whether the year's books were opened from the previous close (an accepted {@link Operation.OpenYear}). */
  private boolean opened;

  private LedgerPlanner(LedgerHistory start, Apbdes base, List<List<BudgetRevisions.Move>> revisionMoves) {
    this.policy = start.policy();
    this.year = policy.fiscalYear();
    this.model = Ledger.create(start.village(), policy);
    this.base = base;
    this.revisionMoves = List.copyOf(revisionMoves);
    Instant last = null;
    for (Operation op : start.operations()) {
      usedIds.add(op.id().value());
      track(op, model.apply(op));
      last = last == null || op.at().isAfter(last) ? op.at() : last;
    }
    Instant january = LocalDate.of(year, 1, 2).atTime(LocalTime.of(8, 0)).atZone(Operation.ZONE).toInstant();
    this.now = last == null || last.isBefore(january) ? january : last.plusSeconds(60);
  }

  /** A ledger with the history applied, accepting what it accepts: the map the planner starts from. */
  static Ledger mapOf(LedgerHistory start) {
    Ledger l = Ledger.create(start.village(), start.policy());
    for (Operation op : start.operations()) {
      l.apply(op);
    }
    return l;
  }

  /**
   * The operations of the steps after {@code start}. {@code base} is the budget drafted when none is
   * yet (null: none to draft); {@code revisionMoves} are the changes of the revisions drafted from
   * it (the second must be refused).
   */
  static ImmutableList<Operation> plan(LedgerHistory start, Apbdes base, List<List<BudgetRevisions.Move>> revisionMoves, List<Step> steps) {
    LedgerPlanner p = new LedgerPlanner(start, base, revisionMoves);
    for (Step s : steps) {
      p.step(s);
    }
    return ImmutableList.copyOf(p.out);
  }

  private void step(Step s) {
    switch (s.kind()) {
      case LIFECYCLE -> lifecycle(s);
      case BUDGET_PATH -> budgetPath(s);
      case RECEIVE -> receive(s);
      case SUBMIT -> submit(s);
      case SPP_STEP -> sppStep(s);
      case WITHDRAW -> withdraw(s);
      case SETTLE -> settle(s);
      case DEPOSIT -> deposit(s);
      case REVERSE -> reverse(s);
      case REGISTER -> register(s);
      case REPLAY -> replay(s);
      case PASS_TIME -> passTime(s);
      case CLOSE -> close(s);
      case CLOSE_MONTH -> closeMonth(s);
      case MOVE_CASH -> moveCash(s);
      case BANK_STATEMENT -> bankStatement(s);
    }
  }

  // ------------------------------------------------------------------ steps

  private void lifecycle(Step s) {
    Official kd = official(Role.KEPALA_DESA);
    Official sekdes = official(Role.SEKRETARIS_DESA);
    Instant at = tick(30);
    var lifecycle = model.lifecycle();
    if (lifecycle.isEmpty()) {
      if (base != null) {
        // rarely a RAPBDes with errors: recorded, then its agreement and enactment are refused (issue 15)
        Apbdes drafted = s.variant() >= 9_980 ? unbalanced(base) : base;
        attempt(new DraftBudget(id(), actor(sekdes, s.who(), null), at, drafted, "RAPBDes " + year));
      }
      return;
    }
    ApbdesLifecycle l = lifecycle.get();
    ApbdesLifecycle.Stage stage = l.current().stage();
    boolean repeat = s.variant() >= 8_000 && s.variant() < 9_000 && stage != ApbdesLifecycle.Stage.ENACTED;
    if (repeat) {
      // a step again, out of order: a second agreement, an enactment without evaluation, ...
      stage = ApbdesLifecycle.Stage.values()[s.variant() % 3];
    }
    switch (stage) {
      case DRAFT -> attempt(new AgreeBudget(id(), actor(kd, s.who(), null), at, "Berita Acara Kesepakatan BPD"));
      case AGREED -> {
        if (s.variant() >= 6_000 && s.variant() < 6_600) {
          // a negative evaluation, to be corrected (Permendagri 20/2018 Pasal 35(5); issue 15)
          attempt(new Operation.ReturnBudget(id(), actor(evaluator, s.who(), null), at, "Evaluasi Bupati Banyuwangi: tidak sesuai"));
        } else if (s.variant() >= 6_600 && s.variant() < 7_200) {
          // no evaluation: enacted as deemed, refused while the 20 working days run (Pasal 35(3))
          java.time.LocalDate agreed = l.current().step(ApbdesLifecycle.Stage.AGREED).orElseThrow().date();
          attempt(new Operation.EnactDeemedBudget(id(), actor(kd, s.who(), null), at, agreed.plusDays(s.pick() % 4), "Perdes APBDes " + year + " (berlaku dengan sendirinya)"));
        } else {
          attempt(new EvaluateBudget(id(), actor(evaluator, s.who(), null), at, "Evaluasi Bupati Banyuwangi"));
        }
      }
      case RETURNED, CANCELLED -> {
        // the correction with the BPD (after a negative evaluation or a cancellation); rarely one that still has errors
        Apbdes corrected = s.variant() >= 9_950 ? unbalanced(l.current().budget()) : l.current().budget();
        attempt(new Operation.CorrectBudget(id(), actor(kd, s.who(), null), at, corrected, "Berita Acara Penyempurnaan " + year));
      }
      case EVALUATED -> attempt(new EnactBudget(id(), actor(kd, s.who(), null), at, "Perdes APBDes " + year));
      case ENACTED -> {
        Apbdes inForce = l.enacted().orElse(null);
        if (inForce != null && s.variant() >= 3_000 && s.variant() < 4_500) {
          // changes by Perkades that are not the perubahan, each in or out of its rules (issue 15)
          Official kdActor = actor(kd, s.who(), null);
          switch (s.pick() % 3) {
            case 0 -> attempt(new Operation.ShiftBudget(id(), kdActor, at, shifted(inForce, s.pick()), "Perkades pergeseran " + year));
            case 1 -> attempt(new Operation.AddLateGrant(id(), kdActor, at, withGrant(inForce, s.pick()), "Perkades bantuan keuangan " + year));
            default -> attempt(new Operation.SpendEmergency(id(), kdActor, at, emergency(inForce, s.pick()), "Perkades tanggap darurat " + year));
          }
          return;
        }
        if (s.variant() >= 4_500 && s.variant() < 5_000) {
          // rarely the Bupati cancels the Perdes (Permendagri 20/2018 Pasal 36), by the evaluator or a wrong actor;
          // refused after a revision; then only operational SPP until the correction is enacted
          attempt(new Operation.CancelBudget(id(), actor(evaluator, s.who(), null), at, "Keputusan Bupati Banyuwangi pembatalan Perdes APBDes " + year, previousPagu(inForce, s.pick())));
          return;
        }
        if (s.variant() >= 5_000 && !l.revision().isPresent() && cutBelowCommitted() != null) {
          attempt(new DraftRevision(id(), actor(sekdes, s.who(), null), at, cutBelowCommitted(), "Perubahan APBDes (pemotongan) " + year));
        } else if (base != null && !revisionMoves.isEmpty()) {
          int which = s.pick() % revisionMoves.size();
          Apbdes revised = revisions.computeIfAbsent(which, i -> BudgetRevisions.revise(base, revisionMoves.get(i)));
          attempt(new DraftRevision(id(), actor(sekdes, s.who(), null), at, revised, "Rancangan Perubahan APBDes " + year));
        }
      }
    }
  }

  /**
   * The previous year's pagu a cancellation declares (Pasal 36): mostly none (the older form), else
   * the operational items of the budget in force at a fraction of their amount, so that the SPPs
   * after the cancellation meet it inside and outside; rarely with a non-operational item too (the
   * cancellation is then refused).
   */
  private com.google.common.collect.@org.jspecify.annotations.Nullable ImmutableSortedMap<BudgetItemKey, Money> previousPagu(@org.jspecify.annotations.Nullable Apbdes inForce, int pick) {
    if (inForce == null || pick % 3 == 0 || policy.cancellation().isEmpty()) {
      return null;
    }
    com.google.common.collect.ImmutableSortedMap.Builder<BudgetItemKey, Money> b = com.google.common.collect.ImmutableSortedMap.naturalOrder();
    boolean outside = pick % 17 == 1;
    for (var e : inForce.items().entrySet()) {
      AccountCode a = e.getKey().account();
      if (a.isBelanja() && policy.cancellation().get().isOperational(a)) {
        b.put(e.getKey(), Idr.of(Math.max(1L, Idr.toSen(e.getValue()) / 100 / (2 + pick % 4))));
      } else if (outside && a.isBelanja()) {
        b.put(e.getKey(), e.getValue());
        outside = false;
      }
    }
    return b.build();
  }

  /**
   * A change by Perkades or the cancellation of the budget in force (variant 0: the plain shift);
   * a late grant mostly once the perubahan is enacted (it comes after it), emergency spending mostly
   * before it, and sometimes either at the wrong time; the next lifecycle step when no budget is in
   * force or the revision is under way.
   */
  private void budgetPath(Step s) {
    var lifecycle = model.lifecycle();
    if (lifecycle.isEmpty() || lifecycle.get().enacted().isEmpty() || lifecycle.get().current().stage() != ApbdesLifecycle.Stage.ENACTED) {
      lifecycle(s);
      return;
    }
    ApbdesLifecycle l = lifecycle.get();
    Apbdes inForce = l.enacted().get();
    Instant at = tick(30);
    if (s.pick() % 10 == 9 && l.revision().isEmpty()) {
      attempt(new Operation.CancelBudget(id(), actor(evaluator, s.who(), null), at, "Keputusan Bupati Banyuwangi pembatalan Perdes APBDes " + year, previousPagu(inForce, s.pick())));
      return;
    }
    Official kdActor = actor(official(Role.KEPALA_DESA), s.who(), null);
    boolean revised = l.revision().isPresent();
    int which = s.variant() >= 9_000 ? s.pick() % 3 : s.pick() % 2 == 0 ? 0 : revised ? 1 : 2;
    switch (which) {
      case 0 -> attempt(new Operation.ShiftBudget(id(), kdActor, at, shifted(inForce, s.pick()), "Perkades pergeseran " + year));
      case 1 -> attempt(new Operation.AddLateGrant(id(), kdActor, at, withGrant(inForce, s.pick()), "Perkades bantuan keuangan " + year));
      default -> attempt(new Operation.SpendEmergency(id(), kdActor, at, emergency(inForce, s.pick()), "Perkades tanggap darurat " + year));
    }
  }

  /**
   * A shift: half of one belanja line moved to another line of the same jenis belanja (5.x) and fund
   * source when there is one (within the rules), else to the next belanja line (across them).
   */
  private static Apbdes shifted(Apbdes b, int pick) {
    List<BudgetLine> lines = new ArrayList<>(b.lines());
    List<Integer> belanja = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).section() == Section.BELANJA && lines.get(i).fundSource() != null) {
        belanja.add(i);
      }
    }
    if (belanja.size() < 2) {
      return b;
    }
    int from = belanja.get(pick % belanja.size());
    int to = -1;
    for (int j : belanja) {
      BudgetLine x = lines.get(from);
      BudgetLine y = lines.get(j);
      if (j != from && !x.itemKey().equals(y.itemKey()) && x.fundSource().equals(y.fundSource())
          && x.account().truncatedTo(AccountCode.Level.KELOMPOK).equals(y.account().truncatedTo(AccountCode.Level.KELOMPOK))) {
        to = j;
        break;
      }
    }
    if (to < 0) {
      to = belanja.get((pick + 1) % belanja.size());
    }
    long half = Idr.toSen(lines.get(from).amount()) / 200 * 100;
    lines.set(from, lines.get(from).withAmount(lines.get(from).amount().subtract(Idr.ofSen(half))));
    lines.set(to, lines.get(to).withAmount(lines.get(to).amount().add(Idr.ofSen(half))));
    return b.withLines(lines);
  }

  /** A late grant: bantuan keuangan kabupaten (4.2.5.01, PBK) spent on the first belanja line's kegiatan and account. */
  private static Apbdes withGrant(Apbdes b, int pick) {
    List<BudgetLine> lines = new ArrayList<>(b.lines());
    BudgetLine first = b.lines(Section.BELANJA).isEmpty() ? null : b.lines(Section.BELANJA).get(0);
    if (first == null) {
      return b;
    }
    Money grant = Idr.of(1_000_000L * (1 + pick % 50));
    lines.add(BudgetLine.pendapatan(AccountCode.parse("4.2.5.01"), FundSource.PBK, "Bantuan keuangan kabupaten", grant));
    lines.add(BudgetLine.belanja(first.kegiatan(), first.account(), FundSource.PBK, "Dari bantuan keuangan kabupaten", grant));
    return b.withLines(lines);
  }

  /**
   * Emergency spending: half of a belanja tak terduga line (5.4) detailed to kegiatan 05.02.01 of the
   * same fund source; without one, half of the first belanja line (outside the rules).
   */
  private static Apbdes emergency(Apbdes b, int pick) {
    List<BudgetLine> lines = new ArrayList<>(b.lines());
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine x = lines.get(i);
      if (x.section() == Section.BELANJA && x.fundSource() != null && (from < 0 || x.account().startsWith(TAK_TERDUGA.truncatedTo(AccountCode.Level.KELOMPOK)))) {
        from = i;
      }
    }
    if (from < 0) {
      return b;
    }
    BudgetLine x = lines.get(from);
    long half = Idr.toSen(x.amount()) / 200 * 100;
    lines.set(from, x.withAmount(x.amount().subtract(Idr.ofSen(half))));
    lines.add(BudgetLine.belanja(KegiatanCode.parse("05.02.01"), AccountCode.parse("5.2.1.01"), x.fundSource(), "Tanggap darurat", Idr.ofSen(half)));
    return b.withLines(lines);
  }

  /** The budget with its first belanja line one rupiah higher: out of balance (I3). */
  private static Apbdes unbalanced(Apbdes b) {
    List<BudgetLine> lines = new ArrayList<>(b.lines());
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.section() == Section.BELANJA) {
        lines.set(i, l.identity().withAmount(l.amount().add(Idr.of(1))));
        return b.withLines(lines);
      }
    }
    return b;
  }

  /**
   * A revision that moves the whole budget of the item with most committed and realised to belanja
   * tak terduga of the same fund source — balanced, but below what the item has used (I4); null
   * when nothing is used yet.
   */
  private Apbdes cutBelowCommitted() {
    Apbdes enacted = model.enactedBudget().orElse(null);
    BudgetItemKey most = null;
    long used = 0;
    for (var e : model.snapshot().items().entrySet()) {
      long u = Idr.toSen(e.getValue().committed()) + Idr.toSen(e.getValue().realised());
      if (u > used) {
        used = u;
        most = e.getKey();
      }
    }
    if (enacted == null || most == null) {
      return null;
    }
    List<BudgetLine> lines = new ArrayList<>();
    Money moved = Idr.ZERO;
    for (BudgetLine line : enacted.lines()) {
      if (line.itemKey().filter(most::equals).isPresent()) {
        moved = moved.add(line.amount());
        lines.add(line.withAmount(Idr.ZERO));
      } else {
        lines.add(line);
      }
    }
    lines.add(BudgetLine.belanja(KegiatanCode.parse("05.01.01"), TAK_TERDUGA, most.fundSource(), "Belanja tak terduga (dipindah dari " + most.kegiatan() + ")", moved));
    return enacted.withLines(lines);
  }

  private void receive(Step s) {
    int v = s.variant();
    if (!opened && spps.isEmpty() && model.enactedBudget().isPresent() && !model.snapshot().closed() && v < 8_500 && v % 10 < 6) {
      open(s, model.enactedBudget().get());
      return;
    }
    List<BudgetLine> lines = revenueLines();
    Instant at = tick(60);
    Official kaur = actor(official(Role.KAUR_KEUANGAN), s.who(), null);
    if (lines.isEmpty()) {
      attempt(new ReceiveRevenue(id(), kaur, at, HASIL_USAHA, FundSource.PAD, Idr.of(10_000_000L), null, "rekening koran"));
      return;
    }
    BudgetLine line = lines.get(s.pick() % lines.size());
    FundSource source = line.fundSource();
    long base = Idr.toSen(line.amount());
    if (FundSource.DDS.equals(source) && line.account().isPendapatan() && s.pick() % 11 == 10 && channel(s, kaur, at, line)) {
      return;
    }
    if (FundSource.DDS.equals(source) && line.account().isPendapatan() && s.pick() % 5 == 4 && receivePart(s, kaur, at, line)) {
      return;
    }
    Integer tranche = null;
    long sen;
    if (FundSource.DDS.equals(source) && line.account().isPendapatan() && !policy.tranches().isEmpty()) {
      PolicyPack.Tranche t = policy.tranches().get(s.pick() / 7 % policy.tranches().size());
      tranche = t.number();
      sen = BigDecimal.valueOf(base).multiply(t.share()).setScale(0, RoundingMode.DOWN).longValueExact();
    } else {
      sen = base * (10 + v % 91) / 100;
    }
    sen = Math.max(100, sen / 100 * 100);
    Money amount = Idr.ofSen(sen);
    if (v >= 9_800) {
      source = FundSource.parse("ZZZ");
    } else if (v >= 9_600) {
      tranche = policy.tranches().size() + 1;
    } else if (v >= 9_300) {
      source = FundSource.PAD.equals(source) ? FundSource.DDS : FundSource.PAD;
    } else if (v >= 9_000) {
      amount = Idr.of(BigDecimal.valueOf(1 + v % 1_000_000L, 3));
    } else if (v >= 8_500) {
      amount = Idr.of(-(v % 1_000L));
    }
    // some revenue comes in cash to the cash box (a village levy collected at the office): the plain forms only
    CashPlace place = v < 7_000 && v % 6 == 5 && !FundSource.DDS.equals(source) ? CashPlace.CASH : CashPlace.BANK;
    attempt(new ReceiveRevenue(id(), kaur, at, line.account(), source, amount, tranche, "rekening koran " + (n % 97), place));
  }

  /**
   * A Dana Desa receipt naming a part of the pack that passes the treasury (2024–2025 earmarked /
   * non-earmarked, 2026 reguler) and one of its tahap at its share; sometimes a tahap before the
   * earlier one (refused), a part outside the treasury (KDMP: refused, it never enters the RKD) or
   * a part the pack does not have. False when the pack names no such part.
   */
  private boolean receivePart(Step s, Official kaur, Instant at, BudgetLine line) {
    List<PolicyPack.DanaDesaPart> through = policy.danaDesaParts().stream().filter(p -> p.throughVillageTreasury() && !p.tranches().isEmpty()).toList();
    if (through.isEmpty()) {
      return false;
    }
    PolicyPack.DanaDesaPart part = through.get(s.pick() / 5 % through.size());
    PolicyPack.Tranche t = part.tranches().get(s.pick() / 13 % part.tranches().size());
    BigDecimal size = part.share() != null ? part.share() : BigDecimal.valueOf(1, 1).multiply(BigDecimal.valueOf(5)); // a part the village sizes: half, say
    long sen = BigDecimal.valueOf(Idr.toSen(line.amount())).multiply(size).multiply(t.share()).setScale(0, RoundingMode.DOWN).longValueExact();
    sen = Math.max(100, sen / 100 * 100);
    String code = part.code();
    int v = s.variant();
    if (v >= 9_700) {
      code = policy.danaDesaParts().stream().filter(p -> !p.throughVillageTreasury()).map(PolicyPack.DanaDesaPart::code).findFirst().orElse("BAGIAN_LAIN");
    } else if (v >= 9_500) {
      code = "BAGIAN_LAIN";
    }
    attempt(new ReceiveRevenue(id(), kaur, at, line.account(), FundSource.DDS, Idr.ofSen(sen), t.number(), code, "rekening koran " + (n % 97)));
    return true;
  }

  /**
   * The channelling of the part of Dana Desa outside the treasury (2026: KDMP, PMK 7/2026 pasal 26)
   * on its financing line, a share of it (repeated, it overspends the line); sometimes naming a part
   * that passes the treasury or a financing line that does not record the part. False when the
   * budget in force records no such part.
   */
  private boolean channel(Step s, Official kaur, Instant at, BudgetLine revenue) {
    Apbdes b = model.enactedBudget().orElse(null);
    if (b == null) {
      return false;
    }
    for (PolicyPack.DanaDesaPart part : policy.danaDesaParts()) {
      if (part.throughVillageTreasury()) {
        continue;
      }
      for (var e : b.financingItems().entrySet()) {
        FinancingItemKey item = e.getKey();
        if (!item.fundSource().equals(FundSource.DDS) || part.financingAccounts().stream().noneMatch(item.account()::startsWith) || !e.getValue().isPositive()) {
          continue;
        }
        int v = s.variant();
        long sen = Math.max(100, Idr.toSen(e.getValue()) * (20 + v % 81) / 100 / 100 * 100);
        String code = part.code();
        FinancingItemKey on = item;
        if (v >= 9_700) {
          code = policy.danaDesaParts().stream().filter(PolicyPack.DanaDesaPart::throughVillageTreasury).map(PolicyPack.DanaDesaPart::code).findFirst().orElse("REGULER");
        } else if (v >= 9_400) {
          on = FinancingItemKey.of(AccountCode.parse("6.2.2.01"), FundSource.DDS);
        }
        attempt(new Operation.RecordKdmpChannelling(id(), kaur, at, code, revenue.account(), on, Idr.ofSen(sen), "SP2D RKUN ke rekening penampung " + (n % 97)));
        return true;
      }
    }
    return false;
  }

  private void submit(Step s) {
    Apbdes enactedBudget = model.enactedBudget().orElse(null);
    if (enactedBudget != null && s.pick() % 7 == 6 && !enactedBudget.financingItems().isEmpty()) {
      submitFinancing(s, enactedBudget);
      return;
    }
    if (enactedBudget != null && s.pick() % 7 == 5 && !model.snapshot().items().isEmpty()) {
      submitLined(s);
      return;
    }
    if (enactedBudget != null && s.pick() % 7 == 4 && s.variant() % 2 == 0 && !model.snapshot().items().isEmpty()) {
      submitBlt(s, enactedBudget);
      return;
    }
    Instant at = tick(45);
    LedgerSnapshot snapshot = model.snapshot();
    List<BudgetItemKey> keys = new ArrayList<>(snapshot.items().keySet());
    Apbdes draft = currentBudget();
    if (keys.isEmpty() && draft != null) {
      keys.addAll(draft.items().keySet());
    }
    if (keys.isEmpty()) {
      keys.add(BudgetItemKey.of(KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS));
    }
    BudgetItemKey item = keys.get(s.pick() % keys.size());
    LedgerSnapshot.ItemPosition p = snapshot.items().get(item);
    long remaining = p == null ? (draft == null ? 0 : Idr.toSen(draft.item(item))) : Idr.toSen(p.remaining());
    int v = s.variant();
    SppType type = v % 5 >= 3 ? SppType.UM : SppType.LS;
    Money amount;
    if (v < 7_000) {
      long sen = remaining * (1 + v % 35) / 100 / 100 * 100;
      amount = Idr.ofSen(sen > 0 ? sen : remaining > 0 ? remaining : 100);
    } else if (v < 8_500) {
      amount = Idr.ofSen(remaining > 0 ? remaining : 100);
    } else if (v < 9_200) {
      amount = Idr.ofSen(remaining + 100 + remaining * (v % 10) / 100);
    } else if (v < 9_500) {
      amount = Idr.of(-(v % 3) * 1_000L);
    } else if (v < 9_700) {
      amount = Idr.of(BigDecimal.valueOf(1_000_000L + v, 3));
    } else {
      item = BudgetItemKey.of(item.kegiatan(), TAK_TERDUGA, item.fundSource());
      amount = Idr.of(1_000_000L);
    }
    Official pka = pelaksanaOf(item.kegiatan());
    String payee = type == SppType.LS ? "CV Karya Mandiri" : pka.name();
    attempt(new SubmitSpp(id(), actor(pka, s.who(), null), at, type, item, amount, payee, "SPP " + item.kegiatan()));
  }

  /**
   * An SPP with lines (a payroll, an activity's several budget lines): one to four lines on items
   * of one PKA's kegiatan, each to a payee of the {@link PayeeCatalog} for a purchase it can be paid
   * for, mostly within what is left of the items; sometimes over an item, to a payee the SPP does
   * not carry, or for a purchase the payee cannot be paid for.
   */
  private void submitLined(Step s) {
    Instant at = tick(45);
    LedgerSnapshot snapshot = model.snapshot();
    List<BudgetItemKey> keys = new ArrayList<>(snapshot.items().keySet());
    BudgetItemKey first = keys.get(s.pick() % keys.size());
    Official pka = pelaksanaOf(first.kegiatan());
    List<BudgetItemKey> his = keys.stream().filter(k -> pelaksanaOf(k.kegiatan()).equals(pka)).toList();
    int v = s.variant();
    int count = 1 + v % 4;
    List<id.smartkampung.core.tax.Payee> payees = new ArrayList<>();
    List<SubmitLinedSpp.Line> lines = new ArrayList<>();
    java.util.Map<BudgetItemKey, Long> asked = new HashMap<>();
    for (int l = 0; l < count; l++) {
      BudgetItemKey item = l == 0 ? first : his.get((s.pick() / 7 + l) % his.size());
      id.smartkampung.core.tax.Payee payee = PayeeCatalog.payee(s.pick() / 3 + l * 5);
      if (payees.stream().noneMatch(p -> p.id().equals(payee.id()))) {
        payees.add(payee);
      }
      long left = Idr.toSen(snapshot.items().get(item).remaining()) - asked.getOrDefault(item, 0L);
      long sen = v < 9_000 ? Math.max(0, left) * (1 + v % 20) / 100 / 100 * 100 : left + 100;
      sen = sen > 0 ? sen : 10_000;
      asked.merge(item, sen, Long::sum);
      id.smartkampung.core.tax.PurchaseKind kind = v >= 9_500 ? id.smartkampung.core.tax.PurchaseKind.SILTAP_TUNJANGAN : PayeeCatalog.purchase(payee, v / 4 + l);
      String payeeId = v >= 9_300 && v < 9_500 && l == count - 1 ? "tidak-tercatat" : payee.id();
      lines.add(new SubmitLinedSpp.Line(item, payeeId, kind, Idr.ofSen(sen)));
    }
    attempt(new SubmitLinedSpp(id(), actor(pka, s.who(), null), at, ImmutableList.copyOf(payees), ImmutableList.copyOf(lines), "SPP rincian " + first.kegiatan()));
  }

  /**
   * A financing SPP (6.2.x: penyertaan modal, dana cadangan) for an item of the enacted budget:
   * mostly within its budget (what is left the ledger checks), sometimes over it, or for a
   * financing item the budget does not have.
   */
  private void submitFinancing(Step s, Apbdes enactedBudget) {
    Instant at = tick(45);
    List<FinancingItemKey> keys = new ArrayList<>(enactedBudget.financingItems().keySet());
    FinancingItemKey item = keys.get(s.pick() / 7 % keys.size());
    long budget = Idr.toSen(enactedBudget.financingItems().get(item));
    int v = s.variant();
    Money amount;
    if (v < 7_000) {
      long sen = budget * (10 + v % 41) / 100 / 100 * 100;
      amount = Idr.ofSen(sen > 0 ? sen : 100);
    } else if (v < 8_500) {
      amount = Idr.ofSen(budget > 0 ? budget : 100);
    } else if (v < 9_500) {
      amount = Idr.ofSen(budget + 100);
    } else {
      item = FinancingItemKey.of(AccountCode.parse("6.2.9.01"), item.fundSource());
      amount = Idr.of(1_000_000L);
    }
    Official pka = official(Role.PELAKSANA_KEGIATAN);
    attempt(new SubmitFinancingSpp(id(), actor(pka, s.who(), null), at, item, amount, "BUMDes Maju Bersama", "SPP pembiayaan " + item.account()));
  }

  /**
   * BLT Desa (issue 14): while fewer than three families are listed, or now and then, a change of the
   * KPM list by Perkades (mostly adding three families; sometimes removing one, removing one not listed,
   * or adding an NIK-like id); else a BLT SPP on a BLT line of the enacted budget (tagged BLT or on
   * kegiatan 05.03, else another line: outside the rules) for one or two listed families over one to
   * three consecutive months at the year's ceiling; sometimes above the ceiling, for four months, or
   * for a family not listed. The same families and months come again, so that some are paid twice.
   */
  private void submitBlt(Step s, Apbdes enactedBudget) {
    int v = s.variant();
    if (kpms.size() < 3 || v % 10 == 3) {
      java.util.SortedSet<String> added = new java.util.TreeSet<>();
      java.util.SortedSet<String> removed = new java.util.TreeSet<>();
      if (v >= 9_900) {
        added.add("3510" + String.format("%012d", s.pick())); // an NIK-like id: refused (UU 27/2022)
      } else if (v % 10 == 3 && v >= 9_700) {
        removed.add("KPM-tidak-ada");
      } else if (v % 10 == 3 && !kpms.isEmpty()) {
        removed.add(new ArrayList<>(kpms).get(s.pick() % kpms.size()));
      } else {
        added.add("KPM-" + (++kpmSerial));
        added.add("KPM-" + (++kpmSerial));
        added.add("KPM-" + (++kpmSerial));
      }
      attempt(new Operation.ChangeBltList(id(), actor(official(Role.KEPALA_DESA), s.who(), null), tick(20), ImmutableSortedSet.copyOf(added),
          ImmutableSortedSet.copyOf(removed), "Perkades KPM BLT Desa " + year));
      return;
    }
    List<BudgetItemKey> blt = new ArrayList<>();
    for (BudgetLine l : enactedBudget.lines(Section.BELANJA)) {
      if (l.itemKey().isPresent() && (Optional.ofNullable(l.focus()).map(f -> f.code().equals("BLT")).orElse(false) || l.kegiatan().toString().startsWith("05.03"))) {
        blt.add(l.itemKey().get());
      }
    }
    if (v >= 8_700 && v < 9_000) {
      // the KPM-months of an earlier BLT SPP again: refused (I5.blt-paid-twice) unless that one was rejected, cancelled or reversed
      List<Operation.SubmitBltSpp> earlier = new ArrayList<>();
      for (OperationId id : spps) {
        if (model.operation(id).orElse(null) instanceof Operation.SubmitBltSpp b) {
          earlier.add(b);
        }
      }
      if (!earlier.isEmpty()) {
        Operation.SubmitBltSpp again = earlier.get(s.pick() % earlier.size());
        attempt(new Operation.SubmitBltSpp(id(), actor(pelaksanaOf(again.item().kegiatan()), s.who(), null), tick(45), again.item(), again.monthly(), again.payments(),
            "BLT Desa " + again.item().kegiatan() + " (lagi)"));
        return;
      }
    }
    List<BudgetItemKey> keys = blt.isEmpty() ? new ArrayList<>(model.snapshot().items().keySet()) : blt;
    BudgetItemKey item = keys.get(s.pick() % keys.size());
    Money monthly = Idr.of(policy.blt().map(PolicyPack.Blt::maxPerKpmPerMonth).orElse(BigDecimal.valueOf(300_000L)));
    if (v >= 9_600) {
      monthly = monthly.add(Idr.of(1_000L));
    }
    int months = v >= 9_300 && v < 9_600 ? 4 : 1 + v % 3;
    int start = 1 + s.pick() / 3 % (13 - months);
    List<String> listed = new ArrayList<>(kpms);
    List<String> families = new ArrayList<>();
    families.add(listed.get(s.pick() / 5 % listed.size()));
    if (v % 2 == 0) {
      String second = listed.get((s.pick() / 5 + 1) % listed.size());
      if (!families.contains(second)) {
        families.add(second);
      }
    }
    if (v >= 9_000 && v < 9_300) {
      families.add("KPM-luar");
    }
    ImmutableList.Builder<Operation.SubmitBltSpp.KpmMonth> payments = ImmutableList.builder();
    for (String f : families) {
      for (int m = 0; m < months; m++) {
        payments.add(new Operation.SubmitBltSpp.KpmMonth(f, java.time.YearMonth.of(year, start + m)));
      }
    }
    Official pka = pelaksanaOf(item.kegiatan());
    attempt(new Operation.SubmitBltSpp(id(), actor(pka, s.who(), null), tick(45), item, monthly, payments.build(), "BLT Desa " + item.kegiatan()));
  }

  /** The type of the SPP submitted by that operation (a financing SPP is LS), or null when it is not a submission. */
  private static @Nullable SppType typeOf(Operation op) {
    if (op instanceof SubmitSpp sub) {
      return sub.type();
    }
    return op instanceof SubmitFinancingSpp || op instanceof SubmitLinedSpp || op instanceof Operation.SubmitBltSpp ? SppType.LS : null;
  }

  /** The fund source the SPP submitted by that operation is paid from, or null. */
  private static @Nullable FundSource sourceOf(Operation op) {
    if (op instanceof SubmitSpp sub) {
      return sub.item().fundSource();
    }
    if (op instanceof SubmitLinedSpp lined) {
      return lined.lines().get(0).item().fundSource();
    }
    if (op instanceof Operation.SubmitBltSpp b) {
      return b.item().fundSource();
    }
    return op instanceof SubmitFinancingSpp fin ? fin.item().fundSource() : null;
  }

  private void sppStep(Step s) {
    if (s.pick() % 10 != 9 && none(null, SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED)) {
      submit(s); // nothing waits for a step: the PKA submits one
      return;
    }
    OperationId spp = pickSpp(s.pick(), null, SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED);
    SppStatus status = model.sppStatus(spp).orElse(SppStatus.SUBMITTED);
    int step = switch (status) {
      case VERIFIED -> 1;
      case APPROVED -> 2;
      default -> 0;
    };
    int v = s.variant();
    if (step == 2 && v < 7_000) {
      topUp(spp); // the treasurer pays once the money of the fund source is in: receive what is missing first
    }
    Instant at = tick(20);
    if (v >= 8_000 && v < 9_000) {
      step = (step + 1 + v % 2) % 3; // out of order: skip a step or go back
    }
    Official submitter = submitters.get(spp);
    Role role = step == 0 ? Role.SEKRETARIS_DESA : step == 1 ? Role.KEPALA_DESA : Role.KAUR_KEUANGAN;
    Official actor = actor(official(role), s.who(), spp);
    if (v >= 9_000 && submitter != null) {
      // self-approval: the submitter acts in the verifier's, approver's or treasurer's role
      actor = Official.of(submitter.id(), submitter.name(), role);
    }
    // some payments are made in cash from the cash box: the treasurer withdraws the money first, except rarely (I6 by place)
    CashPlace place = step == 2 && v % 5 == 1 ? CashPlace.CASH : CashPlace.BANK;
    if (place == CashPlace.CASH && v < 7_000 && v % 10 != 1) {
      withdrawFor(spp);
      at = tick(5);
    }
    Operation op = switch (step) {
      case 0 -> new VerifySpp(id(), actor, at, spp);
      case 1 -> new ApproveSpp(id(), actor, at, spp);
      default -> new PaySpp(id(), actor, at, spp, taxes(spp, v), place == CashPlace.CASH ? "tunai " + (n % 89) : "transfer " + (n % 89), place);
    };
    attempt(op);
  }

  /** Withdraws from the bank into the cash box what an SPP's fund sources need to pay it in cash (its gross), as far as the bank holds it. */
  private void withdrawFor(OperationId spp) {
    Operation sub = model.operation(spp).orElse(null);
    java.util.Map<FundSource, Long> gross = new java.util.TreeMap<>();
    if (sub instanceof SubmitLinedSpp lined) {
      for (SubmitLinedSpp.Line l : lined.lines()) {
        if (Idr.isExactToSen(l.amount())) {
          gross.merge(l.item().fundSource(), Idr.toSen(l.amount()), Long::sum);
        }
      }
    } else if (sub != null && sourceOf(sub) != null) {
      Money amount = sub instanceof SubmitSpp b ? b.amount() : sub instanceof SubmitFinancingSpp fin ? fin.amount() : null;
      if (amount != null && Idr.isExactToSen(amount)) {
        gross.put(sourceOf(sub), Idr.toSen(amount));
      }
    }
    gross.forEach((source, sen) -> {
      long need = sen - place(source, CashPlace.CASH);
      long take = Math.min(need, place(source, CashPlace.BANK));
      if (take > 0) {
        attempt(new Operation.MoveCash(id(), official(Role.KAUR_KEUANGAN), tick(5), source, CashPlace.CASH, Idr.ofSen(take), "cek penarikan tunai"));
      }
    });
  }

  /** What the model's bank book or cash book holds of a fund source, sen. */
  private long place(FundSource source, CashPlace place) {
    var book = place == CashPlace.CASH ? model.bukuKasTunai() : model.bukuBank();
    Money m = book.balances().get(source);
    return m == null ? 0 : Idr.toSen(m);
  }

  /**
   * A mutasi kas: mostly a withdrawal of part of a fund source's bank balance into the cash box, or
   * cash put back into the bank; sometimes more than the place holds, back-dated to before the money
   * came in (refused: I6.cash-place-negative), by another official, or of a malformed amount.
   */
  private void moveCash(Step s) {
    List<FundSource> sources = new ArrayList<>(model.snapshot().funds().keySet());
    FundSource source = sources.isEmpty() ? FundSource.ADD : sources.get(s.pick() % sources.size());
    int v = s.variant();
    CashPlace to = v % 3 == 2 ? CashPlace.BANK : CashPlace.CASH;
    CashPlace from = to == CashPlace.CASH ? CashPlace.BANK : CashPlace.CASH;
    long held = place(source, from);
    long sen = Math.max(100, held * (1 + s.pick() % 100) / 100 / 100 * 100);
    Instant at = tick(10);
    Money amount = Idr.ofSen(sen);
    if (v >= 9_700) {
      amount = Idr.of(BigDecimal.valueOf(1 + v % 1_000L, 3)); // finer than the sen
    } else if (v >= 9_400) {
      amount = Idr.of(-(1 + v % 1_000L));
    } else if (v >= 9_000) {
      amount = Idr.ofSen(held + 100); // more than the place holds
    } else if (v >= 8_000) {
      // back-dated before everything so far in the open month: refused when the money came in only after that date
      LocalDate today = LocalDate.ofInstant(now, Operation.ZONE);
      LocalDate floor = model.closedThrough().map(m -> m.plusMonths(1).atDay(1)).orElse(LocalDate.of(year, 1, 1));
      LocalDate back = today.minusDays(1 + s.pick() % 20);
      at = (back.isBefore(floor) ? floor : back).atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
    }
    attempt(new Operation.MoveCash(id(), actor(official(Role.KAUR_KEUANGAN), s.who(), null), at, source, to, amount, to == CashPlace.CASH ? "cek penarikan tunai" : "setor tunai ke RKD"));
  }

  /** A line of the bank statement: interest with its tax (even variants) or a bank fee (odd ones). */
  private void bankStatement(Step s) {
    int v = s.variant();
    Official kaur = actor(official(Role.KAUR_KEUANGAN), s.who(), null);
    Instant at = tick(10);
    java.util.Map<BudgetItemKey, LedgerSnapshot.ItemPosition> items = model.snapshot().items();
    List<BudgetItemKey> keys = new ArrayList<>(items.keySet());
    if (v % 2 == 0) {
      FundSource source = FundSource.DLL;
      AccountCode account = v >= 8_500 && v < 8_800 ? HASIL_USAHA : AccountCode.parse("4.3.6.01");
      long gross = (10_000L + (s.pick() % 500) * 1_000L) * 100; // Rp10.000 to Rp509.000
      long tax = gross * 20 / 100 / 100 * 100; // 20 %, to the rupiah (PP 131/2000 as amended, Pasal 2)
      BudgetItemKey taxItem = null;
      for (BudgetItemKey k : keys) {
        if (k.fundSource().equals(source) && Idr.toSen(items.get(k).remaining()) >= tax) {
          taxItem = k;
          break;
        }
      }
      if (v >= 8_800 && v < 9_100) {
        // the tax realised on an item of another source
        taxItem = keys.stream().filter(k -> !k.fundSource().equals(source)).findFirst().orElse(taxItem);
      }
      if (taxItem == null && v < 9_100) {
        tax = 0; // no item takes the tax: a balance within the exemption (Pasal 3 ayat (1) huruf a)
      }
      Money grossAmount = Idr.ofSen(gross);
      Money taxAmount = Idr.ofSen(tax);
      if (v >= 9_700) {
        grossAmount = Idr.of(BigDecimal.valueOf(1 + v % 1_000L, 3)); // finer than the sen
      } else if (v >= 9_400) {
        taxAmount = Idr.ofSen(gross + 100); // more tax than interest
      } else if (v >= 9_100) {
        taxItem = null; // a tax without its item
        taxAmount = Idr.ofSen(Math.max(tax, 100));
      } else if (v >= 8_200 && v < 8_500 && taxItem != null) {
        taxAmount = Idr.ofSen(tax / 2 / 100 * 100 + 100); // not the rate: accepted with a warning
      }
      attempt(new Operation.RecordBankInterest(id(), kaur, at, account, source, grossAmount, taxAmount, taxItem, "rekening koran " + (n % 12 + 1)));
      return;
    }
    if (keys.isEmpty()) {
      attempt(new Operation.RecordBankFee(id(), kaur, at, new BudgetItemKey(KegiatanCode.parse("01.01.04"), AccountCode.parse("5.1.3.01"), FundSource.PAD), Idr.of(10_000L), "biaya administrasi"));
      return;
    }
    BudgetItemKey item = keys.get(s.pick() % keys.size());
    for (int i = 0; i < keys.size() && v < 8_800; i++) {
      BudgetItemKey k = keys.get((s.pick() + i) % keys.size());
      if (Idr.toSen(items.get(k).remaining()) >= 5_000_00 && place(k.fundSource(), CashPlace.BANK) >= 5_000_00) {
        item = k;
        break;
      }
    }
    long fee = Math.min(Idr.toSen(items.get(item).remaining()), (5_000L + (s.pick() % 46) * 1_000L) * 100);
    fee = Math.max(100, Math.min(fee, place(item.fundSource(), CashPlace.BANK)));
    Money amount = Idr.ofSen(fee);
    if (v >= 9_700) {
      amount = Idr.of(BigDecimal.valueOf(1 + v % 1_000L, 3));
    } else if (v >= 9_400) {
      amount = Idr.ofSen(place(item.fundSource(), CashPlace.BANK) + 100); // more than the bank holds of the source
    } else if (v >= 9_100) {
      amount = Idr.ofSen(Idr.toSen(items.get(item).remaining()) + 100); // more than is left of the item
    } else if (v >= 8_800) {
      item = new BudgetItemKey(item.kegiatan(), AccountCode.parse("5.1.3.01"), FundSource.parse("SWD")); // not in the budget (most likely)
    }
    attempt(new Operation.RecordBankFee(id(), kaur, at, item, amount, "biaya administrasi rekening " + (n % 12 + 1)));
  }

  /** Receives what the SPP's fund source lacks to pay it, when the budget brings that source in. */
  private void topUp(OperationId spp) {
    Operation sub = model.operation(spp).orElse(null);
    if (sub instanceof SubmitLinedSpp lined) {
      java.util.Map<FundSource, Long> gross = new java.util.TreeMap<>();
      for (SubmitLinedSpp.Line l : lined.lines()) {
        gross.merge(l.item().fundSource(), Idr.toSen(l.amount()), Long::sum);
      }
      gross.forEach(this::topUp);
      return;
    }
    FundSource source = sub == null ? null : sourceOf(sub);
    Money amount = sub instanceof SubmitSpp b ? b.amount() : sub instanceof SubmitFinancingSpp fin ? fin.amount()
        : sub instanceof Operation.SubmitBltSpp blt ? blt.amount() : null;
    if (source == null || amount == null || !Idr.isExactToSen(amount)) {
      return;
    }
    topUp(source, Idr.toSen(amount));
  }

  /** Receives what {@code source} lacks to pay {@code sen}, when the budget brings that source in. */
  private void topUp(FundSource source, long sen) {
    LedgerSnapshot.FundPosition f = model.snapshot().funds().get(source);
    long missing = sen - (f == null ? 0 : Idr.toSen(f.available()));
    if (missing <= 0) {
      return;
    }
    for (BudgetLine line : revenueLines()) {
      if (line.fundSource().equals(source)) {
        Integer tranche = FundSource.DDS.equals(source) && line.account().isPendapatan() && !policy.tranches().isEmpty()
            ? policy.tranches().size() : null;
        attempt(new ReceiveRevenue(id(), official(Role.KAUR_KEUANGAN), tick(5), line.account(), source, Idr.ofSen(missing), tranche, "rekening koran"));
        return;
      }
    }
  }

  private ImmutableSortedSet<TaxType> taxes(OperationId spp, int v) {
    if (model.operation(spp).filter(o -> o instanceof SubmitLinedSpp || o instanceof Operation.SubmitBltSpp).isPresent()) {
      return v % 50 == 1 ? ImmutableSortedSet.of(TaxType.PPN) : ImmutableSortedSet.of(); // a lined SPP's taxes were determined at submission
    }
    boolean panjar = model.operation(spp).filter(o -> o instanceof SubmitSpp sub && sub.type() == SppType.UM).isPresent();
    if (panjar && v % 50 != 1) {
      return ImmutableSortedSet.of();
    }
    return switch (v % 5) {
      case 0 -> ImmutableSortedSet.of();
      case 1 -> ImmutableSortedSet.of(TaxType.PPH_22);
      case 2 -> ImmutableSortedSet.of(TaxType.PPH_23);
      case 3 -> ImmutableSortedSet.of(TaxType.PPH_22, TaxType.PPN);
      default -> ImmutableSortedSet.of(TAXES[v / 5 % TAXES.length]);
    };
  }

  private void withdraw(Step s) {
    OperationId spp = pickSpp(s.pick(), null, SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED);
    Instant at = tick(20);
    SppStatus status = model.sppStatus(spp).orElse(SppStatus.SUBMITTED);
    Official submitter = submitters.getOrDefault(spp, official(Role.PELAKSANA_KEGIATAN));
    Operation op;
    if (s.variant() < 7_000 && status == SppStatus.SUBMITTED) {
      op = new RejectSpp(id(), actor(official(Role.SEKRETARIS_DESA), s.who(), spp), at, spp, "bukti pendukung belum lengkap");
    } else if (s.variant() < 7_000 && status == SppStatus.VERIFIED) {
      op = new RejectSpp(id(), actor(official(Role.KEPALA_DESA), s.who(), spp), at, spp, "tidak sesuai RAB");
    } else if (s.variant() % 2 == 0) {
      op = new CancelSpp(id(), actor(submitter, s.who(), spp), at, spp, "kegiatan ditunda");
    } else {
      op = new CancelSpp(id(), actor(official(Role.KEPALA_DESA), s.who(), spp), at, spp, "dibatalkan Kepala Desa");
    }
    attempt(op);
  }

  private void settle(Step s) {
    if (s.pick() % 10 != 9 && none(SppType.UM, SppStatus.PAID)) {
      sppStep(s); // no panjar to account for: move an SPP on
      return;
    }
    OperationId spp = pickSpp(s.pick(), SppType.UM, SppStatus.PAID);
    Official submitter = submitters.getOrDefault(spp, official(Role.PELAKSANA_KEGIATAN));
    long advance = model.operation(spp).filter(o -> o instanceof SubmitSpp).map(o -> ((SubmitSpp) o).amount())
        .filter(Idr::isExactToSen).map(Idr::toSen).orElse(100_000_000L);
    int pct = s.variant() < 7_000 ? 100 - s.variant() % 101 : 101 + s.variant() % 10;
    if ((s.variant() / 7) % 2 == 1) {
      accountPanjar(s, spp, submitter, advance, pct);
      return;
    }
    Money spent = Idr.ofSen(Math.max(0, advance) / 100 * pct);
    attempt(new SettlePanjar(id(), actor(submitter, s.who(), spp), tick(30), spp, spent, "kuitansi dan nota"));
  }

  /**
   * An SPJ panjar with receipts (issue 14: several SPJ; issue 13: taxes at the SPJ): one to three
   * receipts from the payee catalogue, partial or final, in all a share of the advance — mostly
   * within it, sometimes above it (a final SPJ then pays the excess; a partial one must be refused),
   * sometimes for a purchase the payee cannot be paid for from a panjar (income to a person).
   */
  private void accountPanjar(Step s, OperationId spp, Official submitter, long advance, int pct) {
    int v = s.variant();
    int count = 1 + v % 3;
    boolean last = (v / 3) % 3 != 0;
    // now and then a partial SPJ beyond the advance in one go (pct above 100): refused, I5.panjar-overaccounted
    boolean over = !last && pct > 100 && v % 2 == 0;
    long share = Math.max(0, advance) / 100 * (last || over ? pct : pct / 2) / count / 100 * 100;
    List<id.smartkampung.core.tax.Payee> payees = new ArrayList<>();
    List<Operation.AccountPanjar.Receipt> receipts = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      id.smartkampung.core.tax.Payee payee = PayeeCatalog.payee(s.pick() / 5 + r * 7);
      if (payees.stream().noneMatch(p -> p.id().equals(payee.id()))) {
        payees.add(payee);
      }
      receipts.add(new Operation.AccountPanjar.Receipt(payee.id(), PayeeCatalog.purchase(payee, v / 5 + r), Idr.ofSen(Math.max(share, 100)), "nota-" + (r + 1)));
    }
    attempt(new Operation.AccountPanjar(id(), actor(submitter, s.who(), spp), tick(30), spp,
        last ? Operation.AccountPanjar.Stage.FINAL : Operation.AccountPanjar.Stage.PARTIAL, ImmutableList.copyOf(payees), ImmutableList.copyOf(receipts), "SPJ panjar"));
  }

  private void deposit(Step s) {
    Instant at = tick(30);
    Official kaur = actor(official(Role.KAUR_KEUANGAN), s.who(), null);
    List<id.smartkampung.core.tax.TaxPeriodBook.Period> periods = model.taxPeriodBook()
        .map(b -> b.periods().stream().filter(p -> p.owed().isPositive()).toList()).orElse(List.of());
    boolean perSppOwed = model.taxBook(LocalDate.of(year, 12, 31)).lines().stream().anyMatch(l -> l.owed().isPositive());
    // per period when only SPP with lines owe tax, else one deposit step in five: the per-SPP deposits keep their share
    // (the over-deposit they attempt is what catches a ledger that lets a deposit exceed the tax withheld)
    if (!periods.isEmpty() && (!perSppOwed || s.pick() % 5 == 4)) {
      // one deposit per tax type and period: in full, in part, or more than is owed
      id.smartkampung.core.tax.TaxPeriodBook.Period p = periods.get(s.pick() / 2 % periods.size());
      long owedSen = Idr.toSen(p.owed());
      int v = s.variant();
      long sen = v < 6_000 ? owedSen : v < 8_000 ? Math.max(100, owedSen / 200 * 100) : owedSen + 100 * (1 + v % 1000);
      attempt(new DepositTaxPeriod(id(), kaur, at, p.period().levy(), p.period().month(), Idr.ofSen(sen), "8" + (100_000 + n), "NTPN" + (1000 + n)));
      return;
    }
    List<TaxBook.Line> owed = model.taxBook(LocalDate.of(year, 12, 31)).lines().stream().filter(l -> l.owed().isPositive()).toList();
    int v = s.variant();
    if (!owed.isEmpty() && v >= 7_000 && v < 8_500) {
      TaxBook.Line line = owed.get(s.pick() % owed.size());
      Money more = line.owed().add(Idr.of(1_000L + v % 100));
      if (v % 2 == 0) {
        // the tax another SPP of the same fund source owes, deposited against this one as well
        FundSource source = fundSourceOf(line.spp());
        for (TaxBook.Line other : owed) {
          if (!other.spp().equals(line.spp()) && source != null && source.equals(fundSourceOf(other.spp()))) {
            more = line.owed().add(other.owed());
            break;
          }
        }
      }
      attempt(new DepositTax(id(), kaur, at, line.spp(), line.tax(), more, "NTPN " + (1000 + n)));
      return;
    }
    if (!owed.isEmpty() && v < 8_000) {
      TaxBook.Line line = owed.get(s.pick() % owed.size());
      long owedSen = Idr.toSen(line.owed());
      long sen = v % 3 == 2 && owedSen > 100 ? owedSen / 200 * 100 : owedSen;
      attempt(new DepositTax(id(), kaur, at, line.spp(), line.tax(), Idr.ofSen(Math.max(100, sen)), "NTPN " + (1000 + n)));
      return;
    }
    if (v < 8_000) {
      sppStep(s); // no tax owed: move an SPP on
      return;
    }
    OperationId spp = pickSpp(s.pick(), SppType.LS, SppStatus.PAID);
    Money amount = v % 2 == 0 ? Idr.of(1_000_000L + v) : Idr.of(-(v % 100));
    attempt(new DepositTax(id(), kaur, at, spp, TAXES[v % TAXES.length], amount, "NTPN " + (1000 + n)));
  }

  private @Nullable FundSource fundSourceOf(OperationId spp) {
    return model.operation(spp).map(LedgerPlanner::sourceOf).orElse(null);
  }

  private void reverse(Step s) {
    Instant at = tick(30);
    Official kaur = official(Role.KAUR_KEUANGAN);
    if (s.variant() % 2 == 0) {
      attempt(new ReverseReceipt(id(), actor(kaur, s.who(), null), at, pick(receipts, s.pick()), "salah catat"));
    } else {
      OperationId spp = pickSpp(s.pick(), null, SppStatus.PAID);
      if (s.variant() % 4 == 3) {
        // a payment whose withheld tax has been deposited since: no longer reversible
        List<OperationId> deposited = model.taxBook(LocalDate.of(year, 12, 31)).lines().stream()
            .filter(l -> l.deposited().isPositive() && model.sppStatus(l.spp()).orElse(null) == SppStatus.PAID).map(TaxBook.Line::spp).toList();
        if (!deposited.isEmpty()) {
          spp = deposited.get(s.pick() % deposited.size());
        }
      }
      attempt(new ReversePayment(id(), actor(kaur, s.who(), spp), at, spp, "salah transfer"));
    }
  }

  private void register(Step s) {
    Instant at = tick(10);
    Official kd = actor(official(Role.KEPALA_DESA), s.who(), null);
    Apbdes budget = currentBudget();
    switch (s.variant() % 3) {
      case 0 -> {
        // a PKA who submitted an SPP becomes Sekretaris Desa: the next verification of their own SPP is self-verification
        Official pka = submitters.isEmpty() ? official(Role.PELAKSANA_KEGIATAN) : submitters.get(spp(s.pick()));
        attempt(RegisterOfficial.of(id(), kd, at, Official.of(pka.id(), pka.name(), Role.SEKRETARIS_DESA), Set.of()));
      }
      case 1 -> {
        Set<KegiatanCode> k = new TreeSet<>();
        if (budget != null && !budget.items().isEmpty()) {
          List<BudgetItemKey> items = List.copyOf(budget.items().keySet());
          k.add(items.get(s.pick() % items.size()).kegiatan());
        }
        attempt(RegisterOfficial.of(id(), kd, at, Official.of("pka-baru-" + (s.pick() % 3), "Kasi Pelayanan Baru", Role.PELAKSANA_KEGIATAN), k));
      }
      default -> attempt(RegisterOfficial.of(id(), official(Role.SEKRETARIS_DESA), at, Official.of("sd-tandingan", "Sekdes Tandingan", Role.SEKRETARIS_DESA), Set.of()));
    }
  }

  private void replay(Step s) {
    List<Operation> history = model.history();
    if (history.isEmpty()) {
      return;
    }
    Operation old = history.get(s.pick() % history.size());
    Official kaur = official(Role.KAUR_KEUANGAN);
    switch (s.variant() % 4) {
      case 0 -> attempt(old);
      case 1 -> attempt(new ReceiveRevenue(old.id(), kaur, tick(1), HASIL_USAHA, FundSource.PAD, Idr.of(1_000L + s.pick()), null, "nomor bukti dipakai ulang"));
      case 2 -> {
        // back-dated: inside the open month (accepted), or into a closed month (refused: I9.month-closed)
        Instant back = history.get(history.size() - 1).at().minus(Duration.ofHours(1 + s.pick() % 72));
        var closed = model.closedThrough();
        if (closed.isPresent() && s.pick() % 2 == 1) {
          back = closed.get().atEndOfMonth().atTime(LocalTime.of(10, 0)).atZone(Operation.ZONE).toInstant();
        }
        attempt(new ReceiveRevenue(id(), kaur, back, HASIL_USAHA, FundSource.PAD, Idr.of(1_000_000L), null, "tanggal mundur"));
      }
      default -> {
        // a verification dated before the SPP it verifies (refused: I9.date-order)
        if (spps.isEmpty()) {
          return;
        }
        OperationId spp = spp(s.pick());
        Instant submitted = model.operation(spp).map(Operation::at).orElse(now);
        attempt(new VerifySpp(id(), actor(official(Role.SEKRETARIS_DESA), s.who(), spp), submitted.minus(Duration.ofHours(1)), spp));
      }
    }
  }

  /**
   * The monthly close of the month before now (Permendagri 20/2018 Pasal 63), counting no cash on
   * hand; variants close the month now running (before it ends), a month closed already, or count
   * a rupiah that is not there.
   */
  private void closeMonth(Step s) {
    int v = s.variant() % 10;
    java.time.YearMonth next = model.closedThrough().map(m -> m.plusMonths(1)).orElse(java.time.YearMonth.of(year, 1));
    if (v < 7 && next.getMonthValue() < 12 && next.getYear() == year) {
      // the plain form: the next month to close has ended (days pass to the 1st of the month after it)
      Instant after = next.plusMonths(1).atDay(1).atTime(LocalTime.of(8, 0)).atZone(Operation.ZONE).toInstant();
      if (now.isBefore(after)) {
        now = after;
      }
    }
    java.time.YearMonth current = java.time.YearMonth.from(LocalDate.ofInstant(now, Operation.ZONE));
    java.time.YearMonth month = current.minusMonths(1);
    Money counted = model.bukuKasTunai().balance(); // the cash box holds what the cash book says
    if (v == 9 || month.getYear() != year) {
      month = current;
    } else if (v == 8) {
      counted = counted.add(Idr.of(1L));
    } else if (v == 7 && model.closedThrough().isPresent()) {
      month = model.closedThrough().get();
    }
    attempt(new Operation.CloseMonth(id(), actor(official(Role.KAUR_KEUANGAN), s.who(), null), tick(5), month, counted, "BA pemeriksaan kas " + month));
  }

  /**
   * The opening of the books from the previous year's close, before any SPP: the SiLPA the budget in
   * force plans per source (unearmarked SiLPA given to the first source) and a DPAL item or two of
   * those sources, half of what their source opens with, and in one opening of two the previous
   * December's taxes still owed; sometimes from another year, a DPAL item the budget does not carry,
   * one beyond its source's SiLPA, or a tax of the opening's own year.
   */
  private void open(Step s, Apbdes inForce) {
    java.util.TreeMap<FundSource, Money> silpa = new java.util.TreeMap<>(id.smartkampung.core.ledger.report.YearOpening.plannedSilpa(inForce));
    silpa.values().removeIf(m -> !m.isPositive() || !Idr.isExactToSen(m));
    Money pool = id.smartkampung.core.ledger.report.YearOpening.plannedUnearmarked(inForce);
    List<BudgetLine> belanja = inForce.lines(Section.BELANJA);
    if (pool.isPositive() && Idr.isExactToSen(pool) && !belanja.isEmpty()) {
      silpa.merge(java.util.Objects.requireNonNullElse(belanja.get(s.pick() % belanja.size()).fundSource(), FundSource.PAD), pool, Money::add);
    }
    int how = s.variant() / 10 % 10; // 0-6 the plain opening (0: the plainest; 6: a carried tax may be of the wrong year), 7-9 out of place or out of its rules
    List<Operation.OpenYear.Carried> dpal = new ArrayList<>();
    Map<FundSource, Long> left = new HashMap<>();
    silpa.forEach((f, m) -> left.put(f, Idr.toSen(m)));
    for (int k = 0; k < belanja.size() && dpal.size() < 1 + s.pick() % 2; k++) {
      BudgetLine l = belanja.get((s.pick() + k) % belanja.size());
      if (l.itemKey().isEmpty() || dpal.stream().anyMatch(c -> c.item().equals(l.itemKey().get()))) {
        continue;
      }
      long has = left.getOrDefault(l.fundSource(), 0L);
      long want = Math.min(Idr.toSen(inForce.item(l.itemKey().get())), has) / 200 * 100;
      if (how == 8) {
        want = Idr.toSen(inForce.item(l.itemKey().get())) + 100; // not carried by the budget
      } else if (how == 9) {
        want = has + 100; // beyond its source's SiLPA
      }
      if (want > 0) {
        dpal.add(new Operation.OpenYear.Carried(l.itemKey().get(), Idr.ofSen(want)));
        left.merge(l.fundSource(), -want, Long::sum);
      }
    }
    dpal.sort((a, b) -> a.item().compareTo(b.item()));
    int previous = how == 7 ? year - 2 : year - 1;
    // December's taxes still owed at the close, brought to be deposited in January (one opening in two);
    // one of them sometimes of the opening's own year, which no close can carry
    List<Operation.OpenYear.CarriedTax> owed = new ArrayList<>();
    if (s.pick() % 2 == 0) {
      FundSource source = silpa.isEmpty() ? FundSource.DDS : silpa.firstKey();
      id.smartkampung.core.tax.Levy[] levies = {id.smartkampung.core.tax.Levy.PPN, id.smartkampung.core.tax.Levy.PPH_22, id.smartkampung.core.tax.Levy.PPH_21};
      for (int k = 0; k < 1 + s.pick() % 2; k++) {
        java.time.YearMonth period = how == 6 && k == 0 ? java.time.YearMonth.of(year, 1) : java.time.YearMonth.of(year - 1, 12);
        owed.add(new Operation.OpenYear.CarriedTax(levies[(s.pick() + k) % levies.length], period, source, Idr.of(1_000L * (1 + s.pick() % 5_000))));
      }
      if (owed.size() == 2 && owed.get(0).levy() == owed.get(1).levy() && owed.get(0).period().equals(owed.get(1).period())) {
        owed.remove(1);
      }
    }
    attempt(new Operation.OpenYear(id(), actor(official(Role.KAUR_KEUANGAN), s.who(), null), tick(30), previous,
        com.google.common.collect.ImmutableSortedMap.copyOf(silpa), ImmutableList.copyOf(dpal), ImmutableList.copyOf(owed), "Perdes pertanggungjawaban APBDes " + (year - 1)));
  }

  private void passTime(Step s) {
    Instant next = now.plus(Duration.ofDays(1 + s.pick() % 30));
    if (LocalDate.ofInstant(next, Operation.ZONE).getYear() <= year) {
      now = next;
    }
  }

  private void close(Step s) {
    Instant dec31 = LocalDate.of(year, 12, 31).atTime(LocalTime.of(15, 0)).atZone(Operation.ZONE).toInstant();
    if (s.variant() < 1_000 && now.isBefore(dec31)) {
      now = dec31;
    }
    attempt(new CloseYear(id(), actor(official(Role.KAUR_KEUANGAN), s.who(), null), tick(1)));
  }

  // ---------------------------------------------------------------- helpers

  private void attempt(Operation op) {
    out.add(op);
    usedIds.add(op.id().value());
    track(op, model.apply(op));
  }

  private void track(Operation op, Outcome o) {
    if (!o.isAccepted()) {
      return;
    }
    // a switch expression without default: the compiler asks what the planner keeps of every kind
    boolean kept = switch (op.kind()) {
      case CHANGE_BLT_LIST -> {
        kpms.addAll(((Operation.ChangeBltList) op).added());
        kpms.removeAll(((Operation.ChangeBltList) op).removed());
        yield true;
      }
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, SUBMIT_BLT_SPP -> {
        spps.add(op.id());
        submitters.put(op.id(), op.actor());
        yield true;
      }
      case RECEIVE_REVENUE -> {
        receipts.add(op.id());
        yield true;
      }
      // the rest the planner reads from its model ledger when it needs it
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, VERIFY_SPP, APPROVE_SPP,
          REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_RECEIPT, REVERSE_PAYMENT, CLOSE_YEAR, CLOSE_MONTH,
          DEPOSIT_TAX_PERIOD, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET,
          RECORD_KDMP_CHANNELLING, MOVE_CASH, ACCOUNT_PANJAR, RECORD_BANK_INTEREST, RECORD_BANK_FEE -> false;
      case OPEN_YEAR -> opened = true;
    };
    assert kept || !(op.kind() == OperationKind.SUBMIT_SPP || op.kind() == OperationKind.SUBMIT_FINANCING_SPP || op.kind() == OperationKind.RECEIVE_REVENUE);
  }

  private OperationId id() {
    String id;
    do {
      id = "uji-" + (++n);
    } while (usedIds.contains(id));
    return OperationId.of(id);
  }

  private Instant tick(int minutes) {
    now = now.plus(Duration.ofMinutes(minutes));
    return now;
  }

  /** The budget now moving or in force: the current version of the lifecycle. */
  private Apbdes currentBudget() {
    return model.lifecycle().map(l -> l.current().budget()).orElse(base);
  }

  /** Revenue and financing receipts with a fund source, of the budget in force (or drafted). */
  private List<BudgetLine> revenueLines() {
    Apbdes b = model.enactedBudget().orElseGet(this::currentBudget);
    if (b == null) {
      return List.of();
    }
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : b.lines()) {
      boolean inflow = l.section() == Section.PENDAPATAN || l.section() == Section.PEMBIAYAAN_PENERIMAAN;
      if (inflow && l.fundSource() != null && l.amount().isPositive() && Idr.isExactToSen(l.amount())) {
        lines.add(l);
      }
    }
    return lines;
  }

  /** The first registered official in the role, or an unregistered one. */
  private Official official(Role role) {
    for (OfficialRegistration r : model.officials().values()) {
      if (r.official().role() == role) {
        return r.official();
      }
    }
    return Official.of("belum-terdaftar-" + role.name().toLowerCase(java.util.Locale.ROOT), "Belum Terdaftar", role);
  }

  /** The registered PKA of the kegiatan, else any PKA. */
  private Official pelaksanaOf(KegiatanCode k) {
    for (OfficialRegistration r : model.officials().values()) {
      if (r.official().role() == Role.PELAKSANA_KEGIATAN && r.kegiatan().contains(k)) {
        return r.official();
      }
    }
    return official(Role.PELAKSANA_KEGIATAN);
  }

  /** The right official, or another one of the village, the SPP's submitter, or an outsider. */
  private Official actor(Official right, int who, OperationId spp) {
    if (who < 75) {
      return right;
    }
    if (who < 83) {
      List<Official> all = model.officials().values().stream().map(OfficialRegistration::official).toList();
      return all.isEmpty() ? outsider : all.get(who % all.size());
    }
    if (who < 90 && spp != null && submitters.containsKey(spp)) {
      return submitters.get(spp);
    }
    return outsider;
  }

  /** Mostly an SPP of the wanted type and status, else any submitted SPP or an unknown id. */
  private OperationId pickSpp(int choice, SppType type, SppStatus... wanted) {
    if (choice % 10 != 9) {
      List<OperationId> fit = new ArrayList<>();
      for (OperationId id : spps) {
        SppStatus st = model.sppStatus(id).orElseThrow();
        boolean typeFits = type == null || model.operation(id).map(o -> typeOf(o) == type).orElse(false);
        if (typeFits && List.of(wanted).contains(st)) {
          fit.add(id);
        }
      }
      if (!fit.isEmpty()) {
        return fit.get(choice % fit.size());
      }
    }
    return pick(spps, choice);
  }

  /** True when no accepted SPP has the type and one of the statuses. */
  private boolean none(SppType type, SppStatus... wanted) {
    for (OperationId id : spps) {
      SppStatus st = model.sppStatus(id).orElseThrow();
      boolean typeFits = type == null || model.operation(id).map(o -> typeOf(o) == type).orElse(false);
      if (typeFits && List.of(wanted).contains(st)) {
        return false;
      }
    }
    return true;
  }

  private OperationId spp(int choice) {
    return spps.get(choice % spps.size());
  }

  private static OperationId pick(List<OperationId> from, int choice) {
    return from.isEmpty() || choice % 13 == 12 ? OperationId.of("tidak-ada-" + choice) : from.get(choice % from.size());
  }
}
