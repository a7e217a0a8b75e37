package id.smartkampung.demo.cli;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.money.Idr;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run}: the demo of a Banyuwangi village's fiscal year — <i>peragaan satu tahun anggaran</i>. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs the demo: a Banyuwangi village's fiscal year 2025.")
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Apbdes b = BudgetJson.example();
    out.println("APBDes " + b.fiscalYear() + " — Desa " + b.village().name() + ", Kec. " + b.village().kecamatan() + ", Kab. " + b.village().kabupaten());
    out.printf("  Pendapatan           Rp %20s%n", Idr.format(b.totalPendapatan()));
    b.byFundSource(Section.PENDAPATAN).forEach((f, m) -> out.printf("    %-18s Rp %20s%n", f, Idr.format(m)));
    out.printf("  Belanja              Rp %20s%n", Idr.format(b.totalBelanja()));
    b.belanjaByBidang().forEach((k, m) -> out.printf("    bidang %s %-9s Rp %20s  %s%n", k, "", Idr.format(m),
        ReferenceData.standard().kegiatanName(k).orElse("")));
    out.printf("  Pembiayaan neto      Rp %20s%n", Idr.format(b.pembiayaanNeto()));
    var v = BudgetValidator.check(b);
    out.println("  Validation: " + (v.isClean() ? "clean" : v.errors().size() + " error(s)") + ", " + v.warnings().size() + " warning(s)");
    return ExitCode.OK;
  }
}
