package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.site.Site;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * A physical project — <i>kegiatan fisik / pembangunan desa</i> — of one activity of a village
 * budget: what it builds (output target), where (site), when (the planned S-curve, with its start
 * and planned finish), with what money (allocation = BAC), by whom (TPK swakelola or a contractor),
 * and optionally the district's standard unit price (HSPK/SSH).
 *
 * <p>An immutable value; every component is non-null. Build one with {@link #builder}.
 *
 * @param id unique within the village
 * @param name what it is called, e.g. "Rabat beton jalan Dusun Krajan"
 * @param village the village
 * @param fiscalYear the fiscal year (tahun anggaran) of its budget, 2000–2100
 * @param allocation the budget allocated to it (BAC) and its kegiatan
 * @param output the output target (volume and unit)
 * @param site the site (point or line)
 * @param plan the planned S-curve (start, planned finish)
 * @param implementer who carries it out
 * @param benchmark the standard unit price, if any
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
    Optional<UnitCostBenchmark> benchmark) {

  public Project {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(village, "village");
    requireNonNull(allocation, "allocation");
    requireNonNull(output, "output");
    requireNonNull(site, "site");
    requireNonNull(plan, "plan");
    requireNonNull(implementer, "implementer");
    requireNonNull(benchmark, "benchmark");
    checkArgument(!name.isBlank(), "project %s has a name", id);
    checkArgument(fiscalYear >= 2000 && fiscalYear <= 2100, "fiscal year %s outside 2000-2100", fiscalYear);
  }

  /** A builder for a project. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kegiatan the project belongs to. */
  public KegiatanCode kegiatan() {
    return allocation.kegiatan();
  }

  /** The budget at completion (BAC) in sen. */
  public long bacSen() {
    return allocation.bacSen();
  }

  /** The budget at completion (BAC); never null. */
  public Money bac() {
    return allocation.bac();
  }

  /** The planned start. */
  public LocalDate start() {
    return plan.start();
  }

  /** The planned finish (the plan reaches 100 %). */
  public LocalDate plannedFinish() {
    return plan.finish();
  }

  /** The last day of the fiscal year, 31 December. */
  public LocalDate fiscalYearEnd() {
    return LocalDate.of(fiscalYear, 12, 31);
  }

  /** True when part of it is funded by Dana Desa. */
  public boolean isDanaDesaFunded() {
    return allocation.isDanaDesaFunded();
  }

  /** This project with another plan. */
  public Project withPlan(PlannedCurve newPlan) {
    return new Project(id, name, village, fiscalYear, allocation, output, site, newPlan, implementer, benchmark);
  }

  /** This project with another site. */
  public Project withSite(Site newSite) {
    return new Project(id, name, village, fiscalYear, allocation, output, newSite, plan, implementer, benchmark);
  }

  /** This project with another allocation. */
  public Project withAllocation(Allocation newAllocation) {
    return new Project(id, name, village, fiscalYear, newAllocation, output, site, plan, implementer, benchmark);
  }

  /** This project with a unit-cost benchmark. */
  public Project withBenchmark(UnitCostBenchmark newBenchmark) {
    return new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, Optional.of(newBenchmark));
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
    private Optional<UnitCostBenchmark> benchmark = Optional.empty();

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
      this.benchmark = Optional.of(value);
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
