package id.smartkampung.monitoring.tranche;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.OutputTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The output of one Dana Desa activity — <i>keluaran kegiatan Dana Desa</i>: its target (volume and
 * unit) and what has been realised, whatever the activity is: metres of road, BLT family-months
 * (<i>KPM × bulan</i>), people trained, rupiah of capital paid in to the BUMDes. Its achievement
 * (<i>capaian keluaran</i>) is realised ÷ target, capped at 100 %.
 *
 * @param kegiatan the activity (<i>kegiatan</i>, bidang.sub-bidang.kegiatan); never null
 * @param name what the output is, e.g. "BLT Dana Desa"; never blank
 * @param target the target output; never null
 * @param realised the output realised so far, in the target's unit; never negative
 */
public record OutputActivity(KegiatanCode kegiatan, String name, OutputTarget target, BigDecimal realised) {
  public OutputActivity {
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(name, "name");
    requireNonNull(target, "target");
    requireNonNull(realised, "realised");
    checkArgument(!name.isBlank(), "an output activity has a name");
    checkArgument(realised.signum() >= 0, "realised output %s of %s is negative", realised.toPlainString(), name);
  }

  /** An activity's output: {@code realised} of {@code target}. */
  public static OutputActivity of(KegiatanCode kegiatan, String name, OutputTarget target, BigDecimal realised) {
    return new OutputActivity(kegiatan, name, target, realised);
  }

  /**
   * The output of a physical project as assessed: its target volume × its actual physical progress
   * at the assessment date.
   */
  public static OutputActivity ofProject(ProjectAssessment a) {
    requireNonNull(a, "assessment");
    return new OutputActivity(a.project().kegiatan(), a.project().name(), a.project().output(),
        a.project().output().volume().multiply(a.actual().fraction()));
  }

  /**
   * The output of a physical project at {@code date} from its reports: the latest measured volume
   * on or before the date if one was measured, else the target volume × the latest reported
   * progress (0 without a report).
   */
  public static OutputActivity ofProject(MonitoredProject mp, LocalDate date) {
    requireNonNull(mp, "project");
    requireNonNull(date, "date");
    BigDecimal measured = null;
    BigDecimal progress = BigDecimal.ZERO;
    for (ProgressReport r : mp.reports()) {
      if (!r.date().isAfter(date)) {
        progress = r.physical().fraction();
        if (r.measuredVolume() != null) {
          measured = r.measuredVolume();
        }
      }
    }
    OutputTarget t = mp.project().output();
    return new OutputActivity(mp.project().kegiatan(), mp.project().name(), t, measured != null ? measured : t.volume().multiply(progress));
  }

  /**
   * The achievement — <i>capaian keluaran</i> — realised ÷ target, capped at 100 %, truncated (never
   * rounded up) to {@value Percent#SCALE} decimals.
   */
  public Percent achievement() {
    BigDecimal ratio = realised.movePointRight(2).divide(target.volume(), Percent.SCALE, RoundingMode.DOWN);
    return Percent.rounded(ratio.min(BigDecimal.valueOf(100)), RoundingMode.UNNECESSARY);
  }
}
