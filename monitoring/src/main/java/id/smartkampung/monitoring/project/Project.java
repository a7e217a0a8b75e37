package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.plan.Addendum;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * A physical project — <i>kegiatan fisik / pembangunan desa</i> — of one activity of a village
 * budget: what it builds (output target), where (site), when (the planned S-curve, with its start
 * and planned finish), with what money (allocation = BAC), by whom (TPK swakelola or a contractor),
 * and optionally the district's standard unit price (HSPK/SSH).
 *
 * <p>An immutable value; every component but {@code benchmark} is non-null. Build one with {@link
 * #builder}.
 *
 * @param id unique within the village
 * @param name what it is called, e.g. "Rabat beton jalan Dusun Krajan"
 * @param village the village
 * @param fiscalYear the fiscal year (tahun anggaran) of its budget, 2000–2100
 * @param allocation the budget allocated to it (BAC) and its kegiatan
 * @param output the output target (volume and unit)
 * @param site the site (point or line)
 * @param plan the original planned S-curve (start, planned finish), the baseline as first agreed;
 *     addenda re-baseline it from their dates ({@link #planAt})
 * @param implementer who carries it out
 * @param benchmark the standard unit price; null when there is none
 * @param addenda the contract addenda (CCO) that re-baselined the plan, in date order; each takes
 *     effect on its date, the earlier baselines are kept ({@link #planAt}); may be empty
 * @param continuations the DPAL continuations into later fiscal years, one per year in order
 *     (fiscal year + 1, + 2, …); may be empty
 */
@Api(Api.Status.EXPERIMENTAL)
public record Project(
    ProjectId id,
    String name,
    Village village,
    int fiscalYear,
    Allocation allocation,
    OutputTarget output,
    Site site,
    PlannedCurve plan,
    Implementer implementer,
    @Nullable UnitCostBenchmark benchmark,
    ImmutableList<Addendum> addenda,
    ImmutableList<Dpal> continuations) {

  public Project {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(village, "village");
    requireNonNull(allocation, "allocation");
    requireNonNull(output, "output");
    requireNonNull(site, "site");
    requireNonNull(plan, "plan");
    requireNonNull(implementer, "implementer");
    checkArgument(!name.isBlank(), "project %s has a name", id);
    checkArgument(fiscalYear >= 2000 && fiscalYear <= 2100, "fiscal year %s outside 2000-2100", fiscalYear);
    requireNonNull(addenda, "addenda");
    requireNonNull(continuations, "continuations");
    LocalDate previous = plan.start();
    for (int i = 0; i < addenda.size(); i++) {
      Addendum a = addenda.get(i);
      checkArgument(
          a.date().isAfter(previous),
          "project %s: addendum %s dated %s is not after %s (addenda follow the start and each other)",
          id,
          a.document(),
          a.date(),
          i == 0 ? "the start " + previous : "the previous addendum's " + previous);
      previous = a.date();
    }
    int year = fiscalYear;
    for (Dpal d : continuations) {
      checkArgument(
          d.year() == year + 1,
          "project %s: DPAL %s continues into %s, expected %s (the year after %s)",
          id,
          d.document(),
          d.year(),
          year + 1,
          year);
      year = d.year();
    }
  }

  /**
   * A project without addenda or DPAL continuations (the form of the first model, kept).
   */
  public Project(
      ProjectId id,
      String name,
      Village village,
      int fiscalYear,
      Allocation allocation,
      OutputTarget output,
      Site site,
      PlannedCurve plan,
      Implementer implementer,
      @Nullable UnitCostBenchmark benchmark) {
    this(id, name, village, fiscalYear, allocation, output, site, plan, implementer, benchmark, ImmutableList.of(), ImmutableList.of());
  }

  /** A builder for a project. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kegiatan the project belongs to. */
  public KegiatanCode kegiatan() {
    return allocation.kegiatan();
  }

  /** The budget at completion (BAC); never null. */
  public Money bac() {
    return allocation.bac();
  }

  /** The planned start. */
  public LocalDate start() {
    return plan.start();
  }

  /** The planned finish of the original plan (it reaches 100 %); see {@link #planAt} for later baselines. */
  public LocalDate plannedFinish() {
    return plan.finish();
  }

  /** The last day of the fiscal year, 31 December; see {@link #yearEndAt} for a project carried by a DPAL. */
  public LocalDate fiscalYearEnd() {
    return LocalDate.of(fiscalYear, 12, 31);
  }

  /** True when part of it is funded by Dana Desa. */
  public boolean isDanaDesaFunded() {
    return allocation.isDanaDesaFunded();
  }

  /** This project with another plan. */
  public Project withPlan(PlannedCurve newPlan) {
    return new Project(id, name, village, fiscalYear, allocation, output, site, newPlan, implementer, benchmark, addenda, continuations);
  }

  /** This project with another site. */
  public Project withSite(Site newSite) {
    return new Project(id, name, village, fiscalYear, allocation, output, newSite, plan, implementer, benchmark, addenda, continuations);
  }

  /** This project with another allocation. */
  public Project withAllocation(Allocation newAllocation) {
    return new Project(id, name, village, fiscalYear, newAllocation, output, site, plan, implementer, benchmark, addenda, continuations);
  }

  /** This project carried out by another implementer. */
  public Project withImplementer(Implementer newImplementer) {
    return new Project(id, name, village, fiscalYear, allocation, output, site, plan, newImplementer, benchmark, addenda, continuations);
  }

  /** This project with a unit-cost benchmark. */
  public Project withBenchmark(UnitCostBenchmark newBenchmark) {
    return new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, requireNonNull(newBenchmark, "benchmark"), addenda, continuations);
  }

  /**
   * This project re-baselined by a contract addendum (CCO) — the earlier baselines kept.
   *
   * @throws IllegalArgumentException if the addendum is not dated after the start and after the
   *     previous addendum
   */
  public Project withAddendum(Addendum addendum) {
    ImmutableList<Addendum> more = ImmutableList.<Addendum>builder().addAll(addenda).add(requireNonNull(addendum, "addendum")).build();
    return new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, benchmark, more, continuations);
  }

  /** This project without its addenda: judged against its original plan throughout. */
  public Project withoutAddenda() {
    return new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, benchmark, ImmutableList.of(), continuations);
  }

  /**
   * This project continued into the next fiscal year by a DPAL — the same project (id, plan,
   * addenda) carried across the year boundary.
   *
   * @throws IllegalArgumentException if the DPAL is not for the year after the last one
   */
  public Project continuedBy(Dpal dpal) {
    ImmutableList<Dpal> more = ImmutableList.<Dpal>builder().addAll(continuations).add(requireNonNull(dpal, "dpal")).build();
    return new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, benchmark, addenda, more);
  }

  /**
   * The plan in force on {@code date}: that of the latest addendum effective on or before it, else
   * the original {@link #plan()}. Dates before an addendum stay judged by the baseline they had.
   */
  public PlannedCurve planAt(LocalDate date) {
    requireNonNull(date, "date");
    PlannedCurve inForce = plan;
    for (Addendum a : addenda) {
      if (!a.date().isAfter(date)) {
        inForce = a.plan();
      }
    }
    return inForce;
  }

  /** The latest baseline: the last addendum's plan, or the original. */
  public PlannedCurve currentPlan() {
    return addenda.isEmpty() ? plan : addenda.get(addenda.size() - 1).plan();
  }

  /** The DPAL continuations established on or before {@code date}. */
  private List<Dpal> continuationsAt(LocalDate date) {
    List<Dpal> out = new ArrayList<>();
    for (Dpal d : continuations) {
      if (!d.date().isAfter(requireNonNull(date, "date"))) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The fiscal year the work must finish in, as it stood on {@code date}: the fiscal year, or the
   * year of the latest DPAL established on or before {@code date}.
   */
  public int workingYearAt(LocalDate date) {
    if (continuations.isEmpty()) {
      return fiscalYear;
    }
    List<Dpal> in = continuationsAt(date);
    return in.isEmpty() ? fiscalYear : in.get(in.size() - 1).year();
  }

  /** 31 December of {@link #workingYearAt}: the deadline the forecast is judged against. */
  public LocalDate yearEndAt(LocalDate date) {
    return LocalDate.of(workingYearAt(date), 12, 31);
  }

  /** What was paid in earlier years by the DPALs established on or before {@code date} (Rp0 without). */
  public Money realisedBeforeAt(LocalDate date) {
    if (continuations.isEmpty()) {
      return Idr.ZERO;
    }
    long sen = 0;
    for (Dpal d : continuationsAt(date)) {
      sen = Math.addExact(sen, Idr.toSen(d.realisedBefore()));
    }
    return Idr.ofSen(sen);
  }

  @Override
  public String toString() {
    return "Project " + id + " '" + name + "' (" + village.code() + ", " + allocation.kegiatan() + ")";
  }

  /** Collects the parts of a {@link Project}; not thread-safe, use once. */
  public static final class Builder {
    private ProjectId id;
    private String name;
    private Village village;
    private Integer fiscalYear;
    private Allocation allocation;
    private OutputTarget output;
    private Site site;
    private PlannedCurve plan;
    private Implementer implementer;
    private @Nullable UnitCostBenchmark benchmark;

    private Builder() {}

    /** Sets the id. */
    public Builder id(ProjectId value) {
      this.id = value;
      return this;
    }

    /** Sets the id. */
    public Builder id(String value) {
      return id(ProjectId.of(value));
    }

    /** Sets the name. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Sets the village. */
    public Builder village(Village value) {
      this.village = value;
      return this;
    }

    /** Sets the fiscal year. */
    public Builder fiscalYear(int value) {
      this.fiscalYear = value;
      return this;
    }

    /** Sets the allocation (BAC). */
    public Builder allocation(Allocation value) {
      this.allocation = value;
      return this;
    }

    /** Sets the output target. */
    public Builder output(OutputTarget value) {
      this.output = value;
      return this;
    }

    /** Sets the site. */
    public Builder site(Site value) {
      this.site = value;
      return this;
    }

    /** Sets the plan. */
    public Builder plan(PlannedCurve value) {
      this.plan = value;
      return this;
    }

    /** Sets the implementer. */
    public Builder implementer(Implementer value) {
      this.implementer = value;
      return this;
    }

    /** Sets the unit-cost benchmark. */
    public Builder benchmark(UnitCostBenchmark value) {
      this.benchmark = requireNonNull(value, "benchmark");
      return this;
    }

    /**
     * The project.
     *
     * @throws IllegalStateException naming the first missing part
     * @throws IllegalArgumentException if a part is invalid
     */
    public Project build() {
      checkState(id != null, "a project needs an id");
      checkState(name != null, "project %s needs a name", id);
      checkState(village != null, "project %s needs a village", id);
      checkState(fiscalYear != null, "project %s needs a fiscal year", id);
      checkState(allocation != null, "project %s needs an allocation (BAC)", id);
      checkState(output != null, "project %s needs an output target", id);
      checkState(site != null, "project %s needs a site", id);
      checkState(plan != null, "project %s needs a plan", id);
      checkState(implementer != null, "project %s needs an implementer", id);
      return new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, benchmark);
    }
  }
}
