package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.KegiatanCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * The Dana Desa realisation and output report a village files for its next tranche —
 * <i>laporan realisasi penyerapan dan capaian keluaran Dana Desa</i> (PMK on the management of
 * Dana Desa of the year, e.g. PMK 108/2024 for 2025: tahap II needs the report of tahap I with the
 * absorption and output gates of the year's policy pack): per kegiatan funded by Dana Desa its
 * budget, realisation and realised share, and the output it plans (<i>keluaran</i>, from the budget
 * lines); the absorption of what was received; the next tranche's gates. The output achieved
 * (physical progress) comes from monitoring, not from the books. An immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param asOf the date of the figures (today's books)
 * @param regulation the year's Dana Desa regulation as its policy pack names it
 * @param absorption Dana Desa received and realised
 * @param activities per kegiatan with Dana Desa lines
 * @param nextTranche the number of the next tranche not yet received in full, or 0 when none is left
 * @param minAbsorption the next tranche's minimum absorption (0 when it has none)
 * @param minOutput the next tranche's minimum output achievement (0 when it has none; from monitoring)
 */
@Api(Api.Status.EXPERIMENTAL)
public record DanaDesaRealisation(
    int fiscalYear,
    LocalDate asOf,
    String regulation,
    DanaDesaAbsorption absorption,
    ImmutableList<Activity> activities,
    int nextTranche,
    BigDecimal minAbsorption,
    BigDecimal minOutput) {

  public DanaDesaRealisation {
    requireNonNull(asOf, "asOf");
    requireNonNull(regulation, "regulation");
    requireNonNull(absorption, "absorption");
    requireNonNull(activities, "activities");
    requireNonNull(minAbsorption, "minAbsorption");
    requireNonNull(minOutput, "minOutput");
  }

  /** Whether the absorption meets the next tranche's minimum. */
  public boolean absorptionMeetsGate() {
    return absorption.ratio().compareTo(minAbsorption) >= 0;
  }

  /**
   * One kegiatan with Dana Desa lines.
   *
   * @param kegiatan the kegiatan
   * @param budget its Dana Desa budget
   * @param realised its Dana Desa realisation
   * @param outputs the outputs its Dana Desa lines plan (<i>keluaran</i>, as the budget states them)
   */
  public record Activity(KegiatanCode kegiatan, Money budget, Money realised, ImmutableList<String> outputs) {
    public Activity {
      requireNonNull(kegiatan, "kegiatan");
      requireNonNull(budget, "budget");
      requireNonNull(realised, "realised");
      requireNonNull(outputs, "outputs");
    }

    /** Realised ÷ budget as a percentage with 2 decimals; 0 when the budget is 0. */
    public BigDecimal percent() {
      return id.smartkampung.core.money.Idr.ratio(id.smartkampung.core.money.Idr.toSen(realised), id.smartkampung.core.money.Idr.toSen(budget))
          .movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
  }
}
