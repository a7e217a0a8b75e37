package id.smartkampung.core.interchange.siskeudes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.tax.ConstructionCertificate;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The receipt note of an SPJ receipt ({@code Ta_SPJBukti.Keterangan}, {@link
 * SiskeudesCodes#receiptNote}): what it writes it reads back to the same purchase and payee
 * (name, kind, kind of tax id, PKP, certificate), and it refuses any other text.
 */
class SiskeudesReceiptNoteProperties {
  @Provide
  Arbitrary<Payee> payees() {
    Arbitrary<TaxId> ids = Arbitraries.of(TaxId.Kind.values()).map(TaxId::ofKind);
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
    return Combinators.combine(Arbitraries.integers().between(0, 3), names, ids, Arbitraries.of(true, false), Arbitraries.of(ConstructionCertificate.values()))
        .as((k, name, id, pkp, cert) -> switch (k) {
          case 0 -> Payee.supplier("x", name, id, pkp);
          case 1 -> Payee.landlord("x", name, id, pkp);
          case 2 -> Payee.contractor("x", name, id, pkp, cert);
          default -> Payee.nonEmployee("x", name, id);
        });
  }

  @Property(tries = 200)
  void aNoteReadsBackToItsPurchaseAndPayee(@ForAll PurchaseKind purchase, @ForAll("payees") Payee payee) {
    String note = SiskeudesCodes.receiptNote(purchase, payee).orElseThrow();
    SiskeudesCodes.ReceiptNote read = SiskeudesCodes.receiptNote(note, "x", payee.name());
    assertEquals(purchase, read.purchase());
    assertEquals(payee, read.payee());
  }

  @Example
  void aNoteNamesItsPartsAndOtherTextIsRefused() {
    assertEquals(Optional.of("GOODS; SUPPLIER; NPWP; PKP"), SiskeudesCodes.receiptNote(PurchaseKind.GOODS, Payee.supplier("cv", "CV", TaxId.ofKind(TaxId.Kind.NPWP), true)));
    assertEquals(Optional.of("CONSTRUCTION_WORK; CONTRACTOR; NONE; NON_PKP; SMALL_QUALIFICATION"),
        SiskeudesCodes.receiptNote(PurchaseKind.CONSTRUCTION_WORK, Payee.contractor("k", "K", TaxId.none(), false, ConstructionCertificate.SMALL_QUALIFICATION)));
    for (String bad : new String[] {"semen 30 sak", "GOODS; SUPPLIER; NPWP", "GOODS; SUPPLIER; NPWP; YES", "GOODS; CONTRACTOR; NPWP; PKP", "GOODS; SUPPLIER; NPWP; PKP; SMALL_QUALIFICATION",
        "BREAD; SUPPLIER; NPWP; PKP"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.receiptNote(bad, "x", "x"), bad);
      assertTrue(e.getMessage().contains("PURCHASE; PAYEE_KIND; TAX_ID_KIND; PKP|NON_PKP"), e.getMessage());
    }
  }
}
