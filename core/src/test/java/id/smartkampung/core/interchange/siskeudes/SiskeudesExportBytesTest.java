package id.smartkampung.core.interchange.siskeudes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.Hashing;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.journal.YearScenario;
import id.smartkampung.core.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of a year without bank interest, bank charges or an SPJ in stages keeps its bytes:
 * the SHA-256 of the zip of three years, as the export wrote them before it carried those (main at
 * 29a19cf). A change here changes what OpenSID and every earlier export's reader see.
 */
class SiskeudesExportBytesTest {
  @TempDir Path dir;

  private static String sha256(Ledger l) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SiskeudesArchive.write(out, SiskeudesExport.tables(l));
    return Hashing.sha256().hashBytes(out.toByteArray()).toString();
  }

  @Test
  void theExportsOfYearsWithoutTheNewOperationsKeepTheirBytes() throws Exception {
    Path journal = dir.resolve("asal.jsonl");
    YearScenario.write(journal);
    String scenario;
    try (VillageBook book = VillageBook.open(journal)) {
      scenario = sha256(book.ledger());
    }
    assertEquals(
        "SMALL=2139bc4d3cd649b2770bbec1c6008ebe3e8a5b958f93763afffb3aa893555a3c CASH=88c9ebfcaf33aad846c95e52b46ce6891abd776c3fa63e321a91491a27495051"
            + " SCENARIO=86e7c97916a8aadb1edb3b9bb95e3dd0fda4356f8b89ce826eea2d26b55f24ee",
        "SMALL=" + sha256(SiskeudesBrokenZipTest.year()) + " CASH=" + sha256(SiskeudesCashTest.year()) + " SCENARIO=" + scenario);
  }
}
