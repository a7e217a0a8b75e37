package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The payee JSON: round trips, and every bad field refused with its path. */
class PayeeJsonTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Provide
  Arbitrary<Payee> payees() {
    Arbitrary<TaxId> taxId = Arbitraries.of(TaxId.npwp("012345678901000"), TaxId.npwp("0123456789012345"), TaxId.nik("3301010101010001"), TaxId.none());
    Arbitrary<String> id = Arbitraries.strings().withChars("abcxyz019-_.").ofMinLength(1).ofMaxLength(12).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    return Combinators.combine(Arbitraries.of(PayeeKind.class), id, taxId, Arbitraries.of(true, false), Arbitraries.of(PtkpStatus.class),
            Arbitraries.of(Golongan.class), Arbitraries.of(ConstructionCertificate.class))
        .as((k, i, t, b, s, g, c) -> switch (k) {
          case SUPPLIER -> Payee.supplier(i, "Nama " + i, t, b);
          case LANDLORD -> Payee.landlord(i, "Nama " + i, t, b);
          case CONTRACTOR -> Payee.contractor(i, "Nama " + i, t, b, c);
          case VILLAGE_OFFICIAL -> Payee.villageOfficial(i, "Nama " + i, t, s, b);
          case NON_EMPLOYEE -> Payee.nonEmployee(i, "Nama " + i, t);
          case CIVIL_SERVANT -> Payee.civilServant(i, "Nama " + i, t, g);
        });
  }

  @Property
  void roundTrips(@ForAll("payees") Payee p) throws Exception {
    String json = M.writeValueAsString(PayeeJson.write(p));
    assertEquals(p, PayeeJson.read(M.readTree(json), "$"));
  }

  @Test
  void aRegisterFileIsReadWithDuplicatesRefused() {
    String json = "[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"NON_EMPLOYEE\",\"taxId\":{\"kind\":\"NONE\"}},"
        + "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"CIVIL_SERVANT\",\"taxId\":{\"kind\":\"NPWP\",\"number\":\"01.234.567.8-901.000\"},\"golongan\":\"III/b\"}]";
    PayeeRegister r = PayeeJson.readRegister(in(json), "rekanan.json");
    assertEquals(Golongan.III, r.get("b").golongan().orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PayeeJson.readRegister(in(json.replace("\"id\":\"b\"", "\"id\":\"a\"")), "rekanan.json"));
    assertTrue(e.getMessage().contains("rekanan.json") && e.getMessage().contains("'a' appears twice"), e::getMessage);
  }

  @Test
  void badFieldsAreRefusedWithTheirPath() {
    for (List<String> c : List.of(
        List.of("{\"id\":\"a\",\"name\":\"A\",\"kind\":\"SHOP\",\"taxId\":{\"kind\":\"NONE\"},\"pkp\":true}", "$[0].kind"),
        List.of("{\"id\":\"a\",\"name\":\"A\",\"kind\":\"SUPPLIER\",\"taxId\":{\"kind\":\"NONE\"}}", "$[0].pkp"),
        List.of("{\"id\":\"a\",\"name\":\"A\",\"kind\":\"SUPPLIER\",\"taxId\":{\"kind\":\"NONE\"},\"pkp\":true,\"ptkp\":\"K/1\"}", "$[0].ptkp"),
        List.of("{\"id\":\"a\",\"name\":\"A\",\"kind\":\"VILLAGE_OFFICIAL\",\"taxId\":{\"kind\":\"NONE\"},\"ptkp\":\"K/4\",\"bpjsKesehatan\":false}", "$[0].ptkp"),
        List.of("{\"id\":\"a\",\"name\":\"A\",\"kind\":\"NON_EMPLOYEE\",\"taxId\":{\"kind\":\"NIK\",\"number\":\"123\"}}", "$[0].taxId.number"),
        List.of("{\"id\":\"a\",\"name\":\"A\",\"kind\":\"NON_EMPLOYEE\",\"taxId\":{\"kind\":\"NONE\",\"number\":\"1\"}}", "$[0].taxId.number"),
        List.of("{\"id\":\"a b\",\"name\":\"A\",\"kind\":\"NON_EMPLOYEE\",\"taxId\":{\"kind\":\"NONE\"}}", "$[0]"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PayeeJson.readRegister(in("[" + c.get(0) + "]"), "f.json"), c.get(0));
      assertTrue(e.getMessage().contains("f.json: " + c.get(1)), () -> c.get(1) + " expected in: " + e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> PayeeJson.readRegister(in("{}"), "f.json"));
    assertThrows(IllegalArgumentException.class, () -> PayeeJson.readRegister(in("[{"), "f.json"));
  }

  private static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
