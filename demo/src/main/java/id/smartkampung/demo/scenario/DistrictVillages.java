package id.smartkampung.demo.scenario;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.escalation.Escalation;
import id.smartkampung.monitoring.escalation.EscalationEvent;
import id.smartkampung.monitoring.escalation.EscalationStage;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * The other villages of the district roll-up — <i>desa-desa lain di kabupaten</i>: villages of
 * Kecamatan Pesanggaran, Siliragung and Bangorejo (Kabupaten Banyuwangi), each with a few physical
 * projects reported weekly with photos, generated deterministically from the seed. Most are honest;
 * a few show the patterns the district page must rank high (behind schedule, stale reports, paid
 * ahead of the work, a unit cost above the standard price, a volume shortfall), a contractor's
 * project in kontrak kritis with its show-cause meetings and warning letters, and swakelola far
 * behind in deviasi kritis. Reports are verified by the village's Kasi two days after their date.
 *
 * <p>Only their monitoring data is simulated: what was paid (AC) is generated with the progress, not
 * booked through a ledger as the main village's is. Codes and coordinates are illustrative.
 */
final class DistrictVillages {
  private record Place(String code, String name, String kecamatan, double lat, double lon) {}

  private record Template(String name, String kegiatan, String unit, int minVolume, int maxVolume, long unitCost) {}

  private enum Conduct {
    HONEST,
    BEHIND,
    STALE,
    PAID_AHEAD,
    MARKED_UP,
    SHORT_VOLUME,
    /** A contractor (penyedia) far behind: kontrak kritis, escalated by show-cause meetings and warning letters. */
    CONTRACTOR_CRITICAL
  }

  private static final List<Place> PLACES = List.of(
      new Place("35.10.01.2001", "Pesanggaran", "Pesanggaran", -8.5705, 114.0712),
      new Place("35.10.01.2002", "Kandangan", "Pesanggaran", -8.5520, 114.0480),
      new Place("35.10.01.2004", "Sumbermulyo", "Pesanggaran", -8.5810, 114.0980),
      new Place("35.10.01.2005", "Sarongan", "Pesanggaran", -8.5950, 114.1350),
      new Place("35.10.24.2001", "Siliragung", "Siliragung", -8.5120, 114.0930),
      new Place("35.10.24.2002", "Seneporejo", "Siliragung", -8.5310, 114.0620),
      new Place("35.10.24.2003", "Barurejo", "Siliragung", -8.5030, 114.1120),
      new Place("35.10.24.2004", "Kesilir", "Siliragung", -8.4950, 114.0780),
      new Place("35.10.02.2001", "Bangorejo", "Bangorejo", -8.4700, 114.1500),
      new Place("35.10.02.2003", "Sambirejo", "Bangorejo", -8.4560, 114.1320),
      new Place("35.10.02.2005", "Kebondalem", "Bangorejo", -8.4820, 114.1700));

  private static final List<Template> TEMPLATES = List.of(
      new Template("Rabat beton jalan", "02.03.10", "m", 200, 450, 1_000_000L),
      new Template("Saluran drainase", "02.03.15", "m", 200, 500, 300_000L),
      new Template("Gedung posyandu", "02.02.07", "unit", 1, 1, 140_000_000L),
      new Template("Jembatan beton", "02.03.13", "m", 5, 10, 12_000_000L),
      new Template("Paving block gang", "02.03.11", "m", 100, 300, 250_000L),
      new Template("Tembok penahan tanah", "02.03.16", "m", 50, 150, 900_000L));

  private DistrictVillages() {}

  /** The district's other villages' projects at the end of the year. */
  static ImmutableList<MonitoredProject> generate(long seed, LocalDate asOf) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    FieldCamera camera = new FieldCamera(seed, new Random(seed + 99));
    ImmutableList.Builder<MonitoredProject> out = ImmutableList.builder();
    for (int v = 0; v < PLACES.size(); v++) {
      Place place = PLACES.get(v);
      Village village = Village.of(place.code(), place.name(), place.kecamatan(), "Banyuwangi");
      int projects = 2 + random.nextInt(3);
      List<Integer> used = new ArrayList<>();
      for (int p = 0; p < projects; p++) {
        int t;
        do {
          t = random.nextInt(TEMPLATES.size());
        } while (used.contains(t));
        used.add(t);
        Conduct conduct = conduct(v, p, random);
        out.add(project(village, place, TEMPLATES.get(t), p, conduct, random, camera, asOf));
      }
    }
    return out.build();
  }

  /** A few planted patterns at fixed places, the rest honest. */
  private static Conduct conduct(int village, int project, Random random) {
    if (village == 2 && project == 0) {
      return Conduct.BEHIND;
    }
    if (village == 5 && project == 1) {
      return Conduct.STALE;
    }
    if (village == 7 && project == 0) {
      return Conduct.PAID_AHEAD;
    }
    if (village == 8 && project == 1) {
      return Conduct.MARKED_UP;
    }
    if (village == 4 && project == 0) {
      return Conduct.SHORT_VOLUME;
    }
    if (village == 6 && project == 0) {
      return Conduct.CONTRACTOR_CRITICAL;
    }
    return random.nextInt(10) == 0 ? Conduct.BEHIND : Conduct.HONEST;
  }

  private static MonitoredProject project(Village village, Place place, Template t, int index, Conduct conduct, Random random, FieldCamera camera, LocalDate asOf) {
    int volume = t.minVolume() + (t.maxVolume() > t.minVolume() ? random.nextInt(t.maxVolume() - t.minVolume() + 1) : 0);
    long bac = Math.max(50_000_000L, (long) volume * t.unitCost() / 1_000_000L * 1_000_000L);
    int weeks = 6 + random.nextInt(9);
    LocalDate start = LocalDate.of(asOf.getYear(), 3, 3).plusWeeks(random.nextInt(26)).with(DayOfWeek.MONDAY);
    long prep = bac / 20;
    long finish = bac * 15 / 100;
    Rab rab = Rab.of(List.of(
        RabItem.of("Persiapan", Idr.of(prep), 0, 1),
        RabItem.of("Pekerjaan utama", Idr.of(bac - prep - finish), 1, weeks - 2),
        RabItem.of("Finishing", Idr.of(finish), weeks - 2, 2)));
    GeoPoint site = GeoPoint.of(place.lat(), place.lon()).offsetMeters(random.nextInt(1601) - 800, random.nextInt(1601) - 800);
    String id = t.kegiatan().replace(".", "") + "-" + (index + 1);
    Project.Builder b = Project.builder()
        .id(id)
        .name(t.name() + " Desa " + village.name())
        .village(village)
        .fiscalYear(asOf.getYear())
        .allocation(Allocation.of(KegiatanCode.parse(t.kegiatan()), FundSource.DDS, Idr.of(bac)))
        .output(OutputTarget.of(BigDecimal.valueOf(volume), t.unit()))
        .site(Site.point(site))
        .plan(PlannedCurve.fromRab(start, rab))
        .implementer(conduct == Conduct.CONTRACTOR_CRITICAL ? Implementer.contractor("CV Karya " + village.name())
            : Implementer.tpk("TPK Desa " + village.name()));
    if (conduct == Conduct.MARKED_UP) {
      b.benchmark(UnitCostBenchmark.of(Idr.of(bac * 3 / 4 / volume), "SSH Kab. Banyuwangi " + asOf.getYear()));
    }
    Project project = b.build();
    IntUnaryOperator progress = SiteWork.honest(project, random.nextInt(6), random, new HashMap<>());
    List<ProgressReport> reports = new ArrayList<>();
    int last = 0;
    LocalDate critical = null;
    for (LocalDate d = start; !d.isAfter(asOf); d = d.plusDays(d.equals(start) ? 4 : 7)) {
      int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, d);
      int bp = d.equals(start) ? 0 : progress.applyAsInt(days);
      if (conduct == Conduct.BEHIND || conduct == Conduct.CONTRACTOR_CRITICAL) {
        bp = Math.min(bp * 55 / 100, 9_000);
      }
      if (conduct == Conduct.PAID_AHEAD) {
        bp = Math.min(bp, 6_800);
      }
      if (conduct == Conduct.STALE && days > 35) {
        break;
      }
      last = Math.max(last, bp);
      ProgressReport r = ProgressReport.of(d, SiteWork.percent(last), "TPK Desa " + village.name())
          .plusEvidence(camera.shoot(camera.hash(village.code(), id, d, 1), site, d))
          .verifiedBy("Kasi Pembangunan Desa " + village.name(), d.plusDays(2));
      if (critical == null && project.plan().plannedAt(d).value().subtract(r.physical().value()).compareTo(BigDecimal.TEN) > 0) {
        critical = d;
      }
      if (last == 10_000) {
        BigDecimal measured = conduct == Conduct.SHORT_VOLUME
            ? BigDecimal.valueOf(volume).multiply(new BigDecimal("0.90"))
            : BigDecimal.valueOf(volume);
        reports.add(r.withMeasuredVolume(measured));
        break;
      }
      reports.add(r);
    }
    long acRupiah = conduct == Conduct.PAID_AHEAD
        ? bac
        : (bac * last / 10_000) * (90 + random.nextInt(11)) / 100 / 1_000 * 1_000;
    MonitoredProject mp = MonitoredProject.of(project, reports, Idr.of(acRupiah));
    if (conduct == Conduct.CONTRACTOR_CRITICAL && critical != null) {
      mp = mp.withEscalation(escalation(project, critical));
    }
    return mp;
  }

  /**
   * The handling of kontrak kritis (Permen PUPR 14/2020 SSUK; Perlem LKPP 12/2021): show-cause
   * meeting I the week the contract became critical with a 7-day test, failed: warning letter I and
   * show-cause meeting II, failed: warning letter II and show-cause meeting III; past the planned
   * finish, an extension of 50 days (the most allowed).
   */
  private static Escalation escalation(Project p, LocalDate critical) {
    List<EscalationEvent> events = new ArrayList<>();
    String no = "/" + p.id() + "/" + critical.getYear();
    events.add(EscalationEvent.until(EscalationStage.SHOW_CAUSE_MEETING_1, critical, "BA-SCM-I" + no, critical.plusDays(7)));
    events.add(EscalationEvent.of(EscalationStage.WARNING_LETTER_1, critical.plusDays(8), "SP-KK-I" + no));
    events.add(EscalationEvent.until(EscalationStage.SHOW_CAUSE_MEETING_2, critical.plusDays(8), "BA-SCM-II" + no, critical.plusDays(15)));
    events.add(EscalationEvent.of(EscalationStage.WARNING_LETTER_2, critical.plusDays(16), "SP-KK-II" + no));
    events.add(EscalationEvent.until(EscalationStage.SHOW_CAUSE_MEETING_3, critical.plusDays(16), "BA-SCM-III" + no, critical.plusDays(23)));
    LocalDate from = critical.plusDays(16).isAfter(p.plannedFinish()) ? critical.plusDays(16) : p.plannedFinish();
    events.add(EscalationEvent.until(EscalationStage.EXTENSION, from, "ADD-01" + no, p.plannedFinish().plusDays(50)));
    return Escalation.of(events);
  }
}
