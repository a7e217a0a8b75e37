package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.FundsDrawn;
import id.smartkampung.monitoring.assessment.MaterialDelivery;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.testkit.MonitoringScenario.Situation;
import id.smartkampung.monitoring.testkit.Places.Place;
import id.smartkampung.monitoring.testkit.Recipes.ProjectRecipe;
import id.smartkampung.monitoring.escalation.Escalation;
import id.smartkampung.monitoring.escalation.EscalationEvent;
import id.smartkampung.monitoring.escalation.EscalationStage;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.project.Dpal;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.plan.Addendum;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.plan.WorkSchedule;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.tranche.OutputActivity;
import id.smartkampung.monitoring.site.Site;
import id.smartkampung.monitoring.testkit.MonitoringScenario.Situation;
import id.smartkampung.monitoring.testkit.Places.Place;
import id.smartkampung.monitoring.testkit.Recipes.ProjectRecipe;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for e-Monitoring — <i>pembangkit data uji pemantauan kegiatan fisik</i> — for
 * auditors (Inspektorat, BPKP, BPK) and developers who test village project monitoring
 * property-based.
 *
 * <p>Everything generated is realistic in shape and size: projects of Banyuwangi villages under the
 * Permendagri 20/2018 kegiatan for roads (<i>rabat beton</i>, <i>paving</i>), drainage, retaining
 * walls (<i>talud</i>), culverts (<i>gorong-gorong</i>), bridges and Posyandu buildings, with output
 * targets such as "350 m", BAC from about Rp15 juta to about Rp540 juta (a multiple of
 * Rp10.000), a weekly S-curve (<i>kurva S</i>) built from a RAB or given as cumulative percentages,
 * finishing before 24 December of the fiscal year (2024 or 2025), sites as points or surveyed lines,
 * weekly progress reports (<i>laporan mingguan</i>) with 1–3 geotagged photos each (unique
 * SHA-256, taken within 30 m of the site, 0 % baseline photo in week 0).
 *
 * <p>{@link #scenarios()} generates whole {@link MonitoringScenario cases} in named {@link
 * Situation situations} — on track, behind, <i>kontrak kritis</i>, near the thresholds, fully paid
 * but unfinished, photo reused across projects, evidence off site, volume shortfall, progress going
 * backwards — each with a control that is the same case without the planted fault.
 *
 * <p>Cases are built deterministically from generated parameters (cosmetic detail such as a
 * photo's exact position comes from a generated seed), so
 * jqwik shrinks a failing case to a smaller one that is still in its situation. To see what a run
 * covered, call {@link MonitoringCoverage#collect(MonitoringScenario)} in the property.
 *
 * <p>All factories are thread-safe and return arbitraries that are never null. jqwik is an optional
 * dependency of {@code smartkampung-monitoring}: add {@code net.jqwik:jqwik} to use this class.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class MonitoringArbitraries {
  private static final BigDecimal HUNDRED = Recipes.HUNDRED;
  private static final BigDecimal MARGIN = MonitoringThresholds.defaults().spendingAheadMarginPp().value();
  private static final BigDecimal EARLY_PP = MonitoringThresholds.defaults().kritisEarlyPp().value();
  private static final BigDecimal LATE_PP = MonitoringThresholds.defaults().kritisLatePp().value();
  private static final BigDecimal BOUNDARY = MonitoringThresholds.defaults().kritisStageBoundary().value();
  private static final BigDecimal EPSILON = new BigDecimal("0.0001");

  private MonitoringArbitraries() {}

  // ------------------------------------------------------------------------------- values

  /**
   * Physical-progress percentages — <i>persentase fisik</i> — 0–100 with 4 decimals; edge cases 0,
   * 100 and the kontrak-kritis boundary 70 % come up often.
   */
  public static Arbitrary<Percent> percents() {
    Arbitrary<Percent> any = Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(Percent.SCALE).map(Percent::of);
    return Arbitraries.frequencyOf(
        Tuple.of(8, any), Tuple.of(1, Arbitraries.of(Percent.ZERO, Percent.HUNDRED, Percent.of(70), Percent.of(BOUNDARY.add(EPSILON)))));
  }

  /** Whole percentages 0–100. */
  public static Arbitrary<Percent> wholePercents() {
    return Arbitraries.integers().between(0, 100).map(Percent::of);
  }

  /** Villages — <i>desa</i> — of Kabupaten Banyuwangi (real names; illustrative kode desa). */
  public static Arbitrary<Village> villages() {
    return Arbitraries.of(Places.ALL).map(Place::village);
  }

  /** Points — <i>titik koordinat</i> — anywhere in Kabupaten Banyuwangi (WGS84, 6 decimals ≈ 0.1 m). */
  public static Arbitrary<GeoPoint> geoPoints() {
    return Combinators.combine(
            Arbitraries.doubles().between(Places.MIN_LAT, Places.MAX_LAT).ofScale(6),
            Arbitraries.doubles().between(Places.MIN_LON, Places.MAX_LON).ofScale(6))
        .as(GeoPoint::of);
  }

  /** Project sites — <i>lokasi kegiatan</i>: points (a culvert, a building) and surveyed lines (a road) in a village. */
  public static Arbitrary<Site> sites() {
    return Combinators.combine(Arbitraries.of(Places.ALL), Arbitraries.of(WorkType.class), Arbitraries.integers().between(0, 1000), Arbitraries.longs())
        .as((place, type, vol, salt) -> Recipes.site(place.centre(), type, volume(type, vol), new SplittableRandom(salt)));
  }

  /**
   * Work schedules of an item — <i>jadwal pelaksanaan</i>: even consecutive weeks (the usual bar),
   * even weeks with gaps, and uneven loads (1–100 per week, decimals included) over weeks 0–40.
   */
  public static Arbitrary<WorkSchedule> workSchedules() {
    Arbitrary<WorkSchedule> bars = Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 20))
        .as(WorkSchedule::contiguous);
    Arbitrary<WorkSchedule> gaps = Arbitraries.integers().between(0, 45).set().ofMinSize(1).ofMaxSize(12).map(WorkSchedule::inWeeks);
    Arbitrary<WorkSchedule> uneven = Arbitraries.maps(
            Arbitraries.integers().between(0, 45),
            Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("100")).ofScale(1))
        .ofMinSize(1).ofMaxSize(12)
        .map(WorkSchedule::ofLoads);
    return Arbitraries.frequencyOf(Tuple.of(3, bars), Tuple.of(1, gaps), Tuple.of(2, uneven));
  }

  /**
   * Single cost-plan items — <i>item RAB</i> — of any shape the RAB accepts: cost Rp0 to Rp50 juta
   * (zero-cost items included) or volume × unit price, any {@link #workSchedules() schedule}, about
   * one in five non-physical (honorarium, ATK, dokumentasi, papan nama), some numbered.
   */
  public static Arbitrary<RabItem> rabItems() {
    Arbitrary<RabItem> byCost = Combinators.combine(
            Arbitraries.of("Galian tanah", "Urugan pasir", "Beton K-175", "Bekisting", "Pasangan batu kali", "Papan nama"),
            Arbitraries.longs().between(0, 5_000_000_000L),
            workSchedules())
        .as((name, sen, schedule) -> RabItem.of(name, Idr.ofSen(sen), schedule));
    Arbitrary<RabItem> priced = Combinators.combine(
            Arbitraries.of("Beton K-225", "Besi beton", "Semen", "Pekerja (HOK)", "Tukang (HOK)"),
            Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500")).ofScale(2),
            Arbitraries.longs().between(0, 2_000_000),
            workSchedules())
        .as((name, volume, rupiah, schedule) -> RabItem.priced(name, volume, "m3", Idr.ofSen(rupiah * 100), schedule));
    Arbitrary<RabItem> physical = Arbitraries.frequencyOf(Tuple.of(3, byCost), Tuple.of(1, priced));
    return Combinators.combine(physical, Arbitraries.integers().between(0, 9))
        .as((item, dice) -> dice < 2 ? item.nonPhysical() : item);
  }

  /**
   * Cost plans — <i>RAB</i> — of 1–12 {@link #rabItems()} (names made unique, about half of them
   * numbered {@code I.1}, {@code I.2}, …) with a positive cost of physical work.
   */
  public static Arbitrary<Rab> rabs() {
    Arbitrary<List<RabItem>> lists = rabItems().list().ofMinSize(1).ofMaxSize(12)
        .filter(list -> list.stream().anyMatch(i -> i.isPhysical() && i.cost().isPositive()));
    return Combinators.combine(lists, Arbitraries.of(true, false))
        .as((list, numbered) -> {
          List<RabItem> named = new ArrayList<>(list.size());
          for (int i = 0; i < list.size(); i++) {
            RabItem r = list.get(i);
            RabItem n = new RabItem(r.number(), r.name() + " " + (i + 1), r.kind(), r.cost(), r.unitPrice(), r.schedule(), r.volume(), r.unit());
            named.add(numbered ? n.withNumber("I." + (i + 1)) : n);
          }
          return Rab.of(named);
        });
  }

  /**
   * Planned S-curves — <i>kurva S rencana</i>: weekly curves from {@link #rabs()}, S-shaped or linear
   * weekly curves of 2–60 weeks, and arbitrary non-decreasing cumulative plans (flat stretches and
   * jumps included) of 1–60 periods of 1–31 days.
   */
  public static Arbitrary<PlannedCurve> plannedCurves() {
    Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 300).map(d -> LocalDate.of(2025, 1, 6).plusDays(d));
    Arbitrary<PlannedCurve> fromRab = Combinators.combine(starts, rabs()).as(PlannedCurve::fromRab);
    Arbitrary<PlannedCurve> shaped = Combinators.combine(starts, Arbitraries.integers().between(2, 60), Arbitraries.integers().between(1, 4))
        .as(Recipes::sCurve);
    Arbitrary<PlannedCurve> cumulative = Combinators.combine(
            starts, Arbitraries.integers().between(1, 31), Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(60))
        .as((start, days, steps) -> PlannedCurve.ofCumulative(start, days, cumulative(steps)));
    return Arbitraries.oneOf(fromRab, shaped, cumulative);
  }

  /** Output targets — <i>target keluaran</i> — such as 350 m of rabat beton or 2 unit gorong-gorong. */
  public static Arbitrary<OutputTarget> outputTargets() {
    return Combinators.combine(Arbitraries.of(WorkType.class), Arbitraries.integers().between(0, 1000))
        .as((type, vol) -> OutputTarget.of(volume(type, vol), type.unit));
  }

  /**
   * Physical projects — <i>kegiatan fisik</i> — as described in the class comment; half of them with
   * a unit-cost benchmark (<i>HSPK</i>) between 80 % and 130 % of their unit price.
   */
  public static Arbitrary<Project> projects() {
    return projectRecipes(false).map(ProjectRecipe::build);
  }

  /**
   * Projects whose plan is an engineer's RAB ({@link #rabs()}): numbered items, non-physical ones
   * (honorarium, ATK, papan nama), lines priced by unit price, uneven loads and paused weeks.
   */
  public static Arbitrary<Project> rabPlanProjects() {
    return Combinators.combine(projects(), rabs()).as((p, rab) -> p.withPlan(PlannedCurve.fromRab(p.start(), rab)));
  }

  /**
   * Projects re-baselined by a contract addendum — <i>adendum / CCO</i>: the signed plan stretched
   * (1–6 more periods) or compressed (1–3 fewer) into a new kurva S of the same start and period,
   * effective 1 day to 1 period after the end of period 1 … n−1 of the signed plan.
   */
  public static Arbitrary<Project> addendumProjects() {
    return projects().filter(p -> p.plan().periods() >= 2).flatMap(p -> {
      PlannedCurve c = p.plan();
      int n = c.periods();
      return Combinators.combine(
              Arbitraries.integers().between(1, n - 1),
              Arbitraries.integers().between(1, c.periodDays()),
              Arbitraries.oneOf(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(-3, -1)))
          .as((k, offset, extra) -> {
            int r = Math.max(1, n + extra);
            List<Percent> pts = new ArrayList<>(r + 1);
            for (int j = 0; j <= r; j++) {
              if (j == r) {
                pts.add(Percent.HUNDRED);
                continue;
              }
              BigDecimal x = BigDecimal.valueOf((long) j * n).divide(BigDecimal.valueOf(r), 12, RoundingMode.HALF_EVEN);
              int k0 = x.intValue();
              BigDecimal frac = x.subtract(BigDecimal.valueOf(k0));
              BigDecimal lo = c.cumulative().get(k0).value();
              BigDecimal hi = c.cumulative().get(Math.min(n, k0 + 1)).value();
              pts.add(Percent.rounded(lo.add(hi.subtract(lo).multiply(frac)), RoundingMode.HALF_EVEN));
            }
            PlannedCurve changed = PlannedCurve.ofCumulative(c.start(), c.periodDays(), pts);
            LocalDate date = c.start().plusDays((long) (k - 1) * c.periodDays() + offset);
            return p.withAddendum(Addendum.of(date, "ADD-" + k + "/" + p.fiscalYear(), changed));
          });
    });
  }

  /**
   * Work carried into the next year by a DPAL — <i>kegiatan lanjutan</i>: a {@link
   * #runningPastYearEnd()} case whose project is continued into the next fiscal year by a DPAL dated
   * up to three weeks before the assessment date (so in force), with 0–100 % of what was paid
   * recorded as paid in the earlier year and the rest as this year's actual cost.
   */
  public static Arbitrary<MonitoringScenario> carriedByDpal() {
    return Combinators.combine(runningPastYearEnd(), Arbitraries.integers().between(0, 21), Arbitraries.integers().between(0, 100))
        .as((s, back, share) -> {
          Project p = s.project();
          LocalDate date = s.date().minusDays(back);
          if (date.getYear() < p.fiscalYear()) {
            date = LocalDate.of(p.fiscalYear(), 1, 1);
          }
          long paid = Idr.toSen(s.subject().actualCost());
          long before = paid / 100 * share;
          Project carried = p.continuedBy(Dpal.of(p.fiscalYear() + 1, date, "DPAL " + (p.fiscalYear() + 1) + "/" + p.id().value(), Idr.ofSen(before)));
          MonitoredProject mp = new MonitoredProject(carried, s.subject().reports(), Idr.ofSen(paid - before), s.subject().escalation(), s.subject().funds());
          return new MonitoringScenario(Situation.RUNNING_PAST_YEAR_END, mp, mp, ImmutableList.of(), s.date());
        });
  }

  /**
   * Photo uses across a province — <i>pemakaian foto</i>: 0–60 uses of a pool of 1–12 photos (so
   * that photos recur) in 6 villages of 3 districts (two in Banyuwangi 35.10, Jember 35.09,
   * Sleman 34.04), 4 projects each, report dates within 30 days.
   */
  public static Arbitrary<List<Tuple.Tuple2<PhotoHash, id.smartkampung.monitoring.evidence.PhotoUse>>> photoUses() {
    List<String> villages = List.of("35.10.16.2003", "35.10.16.2004", "35.09.01.2001", "35.09.02.2002", "34.04.05.2001", "34.04.05.2002");
    return Arbitraries.integers().between(1, 12).flatMap(pool -> Combinators.combine(
            Arbitraries.integers().between(0, pool - 1),
            Arbitraries.of(villages),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(0, 30))
        .as((photo, village, project, day) -> Tuple.of(
            Recipes.photo("national", photo),
            new id.smartkampung.monitoring.evidence.PhotoUse(village, id.smartkampung.monitoring.project.ProjectId.of("2025-02.03.10-0" + project),
                LocalDate.of(2025, 4, 1).plusDays(day))))
        .list().ofMaxSize(60));
  }

  /** Photo hashes — <i>sidik foto</i> — SHA-256 of distinct synthetic photos. */
  public static Arbitrary<PhotoHash> photoHashes() {
    return Arbitraries.longs().map(n -> Recipes.photo("hash", n));
  }

  /** Photo evidence taken on the site: within 30 m of it, GPS accuracy 3–15 m. */
  public static Arbitrary<Evidence> evidenceOnSite(Site site) {
    requireNonNull(site, "site");
    return Combinators.combine(photoHashes(), Arbitraries.longs(), Arbitraries.integers().between(3, 15), dayTimes())
        .as((h, salt, acc, t) -> Evidence.of(h, Recipes.onSite(site, new SplittableRandom(salt)), acc, t));
  }

  /**
   * Photo evidence taken off the site: 1–20 km beyond its far end (farther than any on-site radius
   * max(50 m, 2 × accuracy) with accuracy up to 50 m).
   */
  public static Arbitrary<Evidence> evidenceOffSite(Site site) {
    requireNonNull(site, "site");
    return Combinators.combine(
            photoHashes(), Arbitraries.doubles().between(1_000, 20_000), Arbitraries.doubles().between(0, 360),
            Arbitraries.integers().between(3, 50), dayTimes())
        .as((h, far, bearing, acc, t) -> Evidence.of(h, offSite(site, far, bearing), acc, t));
  }

  /**
   * Weekly progress series of the project — <i>laporan kemajuan mingguan</i> — from its start, with
   * monotone cumulative progress: on plan, ahead or behind it by up to 30 pp, for 1 week to 2 weeks
   * past the planned finish. Week 0 is the 0 % baseline report; 100 % reports carry the full
   * measured volume; every photo is on site.
   */
  public static Arbitrary<List<ProgressReport>> weeklySeries(Project project) {
    requireNonNull(project, "project");
    int n = project.plan().periods();
    return Combinators.combine(Arbitraries.integers().between(1, n + 2), deviations(-5, 30), Arbitraries.longs())
        .as((k, d, salt) -> (List<ProgressReport>) Recipes.weeklyReports(project, path(project, k, d, HUNDRED), project.output().volume(), salt));
  }

  /**
   * Weekly series with one planted regression — <i>progres mundur</i>: one report (from the third
   * on) lower than the one before it by 0.5–30 pp; otherwise as {@link #weeklySeries}.
   */
  public static Arbitrary<List<ProgressReport>> seriesWithRegression(Project project) {
    requireNonNull(project, "project");
    int n = project.plan().periods();
    return Combinators.combine(
            Arbitraries.integers().between(2, n + 2), Arbitraries.integers().between(0, 1000), deviations(1, 30).map(BigDecimal::abs),
            deviations(-3, -1), Arbitraries.longs())
        .as((k, at, drop, ahead, salt) -> {
          BigDecimal[] a = path(project, k, ahead, HUNDRED);
          regress(a, 2 + at * (k - 1) / 1001, drop);
          return (List<ProgressReport>) Recipes.weeklyReports(project, a, project.output().volume(), salt);
        });
  }

  /**
   * Dana Desa activities' outputs — <i>keluaran kegiatan Dana Desa</i> — physical or not: BLT Dana
   * Desa in family-months (10–120 families × 3–12 months), trainings in participants, capital paid
   * in to the BUMDes in rupiah, culverts in units; realised from nothing to 20 % above target.
   */
  public static Arbitrary<OutputActivity> outputActivities() {
    Arbitrary<String[]> kinds = Arbitraries.of(
        new String[] {"02.03.15", "Gorong-gorong", "unit", "1", "6"},
        new String[] {"05.03.01", "BLT Dana Desa", "KPM-bulan", "30", "1440"},
        new String[] {"04.02.02", "Pelatihan kader posyandu", "orang", "10", "60"},
        new String[] {"02.03.10", "Rabat beton jalan", "m", "100", "800"});
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1200))
        .as((k, t, r) -> {
          long lo = Long.parseLong(k[3]);
          long hi = Long.parseLong(k[4]);
          BigDecimal target = BigDecimal.valueOf(lo + (hi - lo) * t / 1000);
          BigDecimal realised = target.multiply(BigDecimal.valueOf(r)).divide(BigDecimal.valueOf(1000), 2, RoundingMode.DOWN);
          return OutputActivity.of(KegiatanCode.parse(k[0]), k[1], OutputTarget.of(target, k[2]), realised);
        });
  }

  // ------------------------------------------------------------------------------- cases

  /** Monitored projects — <i>data pemantauan kegiatan</i> — of every situation (the subjects of {@link #scenarios()}). */
  public static Arbitrary<MonitoredProject> monitoredProjects() {
    return scenarios().map(MonitoringScenario::subject);
  }

  /** Cases of every {@link Situation}, in about equal shares (near-threshold cases twice as often). */
  public static Arbitrary<MonitoringScenario> scenarios() {
    return scenarios(EnumSet.allOf(Situation.class));
  }

  /** Cases of the given situations, in about equal shares (near-threshold cases twice as often). */
  public static Arbitrary<MonitoringScenario> scenarios(Set<Situation> situations) {
    List<Tuple.Tuple2<Integer, Arbitrary<MonitoringScenario>>> parts = new ArrayList<>();
    for (Situation s : situations) {
      parts.add(Tuple.of(s == Situation.NEAR_THRESHOLD ? 2 : 1, scenarios(s)));
    }
    if (parts.size() == 1) {
      return parts.get(0).get2();
    }
    return Arbitraries.frequencyOf(parts.toArray(Tuple.Tuple2[]::new));
  }

  /**
   * Cases of one situation. Combined edge cases are switched off: the interesting boundaries are
   * planted on purpose (see {@link Situation#NEAR_THRESHOLD}), and jqwik's edge cases of a case built
   * from a dozen parameters would crowd out the random ones.
   */
  public static Arbitrary<MonitoringScenario> scenarios(Situation situation) {
    Arbitrary<MonitoringScenario> cases = switch (requireNonNull(situation, "situation")) {
      case ON_TRACK -> onTrack();
      case BEHIND -> behind();
      case KONTRAK_KRITIS -> kontrakKritis();
      case RUNNING_PAST_YEAR_END -> runningPastYearEnd();
      case NEAR_THRESHOLD -> nearThreshold();
      case FULLY_PAID_UNFINISHED -> fullyPaidUnfinished();
      case PHOTO_REUSED_ACROSS_PROJECTS -> photoReusedAcrossProjects();
      case EVIDENCE_OFF_SITE -> evidenceOffSite();
      case VOLUME_SHORTFALL -> volumeShortfall();
      case PROGRESS_BACKWARDS -> progressBackwards();
      case UNVERIFIED_REPORT -> unverifiedReport();
      case ESCALATION -> escalation();
      case FUNDS_DRAWN_AHEAD -> fundsDrawnAhead();
    };
    return cases.withoutEdgeCases();
  }

  /**
   * On track — <i>sesuai rencana</i>: progress on the S-curve or up to 3 pp ahead, assessed at a
   * week's report from week 1 to two weeks after the planned finish, 80–100 % of the built value
   * paid, unit price within any benchmark, clean evidence. Such a case raises no red flag.
   */
  public static Arbitrary<MonitoringScenario> onTrack() {
    return projectRecipes(true).flatMap(r -> {
      Project p = r.build();
      int n = p.plan().periods();
      return Combinators.combine(Arbitraries.integers().between(1, n + 2), deviations(-3, 0), Arbitraries.integers().between(800, 1000))
          .as((k, d, pay) -> {
            BigDecimal[] a = path(p, k, d, HUNDRED);
            MonitoredProject mp = monitored(p, a, p.output().volume(), paid(p, a[k], pay), r.salt());
            return new MonitoringScenario(Situation.ON_TRACK, mp, mp, ImmutableList.of(), p.start().plusWeeks(k));
          });
    });
  }

  /** Behind — <i>terlambat</i>: behind the S-curve by more than 0 and less than the stage's kontrak-kritis limit. */
  public static Arbitrary<MonitoringScenario> behind() {
    return projectRecipes(false).flatMap(r -> {
      Project p = r.build();
      int n = p.plan().periods();
      return Combinators.combine(Arbitraries.integers().between(1, n), Arbitraries.integers().between(1, 999), Arbitraries.integers().between(800, 1000))
          .as((k, f, pay) -> {
            BigDecimal planned = Recipes.planned(p, k);
            BigDecimal limit = planned.compareTo(BOUNDARY) > 0 ? LATE_PP : EARLY_PP;
            BigDecimal d = limit.multiply(BigDecimal.valueOf(f)).divide(BigDecimal.valueOf(1000), 4, RoundingMode.DOWN).min(planned);
            BigDecimal[] a = path(p, k, d, HUNDRED);
            MonitoredProject mp = monitored(p, a, p.output().volume(), paid(p, a[k], pay), r.salt());
            return new MonitoringScenario(Situation.BEHIND, mp, mp, ImmutableList.of(), p.start().plusWeeks(k));
          });
    });
  }

  /**
   * <i>Kontrak kritis</i>: assessed at a week with more than 12 % planned, behind by more than the
   * stage's limit (10 pp up to 70 % planned, 5 pp above) — up to 40 pp more.
   */
  public static Arbitrary<MonitoringScenario> kontrakKritis() {
    return projectRecipes(false).flatMap(r -> {
      Project p = r.build();
      List<Integer> weeks = weeksWhere(p, pl -> pl.compareTo(BigDecimal.valueOf(12)) > 0);
      return Combinators.combine(Arbitraries.of(weeks), deviations(0, 40), Arbitraries.integers().between(800, 1000))
          .as((k, extra, pay) -> {
            BigDecimal planned = Recipes.planned(p, k);
            BigDecimal limit = planned.compareTo(BOUNDARY) > 0 ? LATE_PP : EARLY_PP;
            BigDecimal d = limit.add(extra.abs()).add(EPSILON).min(planned);
            BigDecimal[] a = path(p, k, d, HUNDRED);
            MonitoredProject mp = monitored(p, a, p.output().volume(), paid(p, a[k], pay), r.salt());
            return new MonitoringScenario(Situation.KONTRAK_KRITIS, mp, mp, ImmutableList.of(), p.start().plusWeeks(k));
          });
    });
  }

  /**
   * Running past the year end — <i>melampaui tahun anggaran</i>: a project whose plan is moved to
   * finish 1–4 weeks after 31 December of its fiscal year, assessed at a week in the late stage
   * (planned &gt; 70 %, on or before 31 December where there is one), from 3 pp ahead of the plan to
   * 4.9999 pp behind it, paid no more than built. The third kontrak-kritis condition (behind, and the
   * forecast finish after the fiscal year) decides whether it is critical.
   */
  public static Arbitrary<MonitoringScenario> runningPastYearEnd() {
    return projectRecipes(false).flatMap(r -> {
      Project base = r.build();
      int n = base.plan().periods();
      return Arbitraries.integers().between(1, 4).flatMap(over -> {
        LocalDate start = LocalDate.of(base.fiscalYear(), 12, 31).plusWeeks(over).minusWeeks(n);
        PlannedCurve moved = base.plan().rab().isPresent()
            ? PlannedCurve.fromRab(start, base.plan().rab().get())
            : PlannedCurve.ofCumulative(start, base.plan().periodDays(), base.plan().cumulative());
        Project p = base.withPlan(moved);
        LocalDate yearEnd = p.fiscalYearEnd();
        List<Integer> late = weeksWhere(p, pl -> pl.compareTo(BOUNDARY) > 0);
        List<Integer> inYear = late.stream().filter(k -> !p.start().plusWeeks(k).isAfter(yearEnd)).toList();
        Arbitrary<BigDecimal> dev = Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)), Tuple.of(4, deviations(-3, 5).map(d -> d.min(LATE_PP.subtract(EPSILON)))));
        return Combinators.combine(Arbitraries.of(inYear.isEmpty() ? late : inYear), dev, Arbitraries.integers().between(800, 1000))
            .as((k, d, pay) -> {
              BigDecimal[] a = path(p, k, d.min(Recipes.planned(p, k)), HUNDRED);
              MonitoredProject mp = monitored(p, a, p.output().volume(), paid(p, a[k], pay), r.salt());
              return new MonitoringScenario(Situation.RUNNING_PAST_YEAR_END, mp, mp, ImmutableList.of(), p.start().plusWeeks(k));
            });
      });
    });
  }

  /**
   * Near the thresholds — <i>di sekitar ambang batas</i>: in the early (≤ 70 % planned) or late
   * stage, behind by exactly 10 pp or 5 pp or 0.0001 pp either side of them (or anything from 3 pp
   * ahead to 15 pp behind), and paid exactly the spending-ahead margin (10 pp) above the physical
   * progress or 0.0001 pp either side of it (or anything from 0 % to 130 %). The default {@link
   * MonitoringThresholds} are the thresholds aimed at.
   */
  public static Arbitrary<MonitoringScenario> nearThreshold() {
    return projectRecipes(false).flatMap(r -> {
      Project p = r.build();
      List<Integer> early = weeksWhere(p, pl -> pl.compareTo(EARLY_PP.add(EPSILON)) > 0 && pl.compareTo(BOUNDARY) <= 0);
      List<Integer> late = weeksWhere(p, pl -> pl.compareTo(BOUNDARY) > 0);
      Arbitrary<Integer> weeks = early.isEmpty() ? Arbitraries.of(late) : Arbitraries.oneOf(Arbitraries.of(early), Arbitraries.of(late));
      Arbitrary<BigDecimal> edges = Arbitraries.of(
          EARLY_PP.subtract(EPSILON), EARLY_PP, EARLY_PP.add(EPSILON), LATE_PP.subtract(EPSILON), LATE_PP, LATE_PP.add(EPSILON));
      Arbitrary<BigDecimal> dev = Arbitraries.frequencyOf(Tuple.of(3, edges), Tuple.of(1, deviations(-3, 15)));
      Arbitrary<BigDecimal> payEdge = Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.of(EPSILON.negate(), BigDecimal.ZERO, EPSILON)), Tuple.of(1, deviations(-100, 30)));
      return Combinators.combine(weeks, dev, payEdge).as((k, d, e) -> {
        BigDecimal[] a = path(p, k, d.min(Recipes.planned(p, k)), HUNDRED);
        BigDecimal paidPercent = a[k].add(MARGIN).add(e).max(BigDecimal.ZERO);
        long ac = Recipes.bacSen(p) / 1_000_000 * paidPercent.movePointRight(4).longValueExact(); // exact: BAC is a multiple of 1 000 000 sen
        MonitoredProject mp = monitored(p, a, p.output().volume(), ac, r.salt());
        return new MonitoringScenario(Situation.NEAR_THRESHOLD, mp, mp, ImmutableList.of(), p.start().plusWeeks(k));
      });
    });
  }

  /**
   * Fully paid but unfinished — <i>dibayar lunas, fisik belum 100 %</i>: AC from exactly BAC to 25 %
   * above it while physical progress stays between 50 % and just under 100 %. The control is paid
   * only the value built.
   */
  public static Arbitrary<MonitoringScenario> fullyPaidUnfinished() {
    return projectRecipes(false).flatMap(r -> {
      Project p = r.build();
      int n = p.plan().periods();
      Arbitrary<BigDecimal> caps = Arbitraries.bigDecimals().between(BigDecimal.valueOf(50), new BigDecimal("99.9999")).ofScale(4);
      Arbitrary<Integer> overPermille = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(3, Arbitraries.integers().between(1, 250)));
      return Combinators.combine(Arbitraries.integers().between(1, n + 1), deviations(-3, 30), caps, overPermille)
          .as((k, d, cap, over) -> {
            BigDecimal[] a = path(p, k, d, cap);
            long ac = BigDecimal.valueOf(Recipes.bacSen(p)).multiply(BigDecimal.valueOf(1000 + over)).divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING).longValueExact();
            MonitoredProject mp = monitored(p, a, p.output().volume(), ac, r.salt());
            MonitoredProject control = monitored(p, a, p.output().volume(), Recipes.share(Recipes.bacSen(p), a[k]), r.salt());
            return new MonitoringScenario(Situation.FULLY_PAID_UNFINISHED, mp, control, ImmutableList.of(), p.start().plusWeeks(k));
          });
    });
  }

  /**
   * A photo reused across projects — <i>foto dipakai ulang</i>: two clean on-track projects of one
   * fiscal year (in the same village or in two villages); one photo of a report of the other reappears in a report of
   * the subject on or before the assessment date. The control is the subject without that photo.
   */
  public static Arbitrary<MonitoringScenario> photoReusedAcrossProjects() {
    return Combinators.combine(onTrack(), projectRecipes(true), Arbitraries.of(true, false), Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000))
        .as((base, otherRecipe, sameVillage, kOther, pickFrom, pickTo) -> {
          ProjectRecipe o = otherRecipe;
          ProjectRecipe other = new ProjectRecipe(sameVillage ? placeOf(base.project()) : o.place(), o.type(), o.volumePermille(),
              o.pricePermille(), base.project().fiscalYear(), o.startWeek(), o.weeks(), o.planShape(), 10 + o.seq(), o.contractor(), o.benchmarkPercent(), ~o.salt());
          Project op = other.build();
          int k = 1 + kOther * (op.plan().periods() + 1) / 1001;
          BigDecimal[] a = path(op, k, BigDecimal.ZERO, HUNDRED);
          MonitoredProject om = monitored(op, a, op.output().volume(), Recipes.share(Recipes.bacSen(op), a[k]), other.salt());
          ProgressReport from = om.reports().get(pickFrom * om.reports().size() / 1001);
          MonitoredProject s = base.subject();
          int to = pickTo * s.reports().size() / 1001;
          List<ProgressReport> reports = new ArrayList<>(s.reports());
          reports.set(to, reports.get(to).plusEvidence(from.evidence().get(0)));
          MonitoredProject planted = new MonitoredProject(s.project(), ImmutableList.copyOf(reports), s.actualCost());
          return new MonitoringScenario(Situation.PHOTO_REUSED_ACROSS_PROJECTS, planted, s, ImmutableList.of(om), base.date());
        });
  }

  /**
   * Evidence off site — <i>foto di luar lokasi</i>: a clean on-track case whose every photo is moved
   * 1–20 km beyond the far end of the site (the same shift for all). The control is the unmoved case.
   */
  public static Arbitrary<MonitoringScenario> evidenceOffSite() {
    return Combinators.combine(onTrack(), Arbitraries.doubles().between(1_000, 20_000), Arbitraries.doubles().between(0, 360))
        .as((base, far, bearing) -> {
          MonitoredProject s = base.subject();
          GeoPoint to = offSite(s.project().site(), far, bearing);
          ImmutableList<ProgressReport> moved = s.reports().stream()
              .map(r -> r.withEvidence(r.evidence().stream().map(e -> e.withLocation(to)).toList()))
              .collect(ImmutableList.toImmutableList());
          MonitoredProject shifted = new MonitoredProject(s.project(), moved, s.actualCost());
          return new MonitoringScenario(Situation.EVIDENCE_OFF_SITE, shifted, s, ImmutableList.of(), base.date());
        });
  }

  /**
   * Volume shortfall — <i>kekurangan volume</i>: reported 100 % on plan, but the measured output is
   * 50–97 % of the target (below the default 2 % tolerance). The control measures the full target.
   */
  public static Arbitrary<MonitoringScenario> volumeShortfall() {
    return projectRecipes(true).flatMap(r -> {
      Project p = r.build();
      int n = p.plan().periods();
      return Combinators.combine(Arbitraries.integers().between(n, n + 2), deviations(-3, 0), Arbitraries.integers().between(500, 970),
              Arbitraries.integers().between(800, 1000))
          .as((k, d, f, pay) -> {
            BigDecimal[] a = path(p, k, d, HUNDRED);
            BigDecimal target = p.output().volume();
            BigDecimal measured = target.multiply(BigDecimal.valueOf(f)).divide(BigDecimal.valueOf(1000), 2, RoundingMode.DOWN);
            long ac = paid(p, a[k], pay);
            MonitoredProject mp = monitored(p, a, measured, ac, r.salt());
            MonitoredProject control = monitored(p, a, target, ac, r.salt());
            return new MonitoringScenario(Situation.VOLUME_SHORTFALL, mp, control, ImmutableList.of(), p.start().plusWeeks(k));
          });
    });
  }

  /**
   * Progress going backwards — <i>progres mundur</i>: a clean case 1–3 pp ahead whose report in
   * week 2 or later is lowered by 0.5–30 pp below the one before. The control is the monotone case.
   */
  public static Arbitrary<MonitoringScenario> progressBackwards() {
    return projectRecipes(true).flatMap(r -> {
      Project p = r.build();
      int n = p.plan().periods();
      return Combinators.combine(Arbitraries.integers().between(2, n + 2), Arbitraries.integers().between(0, 1000), deviations(1, 30).map(BigDecimal::abs),
              deviations(-3, -1), Arbitraries.integers().between(800, 1000))
          .as((k, at, drop, d, pay) -> {
            BigDecimal[] a = path(p, k, d, HUNDRED);
            long ac = paid(p, a[k], pay);
            MonitoredProject control = monitored(p, a, p.output().volume(), ac, r.salt());
            BigDecimal[] lowered = a.clone();
            regress(lowered, 2 + at * (k - 1) / 1001, drop.max(new BigDecimal("0.5")));
            MonitoredProject mp = monitored(p, lowered, p.output().volume(), ac, r.salt());
            return new MonitoringScenario(Situation.PROGRESS_BACKWARDS, mp, control, ImmutableList.of(), p.start().plusWeeks(k));
          });
    });
  }

  /**
   * An unverified report — <i>laporan belum diverifikasi</i>: a clean on-track case assessed in week
   * 3 or later, one of whose reports at least three weeks old was never verified, or verified only
   * 1–30 days after the assessment date. The control is the clean case.
   */
  public static Arbitrary<MonitoringScenario> unverifiedReport() {
    int limit = MonitoringThresholds.defaults().unverifiedAfterDays();
    return projectRecipes(true).flatMap(r -> {
      Project p = r.build();
      int n = p.plan().periods();
      return Combinators.combine(Arbitraries.integers().between(3, n + 2), deviations(-3, 0), Arbitraries.integers().between(800, 1000),
              Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 30))
          .as((k, d, pay, at, late) -> {
            BigDecimal[] a = path(p, k, d, HUNDRED);
            MonitoredProject control = monitored(p, a, p.output().volume(), paid(p, a[k], pay), r.salt());
            LocalDate date = p.start().plusWeeks(k);
            int old = (int) ((k - (limit / 7 + 1)) * (long) at / 1001); // a week whose report is more than the limit old
            List<ProgressReport> reports = new ArrayList<>(control.reports());
            ProgressReport chosen = reports.get(old);
            reports.set(old, late == 0 ? chosen.unverified()
                : chosen.verifiedBy(chosen.verifiedBy().orElse("Kasi Pembangunan"), date.plusDays(late)));
            MonitoredProject mp = new MonitoredProject(p, ImmutableList.copyOf(reports), control.actualCost());
            return new MonitoringScenario(Situation.UNVERIFIED_REPORT, mp, control, ImmutableList.of(), date);
          });
    });
  }

  /**
   * Escalation — <i>penanganan kontrak kritis</i>: a contractor's project 12–20 pp behind from a week
   * with more than 25 % planned, assessed at a weekly report from that week to six weeks past the
   * planned finish; its escalation is the first 1–6 steps of the ladder (SCM I, SP I, SCM II, SP II,
   * SCM III, SP III), three days apart from the critical week (each meeting with a 7-day test), and,
   * when assessed past the planned finish, an extension from the later of the planned finish and the
   * last step, for 10–60 days past the planned finish. The control is the same without escalation.
   */
  public static Arbitrary<MonitoringScenario> escalation() {
    EscalationStage[] ladder = {EscalationStage.SHOW_CAUSE_MEETING_1, EscalationStage.WARNING_LETTER_1, EscalationStage.SHOW_CAUSE_MEETING_2,
        EscalationStage.WARNING_LETTER_2, EscalationStage.SHOW_CAUSE_MEETING_3, EscalationStage.WARNING_LETTER_3};
    return projectRecipes(false).flatMap(r -> {
      Project p = r.build().withImplementer(Implementer.contractor("CV Karya " + r.place().village().name()));
      int n = p.plan().periods();
      List<Integer> weeks = weeksWhere(p, pl -> pl.compareTo(BigDecimal.valueOf(25)) > 0);
      return Combinators.combine(Arbitraries.of(weeks), Arbitraries.integers().between(0, 1000), deviations(12, 20),
              Arbitraries.integers().between(1, 6), Arbitraries.integers().between(10, 60), Arbitraries.integers().between(800, 1000))
          .as((k0, at, d, steps, ext, pay) -> {
            int k = k0 + (n + 6 - k0) * at / 1001;
            BigDecimal[] a = path(p, k, d, HUNDRED);
            MonitoredProject control = monitored(p, a, p.output().volume(), paid(p, a[k], pay), r.salt());
            LocalDate date = p.start().plusWeeks(k);
            LocalDate critical = p.start().plusWeeks(k0);
            List<EscalationEvent> events = new ArrayList<>();
            LocalDate last = critical;
            for (int i = 0; i < steps; i++) {
              LocalDate when = critical.plusDays(3L * i);
              String doc = ladder[i].label().replace(' ', '-') + "/" + p.id() + "/" + when.getYear();
              events.add(ladder[i].name().startsWith("SHOW") ? EscalationEvent.until(ladder[i], when, doc, when.plusDays(7))
                  : EscalationEvent.of(ladder[i], when, doc));
              last = when;
            }
            if (date.isAfter(p.plannedFinish())) {
              LocalDate from = last.isAfter(p.plannedFinish()) ? last : p.plannedFinish();
              LocalDate until = p.plannedFinish().plusDays(ext);
              if (until.isAfter(from)) {
                events.add(EscalationEvent.until(EscalationStage.EXTENSION, from, "ADD-01/" + p.id(), until));
              }
            }
            MonitoredProject mp = control.withEscalation(Escalation.of(events));
            return new MonitoringScenario(Situation.ESCALATION, mp, control, ImmutableList.of(), date);
          });
    });
  }

  /**
   * Funds drawn ahead — <i>dana ditarik di muka</i> — or rightly offset: a clean on-track case
   * (paid 80–100 % of the value built) plus one of: panjar of its kegiatan outstanding (2–40 % of
   * BAC); a contractor's advance of 20–30 % of BAC paid on top and 0–100 % of it recovered; or
   * materials delivered to site with a photo, 2–40 % of BAC, paid on top. The control is the same
   * project with nothing drawn beyond AC.
   */
  public static Arbitrary<MonitoringScenario> fundsDrawnAhead() {
    return projectRecipes(true).flatMap(r -> {
      Project p = r.build().withImplementer(Implementer.contractor("CV Karya " + r.place().village().name()));
      int n = p.plan().periods();
      long bacSen = Recipes.bacSen(p);
      return Combinators.combine(Arbitraries.integers().between(1, n), deviations(-3, 0), Arbitraries.integers().between(800, 1000),
              Arbitraries.integers().between(0, 2), Arbitraries.integers().between(20, 400), Arbitraries.integers().between(0, 1000))
          .as((k, d, pay, kind, permille, recoveredPermille) -> {
            BigDecimal[] a = path(p, k, d, HUNDRED);
            long built = paid(p, a[k], pay);
            LocalDate date = p.start().plusWeeks(k);
            long extra = bacSen / 1_000_000 * permille * 1_000; // whole rupiah: BAC is a multiple of 1 000 000 sen
            FundsDrawn funds;
            long ac = built;
            if (kind == 0) {
              funds = FundsDrawn.none().withOutstandingPanjar(Idr.ofSen(extra));
            } else if (kind == 1) {
              long advance = bacSen / 1_000_000 * (200 + permille / 4) * 1_000; // 20–30 %
              long recovered = advance / 100 * recoveredPermille / 1000 * 100;
              ac = built + advance - recovered;
              funds = FundsDrawn.none().withAdvance(Idr.ofSen(advance), Idr.ofSen(recovered));
            } else {
              ac = built + extra;
              funds = FundsDrawn.none().withMaterials(List.of(new MaterialDelivery(date.minusDays(2), "semen dan besi beton", Idr.ofSen(Math.max(100, extra)),
                  Evidence.of(Recipes.photo(p.id(), "material", r.salt()), p.site().points().get(0), 5, date.minusDays(2).atTime(10, 0)))));
            }
            MonitoredProject control = monitored(p, a, p.output().volume(), ac, r.salt());
            return new MonitoringScenario(Situation.FUNDS_DRAWN_AHEAD, control.withFunds(funds), control, ImmutableList.of(), date);
          });
    });
  }

  // ------------------------------------------------------------------------------- recipes

  /** Project parameters; {@code clean}: benchmark at or above the unit price, or none. */
  private static Arbitrary<ProjectRecipe> projectRecipes(boolean clean) {
    Arbitrary<Integer> benchmark = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(clean ? 100 : 80, 130));
    return Combinators.combine(
            Arbitraries.of(Places.ALL), Arbitraries.of(WorkType.class), Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000), Arbitraries.of(2025, 2024), Arbitraries.integers().between(0, 26),
            Arbitraries.integers().between(4, 20), Arbitraries.integers().between(0, 4))
        .as(Tuple::of)
        .flatMap(t -> Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.of(false, true), benchmark, Arbitraries.longs())
            .as((seq, contractor, bench, salt) ->
                new ProjectRecipe(t.get1(), t.get2(), t.get3(), t.get4(), t.get5(), t.get6(), t.get7(), t.get8(), seq, contractor, bench, salt)));
  }

  private static Place placeOf(Project p) {
    return Places.ALL.stream().filter(pl -> pl.village().equals(p.village())).findFirst().orElseThrow();
  }

  private static BigDecimal volume(WorkType type, int permille) {
    return BigDecimal.valueOf(type.minVolume + (long) (type.maxVolume - type.minVolume) * permille / 1000);
  }

  /** Deviations in pp between {@code min} and {@code max} with 4 decimals; 0 and whole numbers are edge cases. */
  private static Arbitrary<BigDecimal> deviations(int min, int max) {
    return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(Percent.SCALE);
  }

  /**
   * Cumulative progress at weeks 0 … k: 0 at week 0, then the plan minus {@code behind} pp (negative:
   * ahead), within 0 and {@code cap}. Monotone, since the plan is.
   */
  private static BigDecimal[] path(Project p, int k, BigDecimal behind, BigDecimal cap) {
    BigDecimal[] a = new BigDecimal[k + 1];
    a[0] = BigDecimal.ZERO;
    for (int i = 1; i <= k; i++) {
      a[i] = Recipes.planned(p, i).subtract(behind).max(BigDecimal.ZERO).min(cap).min(HUNDRED);
    }
    return a;
  }

  /** Lowers report {@code j} (≥ 1) below report j−1 by {@code drop} pp (to 0 at most); j−1 must be above 0. */
  private static void regress(BigDecimal[] a, int j, BigDecimal drop) {
    a[j] = a[j - 1].subtract(drop.min(a[j - 1])).max(BigDecimal.ZERO);
  }

  /** The weeks 1 … n whose planned % satisfies the test (all weeks if none does). */
  private static List<Integer> weeksWhere(Project p, java.util.function.Predicate<BigDecimal> test) {
    List<Integer> out = new ArrayList<>();
    for (int k = 1; k <= p.plan().periods(); k++) {
      if (test.test(Recipes.planned(p, k))) {
        out.add(k);
      }
    }
    if (out.isEmpty()) {
      for (int k = 1; k <= p.plan().periods(); k++) {
        out.add(k);
      }
    }
    return out;
  }

  /** AC = BAC × physical % × pay ‰, to the rupiah. */
  private static long paid(Project p, BigDecimal physical, int payPermille) {
    return Recipes.share(Recipes.bacSen(p), physical.multiply(BigDecimal.valueOf(payPermille)).movePointLeft(3));
  }

  private static MonitoredProject monitored(Project p, BigDecimal[] actual, BigDecimal measured, long acSen, long salt) {
    return new MonitoredProject(p, Recipes.weeklyReports(p, actual, measured, salt), Idr.ofSen(acSen));
  }

  private static GeoPoint offSite(Site site, double far, double bearing) {
    double d = site.lengthMeters() + far;
    double b = Math.toRadians(bearing);
    return site.points().get(0).offsetMeters(Math.cos(b) * d, Math.sin(b) * d);
  }

  private static Arbitrary<java.time.LocalDateTime> dayTimes() {
    return Arbitraries.integers().between(0, 364 * 24 * 60).map(m -> LocalDate.of(2025, 1, 1).atStartOfDay().plusMinutes(m));
  }

  private static List<Percent> cumulative(List<Integer> steps) {
    long total = steps.stream().mapToLong(Integer::longValue).sum();
    List<Percent> pts = new ArrayList<>(steps.size() + 1);
    pts.add(Percent.ZERO);
    long sum = 0;
    for (int i = 0; i < steps.size(); i++) {
      sum += steps.get(i);
      boolean last = i == steps.size() - 1;
      pts.add(last || total == 0 ? (last ? Percent.HUNDRED : Percent.ZERO)
          : Percent.rounded(BigDecimal.valueOf(sum * 100).divide(BigDecimal.valueOf(total), Percent.SCALE, RoundingMode.FLOOR), RoundingMode.UNNECESSARY));
    }
    return pts;
  }
}
