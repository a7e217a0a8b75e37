package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.calendar.HolidayCalendar;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import id.smartkampung.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life of a village budget through its fiscal year — <i>siklus APBDes</i> (Permendagri 20/2018,
 * PP 43/2014): the Sekretaris Desa drafts the RAPBDes, the Kepala Desa agrees it with the BPD, the
 * Bupati evaluates it, the Kepala Desa enacts it by Perdes. A revision (<i>perubahan APBDes</i>) is
 * allowed at most once per fiscal year, by the same steps, and is kept as a new version beside the
 * enacted one, with its line-by-line {@link BudgetDiff}.
 *
 * <p>An immutable value: each step returns a new lifecycle, or throws {@link
 * RuleViolationException} and changes nothing. A draft (RAPBDes, or the draft of the revision) with
 * validation errors can be recorded — finding them is what the agreement and the Bupati's
 * evaluation are for (Permendagri 20/2018 Pasal 32–35) — but its errors block agreement and
 * enactment, so no budget with errors is ever enacted; {@link #validation()} gives the findings
 * (errors and warnings) of the version moving through the steps after every accepted step. Whether
 * a revision cuts a line below what is already committed or paid is checked where the commitments
 * are known (the ledger).
 */
@Api(Api.Status.STABLE)
public final class ApbdesLifecycle {
  /** The stage of one version. */
  public enum Stage {
    /** Drafted by the Sekretaris Desa (RAPBDes). */
    DRAFT,
    /** Agreed by the Kepala Desa and the BPD (kesepakatan bersama). */
    AGREED,
    /** Evaluated by the Bupati/Walikota (evaluasi, at most 20 working days). */
    EVALUATED,
    /** Enacted by Perdes (ditetapkan): spending may begin. */
    ENACTED,
    /**
     * Evaluated negatively by the Bupati/Walikota (<i>hasil evaluasi tidak sesuai</i>): the Kepala
     * Desa and the BPD correct it (<i>penyempurnaan</i>) within the pack's working days (Permendagri
     * 20/2018 Pasal 35(5)); the corrected version counts as evaluated.
     */
    RETURNED,
    /**
     * The enacted Perdes cancelled by the Bupati/Walikota by Keputusan — <i>pembatalan Peraturan
     * Desa tentang APB Desa</i> (Permendagri 20/2018 Pasal 36): the Kepala Desa stops carrying it
     * out and only the operational spending of the village government is allowed until the
     * corrected Perdes is enacted.
     */
    CANCELLED
  }

  /**
   * The steps of the budget lifecycle as one declared table — <i>tahapan APBDes</i> (Permendagri
   * 20/2018 pasal 31-37; PP 43/2014 pasal 100-101): from which stage of the version moving through
   * its steps, to which stage, and the role that takes the step. Each version (the original, then
   * at most one revision) takes DRAFT (or DRAFT_REVISION), AGREE, EVALUATE, ENACT in that order,
   * each once. {@link ApbdesLifecycle} and the ledger read this table; a step by another role is
   * {@link Rule#WRONG_ROLE}, a step out of order or repeated {@link Rule#LIFECYCLE_ORDER}, a second
   * revision {@link Rule#REVISION_LIMIT}.
   *
   * <table>
   *   <caption>The budget lifecycle</caption>
   *   <tr><th>step</th><th>from</th><th>to</th><th>role</th></tr>
   *   <tr><td>DRAFT</td><td>(nothing drafted)</td><td>original DRAFT</td><td>Sekretaris Desa</td></tr>
   *   <tr><td>AGREE</td><td>DRAFT</td><td>AGREED</td><td>Kepala Desa (with the BPD)</td></tr>
   *   <tr><td>EVALUATE</td><td>AGREED</td><td>EVALUATED</td><td>evaluator of the kabupaten</td></tr>
   *   <tr><td>ENACT</td><td>EVALUATED</td><td>ENACTED</td><td>Kepala Desa (Perdes)</td></tr>
   *   <tr><td>DRAFT_REVISION</td><td>original ENACTED, no revision yet</td><td>revision DRAFT</td><td>Sekretaris Desa</td></tr>
   *   <tr><td>EVALUATE_NEGATIVE</td><td>AGREED</td><td>RETURNED</td><td>evaluator of the kabupaten</td></tr>
   *   <tr><td>CORRECT</td><td>RETURNED</td><td>EVALUATED (with the corrected budget)</td><td>Kepala Desa (with the BPD)</td></tr>
   *   <tr><td>ENACT_DEEMED</td><td>AGREED, the evaluation period run out</td><td>ENACTED</td><td>Kepala Desa (Perdes)</td></tr>
   *   <tr><td>CANCEL</td><td>original ENACTED, no revision</td><td>CANCELLED</td><td>evaluator of the kabupaten</td></tr>
   *   <tr><td>CORRECT_CANCELLED</td><td>CANCELLED</td><td>EVALUATED (with the corrected budget)</td><td>Kepala Desa (with the BPD)</td></tr>
   *   <tr><td>SHIFT, LATE_GRANT, EMERGENCY</td><td>a budget in force, no revision in progress</td><td>the budget in force, changed</td><td>Kepala Desa (Perkades)</td></tr>
   * </table>
   */
  public enum Transition {
    /** The Sekretaris Desa drafts the RAPBDes — <i>penyusunan</i>. */
    DRAFT(null, Stage.DRAFT, Role.SEKRETARIS_DESA, "drafts the budget"),
    /** The Kepala Desa agrees the current version with the BPD — <i>kesepakatan bersama</i>. */
    AGREE(Stage.DRAFT, Stage.AGREED, Role.KEPALA_DESA, "agrees the budget with the BPD"),
    /** The district evaluates the agreed version — <i>evaluasi Bupati</i>. */
    EVALUATE(Stage.AGREED, Stage.EVALUATED, Role.EVALUATOR_KABUPATEN, "evaluates the budget"),
    /** The Kepala Desa enacts the evaluated version by Perdes — <i>penetapan</i>. */
    ENACT(Stage.EVALUATED, Stage.ENACTED, Role.KEPALA_DESA, "enacts the budget"),
    /** The Sekretaris Desa drafts the one revision of an enacted budget — <i>perubahan APBDes</i>. */
    DRAFT_REVISION(Stage.ENACTED, Stage.DRAFT, Role.SEKRETARIS_DESA, "drafts the revision"),
    /**
     * The district evaluates the agreed version negatively — <i>hasil evaluasi tidak sesuai</i>
     * (Permendagri 20/2018 Pasal 35(5)) — and returns it for correction.
     */
    EVALUATE_NEGATIVE(Stage.AGREED, Stage.RETURNED, Role.EVALUATOR_KABUPATEN, "returns the budget for correction"),
    /**
     * The Kepala Desa with the BPD corrects the returned version — <i>penyempurnaan</i> (Pasal 35(5))
     * — which then counts as evaluated and can be enacted.
     */
    CORRECT(Stage.RETURNED, Stage.EVALUATED, Role.KEPALA_DESA, "corrects the budget with the BPD"),
    /**
     * The Kepala Desa enacts an agreed version the Bupati did not evaluate within the evaluation period
     * — <i>berlaku dengan sendirinya</i> (Permendagri 20/2018 Pasal 35(3)).
     */
    ENACT_DEEMED(Stage.AGREED, Stage.ENACTED, Role.KEPALA_DESA, "enacts the budget the Bupati did not evaluate in time"),
    /**
     * The Kepala Desa shifts belanja between lines by Perkades amending the <i>penjabaran</i>, the
     * BPD informed — <i>pergeseran anggaran</i>; from and to the budget in force.
     */
    SHIFT(Stage.ENACTED, Stage.ENACTED, Role.KEPALA_DESA, "shifts the budget by Perkades"),
    /**
     * The Kepala Desa adds a grant that arrived after the Perdes perubahan by Perkades —
     * <i>bantuan keuangan, hibah</i>; from and to the budget in force.
     */
    LATE_GRANT(Stage.ENACTED, Stage.ENACTED, Role.KEPALA_DESA, "adds a late grant by Perkades"),
    /**
     * The Kepala Desa spends belanja tak terduga on an emergency before any perubahan by Perkades —
     * <i>keadaan darurat</i>; from and to the budget in force.
     */
    EMERGENCY(Stage.ENACTED, Stage.ENACTED, Role.KEPALA_DESA, "details belanja tak terduga for an emergency by Perkades"),
    /**
     * The Bupati/Walikota cancels the enacted Perdes APBDes by Keputusan — <i>pembatalan</i>
     * (Permendagri 20/2018 Pasal 36): only operational spending until the corrected Perdes.
     */
    CANCEL(Stage.ENACTED, Stage.CANCELLED, Role.EVALUATOR_KABUPATEN, "cancels the enacted budget"),
    /**
     * The Kepala Desa with the BPD corrects the cancelled budget (Pasal 36): it counts as evaluated
     * and its enactment lifts the cancellation.
     */
    CORRECT_CANCELLED(Stage.CANCELLED, Stage.EVALUATED, Role.KEPALA_DESA, "corrects the cancelled budget with the BPD");

    private final Stage from;
    private final Stage to;
    private final Role role;
    private final String what;

    Transition(Stage from, Stage to, Role role, String what) {
      this.from = from;
      this.to = to;
      this.role = role;
      this.what = what;
    }

    /**
     * The stage the step starts from: of the current version; for {@link #DRAFT_REVISION}, of the
     * original; empty for {@link #DRAFT} (nothing drafted yet).
     */
    public Optional<Stage> from() {
      return Optional.ofNullable(from);
    }

    /** The stage reached (of the revision, for {@link #DRAFT_REVISION}). */
    public Stage to() {
      return to;
    }

    /** The role that takes the step. */
    public Role role() {
      return role;
    }

    /**
     * I7/I4: a {@link Rule#WRONG_ROLE} violation unless {@code actor} acts in the role of this step.
     *
     * @throws RuleViolationException naming the actor and the role required
     */
    public void checkRole(Official actor) {
      requireNonNull(actor, "actor");
      if (actor.role() != role) {
        throw new RuleViolationException(
            Finding.error(
                Rule.WRONG_ROLE,
                "actor",
                "the " + role + " " + what + ", not " + actor,
                Map.of("actor", actor.id(), "role", actor.role().name(), "required", role.name())));
      }
    }
  }

  /** Which version. */
  public enum Kind {
    /** The budget as first enacted (APBDes murni). */
    ORIGINAL,
    /** The one revision of the year (perubahan APBDes). */
    REVISION
  }

  /**
   * A change to the budget in force by Perkades that is not the Perdes perubahan and does not use it
   * up: what it was, what it became, and the step (date, Kepala Desa, Perkades number).
   */
  public record Change(Transition kind, Apbdes before, Apbdes after, Step step) {
    public Change {
      requireNonNull(kind, "kind");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      requireNonNull(step, "step");
    }

    /** The line-by-line difference the change made, as the revision's. */
    public BudgetDiff diff() {
      return BudgetDiff.between(before, after);
    }
  }

  /**
   * One step: the stage reached, when, by whom, and the document (berita acara, evaluation letter,
   * Perdes number).
   */
  public record Step(Stage stage, LocalDate date, Official actor, String reference) {
    public Step {
      requireNonNull(stage, "stage");
      requireNonNull(date, "date");
      requireNonNull(actor, "actor");
      requireNonNull(reference, "reference");
    }
  }

  /** A version of the budget with its steps so far. */
  public record Version(Kind kind, Apbdes budget, ImmutableList<Step> steps) {
    public Version {
      requireNonNull(kind, "kind");
      requireNonNull(budget, "budget");
      requireNonNull(steps, "steps");
    }

    /** The stage reached. */
    public Stage stage() {
      return steps.get(steps.size() - 1).stage();
    }

    /** The step that reached a stage, if reached. */
    public Optional<Step> step(Stage stage) {
      return steps.stream().filter(s -> s.stage() == stage).findFirst();
    }

    Version plus(Step step) {
      return new Version(kind, budget, ImmutableList.<Step>builder().addAll(steps).add(step).build());
    }

    Version plus(Step step, Apbdes corrected) {
      return new Version(kind, corrected, ImmutableList.<Step>builder().addAll(steps).add(step).build());
    }
  }

  private final PolicyPack policy;
  private final Version original;
  private final Optional<Version> revision;
  private final ImmutableList<Finding> dates;
  private final ImmutableList<Change> changes;
  /** The budget in force, or null before enactment. */
  private final Apbdes inForce;

  private ApbdesLifecycle(PolicyPack policy, Version original, Optional<Version> revision) {
    this(policy, original, revision, ImmutableList.of(), ImmutableList.of(), null);
  }

  private ApbdesLifecycle(
      PolicyPack policy, Version original, Optional<Version> revision, ImmutableList<Finding> dates, ImmutableList<Change> changes, Apbdes inForce) {
    this.policy = policy;
    this.original = original;
    this.revision = revision;
    this.dates = dates;
    this.changes = changes;
    this.inForce = inForce;
  }

  /**
   * The Sekretaris Desa drafts the budget (RAPBDes). A draft with validation errors is recorded (see
   * {@link #validation()}); its errors block {@link #agree} and {@link #enact}.
   *
   * @throws RuleViolationException if the actor is not the Sekretaris Desa
   */
  public static ApbdesLifecycle draft(Apbdes budget, PolicyPack policy, LocalDate date, Official sekdes, String reference) {
    requireNonNull(budget, "budget");
    requireNonNull(policy, "policy");
    Transition.DRAFT.checkRole(sekdes);
    return new ApbdesLifecycle(
        policy, new Version(Kind.ORIGINAL, budget, ImmutableList.of(new Step(Transition.DRAFT.to, date, sekdes, reference))), Optional.empty());
  }

  /** The policy pack the budget is checked against. */
  public PolicyPack policy() {
    return policy;
  }

  /** The original version. */
  public Version original() {
    return original;
  }

  /** The revision, once drafted. */
  public Optional<Version> revision() {
    return revision;
  }

  /** The version now moving through the steps (the revision once drafted). */
  public Version current() {
    return revision.orElse(original);
  }

  /**
   * The budget in force: the enacted original, the enacted revision from its enactment on, as changed
   * since by the Perkades {@link #changes()}; empty before enactment.
   */
  public Optional<Apbdes> enacted() {
    return Optional.ofNullable(inForce);
  }

  /** The changes by Perkades (shifts, late grants, emergency spending) in the order taken; never null. */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * The findings (errors and warnings) of the version moving through the steps (once enacted, of the
   * budget in force, as changed by Perkades), under this
   * lifecycle's policy pack; never null. After each accepted step the caller sees here what the
   * agreement and the evaluation have to look at; errors block agreement and enactment.
   */
  public BudgetValidation validation() {
    Apbdes b = current().stage() == Stage.ENACTED && inForce != null ? inForce : current().budget();
    return BudgetValidator.of(policy).validate(b);
  }

  /**
   * The steps taken off the dates the regulation sets ({@link Rule#LIFECYCLE_DATE}: agreement by
   * October, submission within 3 days, correction within 20 working days, Perdes by 31 December, as
   * the pack's {@link PolicyPack#budgetCalendar()} says), each with the pack's severity; never null.
   * Findings of severity error refuse the step instead, so those here are warnings.
   */
  public ImmutableList<Finding> dateFindings() {
    return dates;
  }

  /** The line-by-line difference of the revision from the original, once a revision is drafted. */
  public Optional<BudgetDiff> revisionDiff() {
    return revision.map(r -> BudgetDiff.between(original.budget(), r.budget()));
  }

  /**
   * The Kepala Desa agrees the current version with the BPD.
   *
   * @throws RuleViolationException if out of order, dated before the previous step, not by the Kepala
   *     Desa, or the version has validation errors (all listed)
   */
  public ApbdesLifecycle agree(LocalDate date, Official kepalaDesa, String beritaAcara) {
    return advance(Transition.AGREE, date, kepalaDesa, beritaAcara);
  }

  /**
   * The district evaluates the agreed version.
   *
   * @throws RuleViolationException if out of order, dated before the previous step, or not by a district evaluator
   */
  public ApbdesLifecycle evaluate(LocalDate date, Official evaluator, String letter) {
    return advance(Transition.EVALUATE, date, evaluator, letter);
  }

  /**
   * The Kepala Desa enacts the evaluated version by Perdes.
   *
   * @throws RuleViolationException if out of order, dated before the previous step, not by the Kepala
   *     Desa, or the version has validation errors (all listed)
   */
  public ApbdesLifecycle enact(LocalDate date, Official kepalaDesa, String perdes) {
    return advance(Transition.ENACT, date, kepalaDesa, perdes);
  }

  /**
   * The district evaluates the agreed version negatively and returns it for correction — <i>hasil
   * evaluasi tidak sesuai</i> (Permendagri 20/2018 Pasal 35(5)).
   *
   * @throws RuleViolationException if out of order, dated before the previous step, or not by a district evaluator
   */
  public ApbdesLifecycle returnForCorrection(LocalDate date, Official evaluator, String letter) {
    return advance(Transition.EVALUATE_NEGATIVE, date, evaluator, letter);
  }

  /**
   * The Kepala Desa with the BPD corrects the returned version — <i>penyempurnaan</i> (Permendagri
   * 20/2018 Pasal 35(5)); the corrected budget replaces the returned one and counts as evaluated. A
   * correction later than the pack's working days after the evaluation is a {@link
   * Rule#LIFECYCLE_DATE} finding.
   *
   * @throws RuleViolationException if the version is not returned, the actor is not the Kepala Desa,
   *     the budget is of another village or year, or the corrected budget has validation errors
   */
  public ApbdesLifecycle correct(Apbdes corrected, LocalDate date, Official kepalaDesa, String reference) {
    requireNonNull(corrected, "corrected");
    Version v = current();
    Transition t = v.stage() == Stage.CANCELLED ? Transition.CORRECT_CANCELLED : Transition.CORRECT;
    t.checkRole(kepalaDesa);
    checkFrom(t, v);
    if (!corrected.village().equals(v.budget().village()) || corrected.fiscalYear() != v.budget().fiscalYear()) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "budget", "a correction is of the same village and fiscal year as the budget it corrects"));
    }
    checkDate(date, v);
    checkValid(corrected, policy);
    ImmutableList.Builder<Finding> found = ImmutableList.<Finding>builder().addAll(dates);
    policy.budgetCalendar().filter(c -> t == Transition.CORRECT).ifPresent(c -> {
      LocalDate returned = v.steps().reverse().stream().filter(s -> s.stage() == Stage.RETURNED).findFirst().orElseThrow().date();
      LocalDate due = HolidayCalendar.standard().plusWorkingDays(returned, c.correctionWorkingDays());
      if (date.isAfter(due)) {
        found.add(dateFinding(c, "date", "the correction of " + date + " comes after " + due + ", " + c.correctionWorkingDays()
            + " working days after the evaluation of " + returned + " (Permendagri 20/2018 Pasal 35(5))", Map.of("date", date.toString(), "due", due.toString())));
      }
    });
    return with(v.plus(new Step(t.to, date, kepalaDesa, reference), corrected), found.build());
  }

  /**
   * The Kepala Desa enacts an agreed version the Bupati did not evaluate in time — <i>berlaku dengan
   * sendirinya</i> (Permendagri 20/2018 Pasal 35(3)): allowed once more than the pack's evaluation
   * working days (holidays of the calendar skipped) have passed since the Bupati received it on
   * {@code submitted}. A submission later than the pack's days after the agreement is a {@link
   * Rule#LIFECYCLE_DATE} finding.
   *
   * @throws RuleViolationException if out of order, the evaluation period has not run out ({@link
   *     Rule#EVALUATION_PENDING}, also when the pack sets no period), submitted before the agreement
   *     or after this date, not by the Kepala Desa, or the version has validation errors
   */
  public ApbdesLifecycle enactDeemed(LocalDate submitted, LocalDate date, Official kepalaDesa, String perdes) {
    requireNonNull(submitted, "submitted");
    Transition t = Transition.ENACT_DEEMED;
    t.checkRole(kepalaDesa);
    Version v = current();
    checkFrom(t, v);
    checkDate(date, v);
    LocalDate agreed = v.step(Stage.AGREED).orElseThrow().date();
    if (submitted.isBefore(agreed) || submitted.isAfter(date)) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "submitted", "the budget is submitted to the Bupati on or after its agreement of " + agreed + " and before it takes effect on " + date + ", not on " + submitted,
              Map.of("submitted", submitted.toString(), "agreed", agreed.toString())));
    }
    PolicyPack.BudgetCalendar c = policy.budgetCalendar().orElseThrow(() -> new RuleViolationException(
        Finding.error(Rule.EVALUATION_PENDING, "submitted", "the " + policy.fiscalYear() + " policy pack sets no evaluation period (budgetCalendar), so a budget cannot take effect without the Bupati's evaluation")));
    LocalDate last = HolidayCalendar.standard().plusWorkingDays(submitted, c.evaluationWorkingDays());
    if (!date.isAfter(last)) {
      throw new RuleViolationException(
          Finding.error(Rule.EVALUATION_PENDING, "date", "the Bupati has until " + last + " (" + c.evaluationWorkingDays() + " working days from receipt on " + submitted
              + ") to evaluate; the budget takes effect by itself only after that (Permendagri 20/2018 Pasal 35(3))", Map.of("date", date.toString(), "evaluationDue", last.toString())));
    }
    checkValid(v.budget(), policy);
    ImmutableList.Builder<Finding> found = ImmutableList.<Finding>builder().addAll(dates);
    LocalDate dueSubmission = agreed.plusDays(c.submissionWithinDays());
    if (submitted.isAfter(dueSubmission)) {
      found.add(dateFinding(c, "submitted", "submitted to the Bupati on " + submitted + ", later than " + c.submissionWithinDays() + " days after the agreement of " + agreed,
          Map.of("submitted", submitted.toString(), "due", dueSubmission.toString())));
    }
    enactmentDate(c, v, date, found);
    return with(v.plus(new Step(t.to, date, kepalaDesa, perdes)), found.build());
  }

  /**
   * The Bupati/Walikota cancels the enacted Perdes APBDes by Keputusan — <i>pembatalan</i>
   * (Permendagri 20/2018 Pasal 36): the village enacted it without following the evaluation. From
   * then on the Kepala Desa spends only on the village government's operations (the pack's {@link
   * PolicyPack#cancellation()}), until the corrected budget ({@link #correct}) is enacted. Nothing
   * committed or paid is undone: the cancelled budget stays {@link #enacted()} as the ceiling of
   * the operational lines. Only the original can be cancelled: Pasal 36 is about the Perdes APBDes
   * the evaluation is of; a cancelled Perdes perubahan is not modelled and refused.
   *
   * @throws RuleViolationException if the original is not enacted or a revision exists ({@link
   *     Rule#LIFECYCLE_ORDER}), the date is before the last step, or the actor is not a district evaluator
   */
  public ApbdesLifecycle cancel(LocalDate date, Official evaluator, String decree) {
    requireNonNull(decree, "decree");
    Transition t = Transition.CANCEL;
    t.checkRole(evaluator);
    if (revision.isPresent()) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "budget", "only the Perdes APBDes itself is cancelled here (Permendagri 20/2018 Pasal 36); the revision of this year is " + revision.get().stage()));
    }
    Version v = current();
    checkFrom(t, v);
    checkDate(date, v);
    if (!changes.isEmpty() && date.isBefore(changes.get(changes.size() - 1).step().date())) {
      throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_ORDER, "date", "step dated " + date + " comes before the previous change of " + changes.get(changes.size() - 1).step().date()));
    }
    return new ApbdesLifecycle(policy, v.plus(new Step(t.to, date, evaluator, decree)), Optional.empty(), dates, changes, inForce);
  }

  /**
   * Whether the Perdes APBDes is cancelled (Permendagri 20/2018 Pasal 36) and the corrected one not
   * yet enacted: only operational spending is allowed.
   */
  public boolean cancelled() {
    return revision.isEmpty() && original.steps().stream().anyMatch(s -> s.stage() == Stage.CANCELLED) && original.stage() != Stage.ENACTED;
  }

  /**
   * The Kepala Desa shifts belanja between lines by Perkades amending the penjabaran, the BPD informed
   * — <i>pergeseran anggaran</i>: pendapatan and pembiayaan stay as they are, and so does the belanja
   * total per jenis belanja (the pack's level) and fund source; the Perdes perubahan is not used up.
   *
   * @throws RuleViolationException ({@link Rule#BUDGET_CHANGE}) when the shift moves more than that,
   *     or as every change by Perkades (see {@link #changeBy})
   */
  public ApbdesLifecycle shift(Apbdes shifted, LocalDate date, Official kepalaDesa, String perkades) {
    return changeBy(Transition.SHIFT, shifted, date, kepalaDesa, perkades);
  }

  /**
   * The Kepala Desa adds by Perkades a grant that arrived after the Perdes perubahan — <i>bantuan
   * keuangan provinsi/kabupaten, hibah</i>: revenue rises only on the pack's grant accounts, belanja
   * of each fund source rises by exactly that source's grant and other belanja stays; the BPD is
   * informed. Only after the revision is enacted (before it, the grant goes into the perubahan).
   *
   * @throws RuleViolationException ({@link Rule#BUDGET_CHANGE}) otherwise, or as every change by Perkades
   */
  public ApbdesLifecycle addLateGrant(Apbdes amended, LocalDate date, Official kepalaDesa, String perkades) {
    return changeBy(Transition.LATE_GRANT, amended, date, kepalaDesa, perkades);
  }

  /**
   * The Kepala Desa details belanja tak terduga for a disaster or emergency by Perkades, before any
   * perubahan — <i>keadaan darurat</i>: belanja moves, fund source by fund source, from lines under the
   * pack's emergency account (5.4) to kegiatan of its bidang (05); nothing else changes.
   *
   * @throws RuleViolationException ({@link Rule#BUDGET_CHANGE}) otherwise, or after a revision is
   *     drafted, or as every change by Perkades
   */
  public ApbdesLifecycle spendEmergency(Apbdes amended, LocalDate date, Official kepalaDesa, String perkades) {
    return changeBy(Transition.EMERGENCY, amended, date, kepalaDesa, perkades);
  }

  /**
   * A change by Perkades: by the Kepala Desa, to a budget in force with no revision in progress, of the
   * same village and year, without validation errors, dated no earlier than the last step, within
   * the rules of its kind (the pack's {@link PolicyPack#budgetChanges()}).
   */
  private ApbdesLifecycle changeBy(Transition t, Apbdes amended, LocalDate date, Official kepalaDesa, String perkades) {
    requireNonNull(amended, "amended");
    requireNonNull(date, "date");
    requireNonNull(perkades, "perkades");
    t.checkRole(kepalaDesa);
    if (inForce == null) {
      throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_ORDER, "budget", "no budget is in force yet: a change by Perkades amends an enacted budget"));
    }
    if (current().stage() != Stage.ENACTED) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "budget", "the budget is " + current().stage() + ": a change by Perkades amends the enacted budget in force (Permendagri 20/2018 Pasal 36 for a cancelled one)"));
    }
    if (revision.isPresent() && revision.get().stage() != Stage.ENACTED) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "budget", "the revision is in progress (" + revision.get().stage() + "): the change goes into the Perdes perubahan"));
    }
    if (!amended.village().equals(inForce.village()) || amended.fiscalYear() != inForce.fiscalYear()) {
      throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_ORDER, "budget", "a change is of the same village and fiscal year as the budget it changes"));
    }
    checkDate(date, current());
    if (!changes.isEmpty() && date.isBefore(changes.get(changes.size() - 1).step().date())) {
      throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_ORDER, "date", "step dated " + date + " comes before the previous change of " + changes.get(changes.size() - 1).step().date()));
    }
    PolicyPack.BudgetChanges rules = policy.budgetChanges().orElseThrow(() -> new RuleViolationException(
        Finding.error(Rule.BUDGET_CHANGE, "budget", "the " + policy.fiscalYear() + " policy pack sets no rules for changes by Perkades (budgetChanges)")));
    checkValid(amended, policy);
    List<String> wrong = switch (t) {
      case SHIFT -> BudgetChangeRules.shift(inForce, amended, rules);
      case LATE_GRANT -> {
        if (revision.isEmpty()) {
          throw new RuleViolationException(Finding.error(Rule.BUDGET_CHANGE, "budget", "a grant is added by Perkades only after the Perdes perubahan; before it, it goes into the perubahan"));
        }
        yield BudgetChangeRules.lateGrant(inForce, amended, rules);
      }
      case EMERGENCY -> {
        if (revision.isPresent()) {
          throw new RuleViolationException(Finding.error(Rule.BUDGET_CHANGE, "budget", "belanja tak terduga is detailed by Perkades before the perubahan; after it, the perubahan budgets it"));
        }
        yield BudgetChangeRules.emergency(inForce, amended, rules);
      }
      case DRAFT, AGREE, EVALUATE, ENACT, DRAFT_REVISION, EVALUATE_NEGATIVE, CORRECT, ENACT_DEEMED, CANCEL, CORRECT_CANCELLED -> throw new IllegalArgumentException(t + " is not a change by Perkades");
    };
    if (!wrong.isEmpty()) {
      throw new RuleViolationException(
          wrong.stream().map(w -> Finding.error(Rule.BUDGET_CHANGE, "budget", t.what + ": " + w + " (" + rules.reference().split(":")[0] + ")")).toList());
    }
    Change c = new Change(t, inForce, amended, new Step(Stage.ENACTED, date, kepalaDesa, perkades));
    return new ApbdesLifecycle(policy, original, revision, dates, ImmutableList.<Change>builder().addAll(changes).add(c).build(), amended);
  }

  /**
   * The Sekretaris Desa drafts the one revision of the year.
   *
   * @throws RuleViolationException if the original is not enacted, a revision exists already, or the
   *     revised budget is of another village or year (validation errors are recorded, and block its
   *     agreement and enactment)
   */
  public ApbdesLifecycle draftRevision(Apbdes revised, LocalDate date, Official sekdes, String reference) {
    requireNonNull(revised, "revised");
    Transition.DRAFT_REVISION.checkRole(sekdes);
    if (revision.isPresent()) {
      throw new RuleViolationException(
          Finding.error(Rule.REVISION_LIMIT, "revision", "the " + original.budget().fiscalYear() + " budget has been revised once already; a second revision is not allowed"));
    }
    if (original.stage() != Transition.DRAFT_REVISION.from) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "revision", "only an enacted budget can be revised; it is " + original.stage()));
    }
    if (!revised.village().equals(original.budget().village()) || revised.fiscalYear() != original.budget().fiscalYear()) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "revision", "a revision is of the same village and fiscal year as the budget it revises"));
    }
    checkDate(date, original);
    return new ApbdesLifecycle(
        policy, original, Optional.of(new Version(Kind.REVISION, revised, ImmutableList.of(new Step(Transition.DRAFT_REVISION.to, date, sekdes, reference)))), dates, changes,
        inForce);
  }

  private ApbdesLifecycle advance(Transition t, LocalDate date, Official actor, String reference) {
    t.checkRole(actor);
    Step step = new Step(t.to, date, actor, reference);
    Version v = current();
    checkFrom(t, v);
    checkDate(step.date(), v);
    if (t == Transition.AGREE || t == Transition.ENACT) {
      checkValid(v.budget(), policy);
    }
    ImmutableList.Builder<Finding> found = ImmutableList.<Finding>builder().addAll(dates);
    policy.budgetCalendar().ifPresent(c -> {
      if (t == Transition.AGREE && v.kind() == Kind.ORIGINAL) {
        LocalDate due = LocalDate.of(v.budget().fiscalYear() - 1, c.agreementByMonth(), 1).plusMonths(1).minusDays(1);
        if (date.isAfter(due)) {
          found.add(dateFinding(c, "date", "the RAPBDes " + v.budget().fiscalYear() + " is agreed with the BPD on " + date + ", after " + due,
              Map.of("date", date.toString(), "due", due.toString())));
        }
      } else if (t == Transition.ENACT) {
        enactmentDate(c, v, date, found);
      }
    });
    return with(v.plus(step), found.build());
  }

  /** The lifecycle with the current version replaced and these date findings. */
  private ApbdesLifecycle with(Version next, ImmutableList<Finding> found) {
    Apbdes force = next.stage() == Stage.ENACTED && current().stage() != Stage.ENACTED ? next.budget() : inForce;
    return revision.isPresent()
        ? new ApbdesLifecycle(policy, original, Optional.of(next), found, changes, force)
        : new ApbdesLifecycle(policy, next, Optional.empty(), found, changes, force);
  }

  /** The original enacted after the pack's day of the year before: a date finding. */
  private static void enactmentDate(PolicyPack.BudgetCalendar c, Version v, LocalDate date, ImmutableList.Builder<Finding> found) {
    if (v.kind() != Kind.ORIGINAL) {
      return;
    }
    LocalDate due = LocalDate.of(v.budget().fiscalYear() - 1, c.enactmentByMonth(), c.enactmentByDay());
    if (date.isAfter(due)) {
      found.add(dateFinding(c, "date", "the Perdes APBDes " + v.budget().fiscalYear() + " is enacted on " + date + ", after " + due,
          Map.of("date", date.toString(), "due", due.toString())));
    }
  }

  /** A {@link Rule#LIFECYCLE_DATE} finding of the pack's severity; an error refuses the step. */
  private static Finding dateFinding(PolicyPack.BudgetCalendar c, String path, String message, Map<String, String> data) {
    String m = message + " (" + c.reference().split(":")[0] + ")";
    if (c.severity() == Severity.ERROR) {
      throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_DATE, path, m, data));
    }
    return Finding.warning(Rule.LIFECYCLE_DATE, path, m, data);
  }

  private static void checkFrom(Transition t, Version v) {
    if (v.stage() != t.from) {
      throw new RuleViolationException(
          Finding.error(
              Rule.LIFECYCLE_ORDER,
              v.kind().name().toLowerCase(java.util.Locale.ROOT),
              "cannot move the " + v.kind().name().toLowerCase(java.util.Locale.ROOT) + " budget to " + t.to + " (" + t.what + "): it is " + v.stage()
                  + " (draft, agreed, evaluated, enacted, in that order, once each)",
              Map.of("stage", v.stage().name(), "requested", t.to.name())));
    }
  }

  private static void checkDate(LocalDate date, Version v) {
    requireNonNull(date, "date");
    LocalDate last = v.steps().get(v.steps().size() - 1).date();
    if (date.isBefore(last)) {
      throw new RuleViolationException(
          Finding.error(Rule.LIFECYCLE_ORDER, "date", "step dated " + date + " comes before the previous step of " + last, Map.of("date", date.toString(), "previous", last.toString())));
    }
  }

  private static void checkValid(Apbdes budget, PolicyPack policy) {
    BudgetValidation v = BudgetValidator.of(policy).validate(budget);
    if (!v.isClean()) {
      throw new RuleViolationException(v.errors());
    }
  }

  @Override
  public String toString() {
    return "ApbdesLifecycle[" + original.budget() + ", " + current().kind() + " " + current().stage() + "]";
  }
}
