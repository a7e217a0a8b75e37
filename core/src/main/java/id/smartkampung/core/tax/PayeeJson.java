package id.smartkampung.core.tax;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of payees — <i>daftar penerima/rekanan</i> as a file, and a payee inside a journal
 * entry: one object per payee with exactly the fields of its kind, e.g.
 *
 * <pre>{@code
 * {"id":"tb-maju","name":"TB Maju","kind":"SUPPLIER","taxId":{"kind":"NPWP","number":"012345678901000"},"pkp":true}
 * {"id":"kd","name":"Bambang","kind":"VILLAGE_OFFICIAL","taxId":{"kind":"NIK","number":"3510010101700001"},"ptkp":"K/2","bpjsKesehatan":true}
 * {"id":"cv","name":"CV Karya","kind":"CONTRACTOR","taxId":{"kind":"NONE"},"pkp":false,"certificate":"SMALL_QUALIFICATION"}
 * }</pre>
 *
 * Reading is strict: a missing, unknown or misplaced field is refused with its JSON path and the rule.
 * The full tax id is written (a journal is the village's own record); public output masks it.
 */
public final class PayeeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PayeeJson() {}

  /** The JSON object of a payee. */
  public static ObjectNode write(Payee p) {
    ObjectNode o = NODES.objectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("kind", p.kind().name());
    ObjectNode t = o.putObject("taxId");
    t.put("kind", p.taxId().kind().name());
    p.taxId().number().ifPresent(n -> t.put("number", n));
    switch (p.kind()) {
      case SUPPLIER, LANDLORD -> o.put("pkp", p.pkp());
      case CONTRACTOR -> {
        o.put("pkp", p.pkp());
        o.put("certificate", p.certificate().orElseThrow().name());
      }
      case VILLAGE_OFFICIAL -> {
        o.put("ptkp", p.ptkp().orElseThrow().label());
        o.put("bpjsKesehatan", p.bpjsKesehatan());
      }
      case NON_EMPLOYEE -> {}
      case CIVIL_SERVANT -> o.put("golongan", p.golongan().orElseThrow().name());
    }
    return o;
  }

  /** The JSON array of a register. */
  public static ArrayNode write(PayeeRegister r) {
    ArrayNode a = NODES.arrayNode();
    r.payees().forEach(p -> a.add(write(p)));
    return a;
  }

  /**
   * Reads one payee.
   *
   * @param path the JSON path of {@code node}, named in errors (e.g. {@code "$.tax.payee"})
   * @throws IllegalArgumentException naming the path, the field and the rule
   */
  public static Payee read(JsonNode node, String path) {
    return read(node, path, false);
  }

  /**
   * Reads one payee of a public record (a journal's SPP): its tax id is the kind only, without a
   * number ({@link Payee#withoutTaxNumber()}); a number there is refused.
   *
   * @throws IllegalArgumentException naming the path, the field and the rule
   */
  public static Payee readPublic(JsonNode node, String path) {
    return read(node, path, true);
  }

  private static Payee read(JsonNode node, String path, boolean kindOnly) {
    requireNonNull(path, "path");
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(path + ": a payee object is required");
    }
    String id = text(node, "id", path);
    String name = text(node, "name", path);
    PayeeKind kind = enumOf(PayeeKind.class, text(node, "kind", path), path + ".kind");
    TaxId taxId = taxId(node.get("taxId"), path + ".taxId", kindOnly);
    Set<String> allowed = switch (kind) {
      case SUPPLIER, LANDLORD -> Set.of("id", "name", "kind", "taxId", "pkp");
      case CONTRACTOR -> Set.of("id", "name", "kind", "taxId", "pkp", "certificate");
      case VILLAGE_OFFICIAL -> Set.of("id", "name", "kind", "taxId", "ptkp", "bpjsKesehatan");
      case NON_EMPLOYEE -> Set.of("id", "name", "kind", "taxId");
      case CIVIL_SERVANT -> Set.of("id", "name", "kind", "taxId", "golongan");
    };
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new IllegalArgumentException(path + "." + f + ": not a field of a " + kind + " payee (fields: " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
    try {
      return switch (kind) {
        case SUPPLIER -> Payee.supplier(id, name, taxId, bool(node, "pkp", path));
        case LANDLORD -> Payee.landlord(id, name, taxId, bool(node, "pkp", path));
        case CONTRACTOR -> Payee.contractor(id, name, taxId, bool(node, "pkp", path),
            enumOf(ConstructionCertificate.class, text(node, "certificate", path), path + ".certificate"));
        case VILLAGE_OFFICIAL -> Payee.villageOfficial(id, name, taxId, ptkp(text(node, "ptkp", path), path + ".ptkp"), bool(node, "bpjsKesehatan", path));
        case NON_EMPLOYEE -> Payee.nonEmployee(id, name, taxId);
        case CIVIL_SERVANT -> Payee.civilServant(id, name, taxId, golongan(text(node, "golongan", path), path + ".golongan"));
      };
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(path)) {
        throw e;
      }
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a register file: a JSON array of payees.
   *
   * @param source the file name named in errors
   * @throws IllegalArgumentException naming the source, the JSON path and the rule
   */
  public static PayeeRegister readRegister(InputStream json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(requireNonNull(json, "json"));
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(source + ": $: an array of payees is required");
    }
    List<Payee> payees = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      try {
        payees.add(read(root.get(i), "$[" + i + "]"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
      }
    }
    try {
      return PayeeRegister.of(payees);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": $: " + e.getMessage(), e);
    }
  }

  private static TaxId taxId(JsonNode t, String path, boolean kindOnly) {
    if (t == null || !t.isObject()) {
      throw new IllegalArgumentException(path + ": required, an object {\"kind\": NPWP|NIK|NONE, \"number\": digits}");
    }
    TaxId.Kind k = enumOf(TaxId.Kind.class, text(t, "kind", path), path + ".kind");
    JsonNode n = t.get("number");
    for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("kind") && !f.equals("number")) {
        throw new IllegalArgumentException(path + "." + f + ": not a field of a tax id (kind, number)");
      }
    }
    if (k == TaxId.Kind.NONE) {
      if (n != null) {
        throw new IllegalArgumentException(path + ".number: a payee without tax id has no number");
      }
      return TaxId.none();
    }
    if (kindOnly) {
      if (n != null) {
        throw new IllegalArgumentException(path + ".number: a public record carries the kind of tax id only, never its number (UU 27/2022)");
      }
      return TaxId.ofKind(k);
    }
    String number = text(t, "number", path);
    try {
      return k == TaxId.Kind.NPWP ? TaxId.npwp(number) : TaxId.nik(number);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ".number: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(path + "." + field + ": required, a string");
    }
    return v.textValue();
  }

  private static boolean bool(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw new IllegalArgumentException(path + "." + field + ": required, true or false");
    }
    return v.booleanValue();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String path) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": '" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static PtkpStatus ptkp(String text, String path) {
    try {
      return PtkpStatus.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static Golongan golongan(String text, String path) {
    try {
      return Golongan.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }
}
