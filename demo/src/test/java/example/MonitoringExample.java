package example;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;

/** A physical project assessed against its S-curve and what the ledger has paid for it. */
public class MonitoringExample {
  public static ProjectAssessment assess() {
    Apbdes apbdes = BudgetJson.example();
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    GeoPoint site = GeoPoint.of(-8.5937, 114.0231);
    Project road = Project.builder()
        .id("jalan-sumberjo").name("Rabat beton jalan Dusun Sumberjo")
        .village(apbdes.village()).fiscalYear(2025)
        .allocation(Allocation.fromApbdes(apbdes, jalan)) // BAC: the kegiatan's budget
        .output(OutputTarget.of("350", "m"))
        .site(Site.point(site))
        .plan(PlannedCurve.ofCumulative(LocalDate.of(2025, 3, 3), 7, // kurva S, weekly
            Stream.of(0, 5, 15, 30, 50, 70, 85, 95, 100).map(Percent::of).toList()))
        .implementer(Implementer.tpk("TPK Desa Sumberagung"))
        .build();

    byte[] photo = "bytes of the photo file".getBytes(StandardCharsets.UTF_8);
    List<ProgressReport> reports = List.of(
        ProgressReport.of(LocalDate.of(2025, 3, 3), Percent.of(0), "Ketua TPK")
            .plusEvidence(Evidence.of(PhotoHash.of(photo), site, 5, LocalDateTime.of(2025, 3, 3, 9, 0))),
        ProgressReport.of(LocalDate.of(2025, 3, 31), Percent.of(20), "Ketua TPK"));
    Money paid = Idr.of(300_000_000); // from the ledger: book.ledger().realisedByKegiatan().get(jalan)

    return ProjectAssessor.withDefaults()
        .assess(MonitoredProject.of(road, reports, paid), LocalDate.of(2025, 4, 7));
  }

  public static void main(String[] args) {
    ProjectAssessment a = assess();
    System.out.println(a.status() + " " + a.deviationPp()); // CRITICAL -50.0000 pp
    a.flags().forEach(f -> System.out.println(f.code() + ": " + f.message()));
  }
}
