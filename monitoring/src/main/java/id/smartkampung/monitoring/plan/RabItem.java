package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * One item of the cost plan — <i>item RAB (Rencana Anggaran Biaya)</i>: its number and name (
 * <i>uraian</i>), whether it is physical work, what it costs, in which weeks it is worked on and how
 * much each week ({@link WorkSchedule}), and optionally its volume (e.g. 52.5 m³ of concrete) and
 * unit price (<i>harga satuan</i>), so that progress can be reported as volumes done.
 *
 * <p>An immutable value. When a unit price is given, the item has a volume and its cost is exactly
 * volume × unit price (<i>jumlah harga = volume × harga satuan</i>), to the sen; an RAB line whose
 * product is not a whole number of sen is refused rather than rounded.
 *
 * <p>Non-physical items (<i>non-fisik</i>: the TPK's honorarium and operations, stationery,
 * documentation, the project signboard) are part of the RAB's total but weigh nothing in physical
 * progress: the <i>bobot</i> of the kurva S is shared among physical items only.
 *
 * @param number the item's number in the RAB (e.g. {@code II.3}); empty when not numbered
 * @param name the item, unique within its RAB; never blank
 * @param kind physical work or not
 * @param cost the cost, IDR exact to the sen; never negative, never null
 * @param unitPrice the unit price when the item is priced by volume (then volume × unit price = cost);
 *     null when it is not
 * @param schedule the weeks it is worked on, with their loads
 * @param volume the planned volume when the item is measured by volume, positive; null when it is not
 * @param unit the unit of the volume (e.g. {@code m3}); empty when there is no volume
 */
@Api(Api.Status.EXPERIMENTAL)
public record RabItem(
    String number,
    String name,
    Kind kind,
    Money cost,
    @Nullable Money unitPrice,
    WorkSchedule schedule,
    @Nullable BigDecimal volume,
    String unit) {

  /** The longest plan accepted, in weeks (a little over two years). */
  public static final int MAX_WEEK = WorkSchedule.MAX_WEEK;

  /** Whether an item is physical work — <i>pekerjaan fisik</i> — or not (<i>non-fisik</i>). */
  @Api(Api.Status.EXPERIMENTAL)
  public enum Kind {
    /** Physical work (<i>fisik</i>: materials, labour, equipment): weighs in physical progress. */
    PHYSICAL,
    /**
     * Not physical work (<i>non-fisik</i>: honorarium and operations of the TPK, stationery/ATK,
     * documentation, the signboard): paid from the project, weighs nothing in physical progress.
     */
    NON_PHYSICAL
  }

  public RabItem {
    requireNonNull(number, "number");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(cost, "cost");
    requireNonNull(schedule, "schedule");
    requireNonNull(unit, "unit");
    checkArgument(!name.isBlank(), "a RAB item has a name");
    checkArgument(number.equals(number.strip()), "RAB item '%s': number '%s' has surrounding spaces", name, number);
    checkArgument(Idr.toSen(cost) >= 0, "RAB item '%s': cost %s is negative", name, Idr.format(cost));
    if (volume != null) {
      checkArgument(volume.signum() > 0, "RAB item '%s': volume %s is not positive", name, volume);
    }
    if (unitPrice != null) {
      Money price = unitPrice;
      checkArgument(Idr.toSen(price) >= 0, "RAB item '%s': unit price %s is negative", name, Idr.format(price));
      checkArgument(volume != null, "RAB item '%s': a unit price needs a volume", name);
      BigDecimal product = volume.multiply(BigDecimal.valueOf(Idr.toSen(price)));
      checkArgument(
          product.compareTo(BigDecimal.valueOf(Idr.toSen(cost))) == 0,
          "RAB item '%s': cost %s is not volume %s × unit price %s = %s",
          name,
          Idr.format(cost),
          volume.toPlainString(),
          Idr.format(price),
          product.movePointLeft(2).stripTrailingZeros().toPlainString());
    }
  }

  /**
   * A physical item without number, volume or unit price, worked on evenly in weeks {@code
   * startWeek} … {@code startWeek + weeks − 1} (the form of the first RAB model, kept).
   *
   * @throws IllegalArgumentException naming the item if the cost is negative or not exact IDR, or the
   *     weeks are wrong
   */
  public RabItem(String name, Money cost, int startWeek, int weeks, @Nullable BigDecimal volume, String unit) {
    this("", name, Kind.PHYSICAL, cost, null, contiguous(name, startWeek, weeks), volume, unit);
  }

  private static WorkSchedule contiguous(String name, int startWeek, int weeks) {
    checkArgument(startWeek >= 0, "RAB item '%s': start week %s is negative", name, startWeek);
    checkArgument(weeks >= 1, "RAB item '%s': it lasts at least one week, got %s", name, weeks);
    checkArgument(
        startWeek + weeks <= MAX_WEEK,
        "RAB item '%s': ends after week %s (plans longer than %s weeks are refused)",
        name,
        startWeek + weeks,
        MAX_WEEK);
    return WorkSchedule.contiguous(startWeek, weeks);
  }

  /**
   * A physical item without volume, worked on evenly in consecutive weeks.
   *
   * @throws IllegalArgumentException if the cost is negative or not exact IDR, or the weeks are wrong
   */
  public static RabItem of(String name, Money cost, int startWeek, int weeks) {
    return new RabItem(name, cost, startWeek, weeks, null, "");
  }

  /** A physical item without volume worked on to {@code schedule}. */
  public static RabItem of(String name, Money cost, WorkSchedule schedule) {
    return new RabItem("", name, Kind.PHYSICAL, cost, null, schedule, null, "");
  }

  /**
   * A physical item priced by volume — <i>volume × harga satuan</i>: its cost is computed exactly.
   *
   * @throws IllegalArgumentException naming the item if the volume is not positive, the unit price is
   *     negative, or volume × unit price is not a whole number of sen
   */
  public static RabItem priced(String name, BigDecimal volume, String unit, Money unitPrice, WorkSchedule schedule) {
    requireNonNull(volume, "volume");
    checkArgument(volume.signum() > 0, "RAB item '%s': volume %s is not positive", name, volume.toPlainString());
    BigDecimal sen = volume.multiply(BigDecimal.valueOf(Idr.toSen(unitPrice)));
    checkArgument(
        sen.stripTrailingZeros().scale() <= 0,
        "RAB item '%s': volume %s × unit price %s = %s is not a whole number of sen; round the RAB line and give its cost",
        name,
        volume.toPlainString(),
        Idr.format(unitPrice),
        sen.movePointLeft(2).stripTrailingZeros().toPlainString());
    return new RabItem("", name, Kind.PHYSICAL, Idr.ofSen(sen.longValueExact()), unitPrice, schedule, volume, unit);
  }

  /** This item with a planned volume in {@code unit} (an item priced by unit price keeps its price only if the cost still matches). */
  public RabItem withVolume(BigDecimal newVolume, String newUnit) {
    requireNonNull(newUnit, "unit");
    return new RabItem(number, name, kind, cost, unitPrice, schedule, requireNonNull(newVolume, "volume"), newUnit);
  }

  /** This item with its number in the RAB (e.g. {@code II.3}). */
  public RabItem withNumber(String newNumber) {
    return new RabItem(requireNonNull(newNumber, "number"), name, kind, cost, unitPrice, schedule, volume, unit);
  }

  /** This item as non-physical (<i>non-fisik</i>): it weighs nothing in physical progress. */
  public RabItem nonPhysical() {
    return new RabItem(number, name, Kind.NON_PHYSICAL, cost, unitPrice, schedule, volume, unit);
  }

  /** This item worked on to another schedule. */
  public RabItem withSchedule(WorkSchedule newSchedule) {
    return new RabItem(number, name, kind, cost, unitPrice, requireNonNull(newSchedule, "schedule"), volume, unit);
  }

  /** Whether the item is physical work and so weighs in physical progress. */
  public boolean isPhysical() {
    return kind == Kind.PHYSICAL;
  }

  /** The cost in sen (the arithmetic of {@link Rab}). */
  long costSen() {
    return Idr.toSen(cost);
  }

  /** The first week of work. */
  public int startWeek() {
    return schedule.firstWeek();
  }

  /** How many weeks are worked (gaps between worked weeks not counted). */
  public int weeks() {
    return schedule.workedWeeks();
  }

  /** The week after the last week of work. */
  public int endWeek() {
    return schedule.endWeek();
  }
}
