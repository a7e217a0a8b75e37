package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The README's tax example, compiled and run; the README must show the block word for word. */
class ReadmeTaxExampleTest {

  @Test
  void theTaxExampleRunsAsPrinted() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
    // README-TAXES-BEGIN
    TaxPolicy rules = TaxPolicy.forYear(2025); // tax-2025.json: every rate and table with its article
    Payee toko = Payee.supplier("tb-maju", "TB Maju", TaxId.npwp("01.234.567.8-901.000"), true); // a PKP
    TaxDetermination t = rules.determine(toko,
        Purchase.of(PurchaseKind.GOODS, Idr.of(8_500_000), LocalDate.of(2025, 5, 6)));
    t.lines().forEach(l -> System.out.println(
        l.levy().label() + ": " + Idr.format(l.base()) + " x " + l.rate() + " = " + Idr.format(l.amount())));
    // PPN: 7019520.00 x 0.12 = 842342.00      (DPP nilai lain 11/12, PMK 131/2024)
    // PPh 22: 7657658.00 x 0.015 = 114865.00  (on the price without PPN)
    System.out.println(Idr.format(t.netToPayee())); // 7542793.00 to the shop

    Payee kades = Payee.villageOfficial("kd", "Bambang Wijaya", TaxId.nik("3510010101700001"),
        PtkpStatus.K_2, true); // the village withholds her BPJS Kesehatan share
    TaxDetermination siltap = rules.determine(kades,
        Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, Idr.of(3_500_000), LocalDate.of(2025, 1, 25)));
    System.out.println(siltap); // ...; PPh 21 0.00; BPJS Kesehatan 35000.00 (TER category B: 0 %)
    System.out.println(rules.dueDate(Levy.PPH_22, YearMonth.of(2025, 5))); // 2025-06-16
    // README-TAXES-END
    } finally {
      System.setOut(stdout);
    }
    String[] out = printed.toString(StandardCharsets.UTF_8).split("\\R");
    assertEquals("PPN: 7019520.00 x 0.12 = 842342.00", out[0]);
    assertEquals("PPh 22: 7657658.00 x 0.015 = 114865.00", out[1]);
    assertEquals("7542793.00", out[2]);
    assertTrue(out[3].endsWith("; PPh 21 0.00; BPJS Kesehatan 35000.00"), out[3]);
    assertEquals("2025-06-16", out[4]);
  }

  @Test
  void theReadmeShowsTheBlockWordForWord() throws Exception {
    String source = Files.readString(Path.of("src/test/java/id/smartkampung/core/tax/ReadmeTaxExampleTest.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String begin = "// README-TAXES-BEGIN";
    String example = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README-TAXES-END"));
    String dedented = example.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip()).reduce("", (x, y) -> x + y + "\n").strip();
    assertTrue(readme.contains(dedented), "README.md must contain the TAXES block of ReadmeTaxExampleTest word for word:\n" + dedented);
  }
}
