package id.smartkampung.monitoring.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.json.InvalidJsonException.Rule;
import id.smartkampung.monitoring.plan.Addendum;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.plan.WorkSchedule;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Dpal;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.ProjectId;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.javamoney.moneta.Money;

/**
 * Reads and writes a {@link Project} as JSON — <i>data kegiatan fisik</i>. Amounts are quoted
 * decimal strings ({@code "150000000.00"}), percentages quoted decimals ({@code "37.5"}),
 * coordinates JSON numbers, dates ISO-8601. The shape:
 *
 * <pre>{@code
 * {
 *   "id": "2025-02.03.10-01",
 *   "name": "Rabat beton jalan Dusun Krajan",
 *   "village": {"code": "35.10.16.2003", "name": "Kemiren", "kecamatan": "Glagah", "kabupaten": "Banyuwangi"},
 *   "fiscalYear": 2025,
 *   "kegiatan": "02.03.10",
 *   "allocation": [{"fundSource": "DDS", "amount": "150000000.00"}],
 *   "output": {"volume": "350", "unit": "m"},
 *   "site": {"points": [{"lat": -8.21, "lon": 114.33}, {"lat": -8.212, "lon": 114.331}]},
 *   "implementer": {"kind": "TPK_SWAKELOLA", "name": "TPK Desa Kemiren"},
 *   "benchmark": {"unitCost": "420000.00", "source": "HSPK Banyuwangi 2025"},
 *   "plan": {"start": "2025-04-07", "periodDays": 7, "cumulativePercent": ["0", "10", "35", "70", "100"]}
 * }
 * }</pre>
 *
 * The plan may instead be {@code {"start": "…", "rab": [{"name": "…", "cost": "…", "startWeek": 0,
 * "weeks": 2, "volume": "52.5", "unit": "m3"}]}} (weekly, from the RAB); {@code benchmark} is
 * optional. Optional {@code addenda}: {@code [{"date": "…", "document": "…", "plan": {…}}]}, the
 * contract addenda (CCO) re-baselining the plan from their dates; optional {@code dpal}: {@code
 * [{"year": 2026, "date": "…", "document": "…", "realisedBefore": "…"}]}, the continuations into
 * later years. RAB items may also carry {@code number}, {@code kind} ({@code physical} or {@code
 * non-physical}), {@code unitPrice} (then {@code cost} may be left out: volume × unit price) and, in
 * place of {@code startWeek}/{@code weeks}, {@code weekLoads} ({@code {"2": "25", "3": "75"}}).
 * Unknown fields, missing fields, wrong types and out-of-range values are refused with an
 * {@link InvalidJsonException} naming the JSON path and the rule.
 *
 * <p>Read through core's strict JSON layer, with its input limits ({@link
 * id.smartkampung.core.json.InputLimits}: 16 MiB, nesting 32, strings 65,536 characters, duplicate
 * keys refused); errors quote at most a short prefix of a value.
 */
@Api(Api.Status.STABLE)
public final class ProjectJson {
  private static final Set<String> PROJECT_FIELDS =
      Set.of("id", "name", "village", "fiscalYear", "kegiatan", "allocation", "output", "site", "implementer", "benchmark", "plan", "addenda", "dpal");

  private ProjectJson() {}

  /**
   * Reads a project.
   *
   * @throws InvalidJsonException naming the path and rule of the first problem
   */
  public static Project read(String json) {
    return read(new StringReader(requireNonNull(json, "json")));
  }

  /**
   * Reads a project from a character stream (not closed).
   *
   * @throws InvalidJsonException naming the path and rule of the first problem
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Project read(Reader in) {
    return project(Node.parse(requireNonNull(in, "in")));
  }

  static Project project(Node root) {
    root.object(PROJECT_FIELDS);
    ProjectId id = root.field("id").as(Rule.INVALID_VALUE, n -> ProjectId.of(n.text()));
    String name = root.field("name").nonBlankText();
    Village village = village(root.field("village"));
    int fiscalYear = root.field("fiscalYear").integer(2000, 2100);
    KegiatanCode kegiatan = root.field("kegiatan").as(Rule.INVALID_VALUE, n -> KegiatanCode.parse(n.text()));
    Allocation allocation = allocation(root.field("allocation"), kegiatan);
    Node outNode = root.field("output").object(Set.of("volume", "unit"));
    BigDecimal volume = outNode.field("volume").decimal();
    if (volume.signum() <= 0) {
      throw outNode.field("volume").fail(Rule.OUT_OF_RANGE, "output volume " + volume.toPlainString() + " is not positive");
    }
    OutputTarget output = OutputTarget.of(volume, outNode.field("unit").nonBlankText());
    Site site = site(root.field("site"));
    Node impl = root.field("implementer").object(Set.of("kind", "name"));
    Implementer.Kind kind = impl.field("kind").as(Rule.INVALID_VALUE, n -> enumValue(Implementer.Kind.class, n.text()));
    Implementer implementer = new Implementer(kind, impl.field("name").nonBlankText());
    Optional<UnitCostBenchmark> benchmark = Optional.empty();
    Optional<Node> b = root.optField("benchmark");
    if (b.isPresent()) {
      Node bn = b.get().object(Set.of("unitCost", "source"));
      long cost = bn.field("unitCost").amountSen();
      String source = bn.field("source").nonBlankText();
      benchmark = Optional.of(bn.field("unitCost").as(Rule.OUT_OF_RANGE, n -> new UnitCostBenchmark(Idr.ofSen(cost), source)));
    }
    PlannedCurve plan = plan(root.field("plan"));
    ImmutableList.Builder<Addendum> addenda = ImmutableList.builder();
    Optional<Node> an = root.optField("addenda");
    if (an.isPresent()) {
      for (Node a : an.get().array()) {
        a.object(Set.of("date", "document", "plan"));
        LocalDate date = a.field("date").date();
        String document = a.field("document").nonBlankText();
        PlannedCurve p = plan(a.field("plan"));
        addenda.add(Addendum.of(date, document, p));
      }
    }
    ImmutableList.Builder<Dpal> dpal = ImmutableList.builder();
    Optional<Node> dn = root.optField("dpal");
    if (dn.isPresent()) {
      for (Node d : dn.get().array()) {
        d.object(Set.of("year", "date", "document", "realisedBefore"));
        int year = d.field("year").integer(2000, 2100);
        LocalDate date = d.field("date").date();
        String document = d.field("document").nonBlankText();
        long before = d.field("realisedBefore").amountSen();
        Dpal one = d.as(Rule.INVALID_VALUE, x -> Dpal.of(year, date, document, Idr.ofSen(before)));
        dpal.add(one);
      }
    }
    UnitCostBenchmark bm = benchmark.orElse(null);
    return root.as(Rule.INVALID_VALUE, n -> new Project(id, name, village, fiscalYear, allocation, output, site, plan, implementer, bm,
        addenda.build(), dpal.build()));
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new IllegalArgumentException("'" + text + "' is not one of " + names);
  }

  static Village village(Node n) {
    n.object(Set.of("code", "name", "kecamatan", "kabupaten"));
    Node codeNode = n.field("code");
    String code = codeNode.nonBlankText();
    String name = n.field("name").nonBlankText();
    String kec = n.optField("kecamatan").map(Node::text).orElse("");
    String kab = n.optField("kabupaten").map(Node::text).orElse("");
    try {
      Village.checkCode(code);
    } catch (IllegalArgumentException e) {
      throw codeNode.fail(Rule.INVALID_VALUE, e.getMessage());
    }
    return Village.of(code, name, kec, kab);
  }

  private static Allocation allocation(Node n, KegiatanCode kegiatan) {
    List<Node> items = n.array();
    if (items.isEmpty()) {
      throw n.fail(Rule.INVALID_VALUE, "an allocation has at least one fund source");
    }
    Map<FundSource, Money> m = new TreeMap<>();
    for (Node item : items) {
      item.object(Set.of("fundSource", "amount"));
      FundSource s = item.field("fundSource").as(Rule.INVALID_VALUE, x -> FundSource.parse(x.text()));
      Money amount = Idr.ofSen(item.field("amount").amountSen());
      if (m.put(s, amount) != null) {
        throw item.field("fundSource").fail(Rule.INVALID_VALUE, "fund source " + s + " appears twice in the allocation");
      }
    }
    return n.as(Rule.INVALID_VALUE, x -> new Allocation(kegiatan, ImmutableSortedMap.copyOf(m)));
  }

  private static Site site(Node n) {
    n.object(Set.of("points"));
    Node pts = n.field("points");
    List<GeoPoint> points = new ArrayList<>();
    for (Node p : pts.array()) {
      points.add(point(p));
    }
    if (points.isEmpty()) {
      throw pts.fail(Rule.INVALID_VALUE, "a site has at least one point");
    }
    return points.size() == 1 ? Site.point(points.get(0)) : Site.line(points);
  }

  static GeoPoint point(Node p) {
    p.object(Set.of("lat", "lon"));
    double lat = p.field("lat").number(-90, 90, "latitude");
    double lon = p.field("lon").number(-180, 180, "longitude");
    return GeoPoint.of(lat, lon);
  }

  private static PlannedCurve plan(Node n) {
    n.object(Set.of("start", "periodDays", "cumulativePercent", "rab"));
    LocalDate start = n.field("start").date();
    boolean cumulative = n.has("cumulativePercent");
    boolean rab = n.has("rab");
    if (cumulative == rab) {
      throw n.fail(cumulative ? Rule.INVALID_VALUE : Rule.MISSING_FIELD, "a plan has exactly one of 'cumulativePercent' and 'rab'");
    }
    if (rab) {
      if (n.has("periodDays")) {
        throw n.field("periodDays").fail(Rule.INVALID_VALUE, "a plan from a RAB is weekly; 'periodDays' is only for 'cumulativePercent'");
      }
      Node rn = n.field("rab");
      List<RabItem> items = new ArrayList<>();
      for (Node i : rn.array()) {
        items.add(rabItem(i));
      }
      Rab r = rn.as(Rule.INVALID_VALUE, x -> Rab.of(items));
      return PlannedCurve.fromRab(start, r);
    }
    int periodDays = n.field("periodDays").integer(1, PlannedCurve.MAX_PERIOD_DAYS);
    Node cn = n.field("cumulativePercent");
    List<Node> pts = cn.array();
    List<Percent> values = new ArrayList<>();
    for (int i = 0; i < pts.size(); i++) {
      Percent v = pts.get(i).percent();
      if (i == 0 && !v.isZero()) {
        throw pts.get(i).fail(Rule.INVALID_VALUE, "a plan starts at 0%, found " + v);
      }
      if (i > 0 && v.isBelow(values.get(i - 1))) {
        throw pts.get(i).fail(Rule.INVALID_VALUE, "a cumulative plan never decreases: " + v + " follows " + values.get(i - 1));
      }
      values.add(v);
    }
    if (!values.isEmpty() && !values.get(values.size() - 1).isComplete()) {
      throw pts.get(pts.size() - 1).fail(Rule.INVALID_VALUE, "a plan ends at 100%, found " + values.get(values.size() - 1));
    }
    return cn.as(Rule.INVALID_VALUE, x -> PlannedCurve.ofCumulative(start, periodDays, values));
  }

  private static RabItem rabItem(Node i) {
    i.object(Set.of("number", "name", "kind", "cost", "unitPrice", "startWeek", "weeks", "weekLoads", "volume", "unit"));
    String number = i.optField("number").map(Node::nonBlankText).orElse("");
    String name = i.field("name").nonBlankText();
    RabItem.Kind kind = RabItem.Kind.PHYSICAL;
    if (i.has("kind")) {
      String k = i.field("kind").text();
      kind = switch (k) {
        case "physical" -> RabItem.Kind.PHYSICAL;
        case "non-physical" -> RabItem.Kind.NON_PHYSICAL;
        default -> throw i.field("kind").fail(Rule.INVALID_VALUE, "kind is 'physical' or 'non-physical', found '" + k + "'");
      };
    }
    WorkSchedule schedule = schedule(i);
    Optional<BigDecimal> volume = Optional.empty();
    if (i.has("volume")) {
      BigDecimal v = i.field("volume").decimal();
      if (v.signum() <= 0) {
        throw i.field("volume").fail(Rule.OUT_OF_RANGE, "volume " + v.toPlainString() + " is not positive");
      }
      volume = Optional.of(v);
    }
    String unit = i.optField("unit").map(Node::text).orElse("");
    Optional<BigDecimal> vol = volume;
    Optional<Money> unitPrice = Optional.empty();
    if (i.has("unitPrice")) {
      if (volume.isEmpty()) {
        throw i.field("unitPrice").fail(Rule.INVALID_VALUE, "a unit price needs a 'volume'");
      }
      unitPrice = Optional.of(Idr.ofSen(i.field("unitPrice").amountSen()));
    }
    Optional<Money> price = unitPrice;
    RabItem.Kind k = kind;
    if (!i.has("cost")) {
      if (price.isEmpty()) {
        throw i.fail(Rule.MISSING_FIELD, "a RAB item has a 'cost', or a 'volume' and a 'unitPrice'");
      }
      return i.as(Rule.INVALID_VALUE, x -> {
        RabItem r = RabItem.priced(name, vol.get(), unit, price.get(), schedule).withNumber(number);
        return k == RabItem.Kind.PHYSICAL ? r : r.nonPhysical();
      });
    }
    long cost = i.field("cost").amountSen();
    return i.as(Rule.INVALID_VALUE, x -> new RabItem(number, name, k, Idr.ofSen(cost), price.orElse(null), schedule, vol.orElse(null), unit));
  }

  private static WorkSchedule schedule(Node i) {
    boolean loads = i.has("weekLoads");
    if (loads) {
      if (i.has("startWeek") || i.has("weeks")) {
        throw i.field("weekLoads").fail(Rule.INVALID_VALUE, "an item has either 'startWeek' and 'weeks' or 'weekLoads', not both");
      }
      Node ln = i.field("weekLoads");
      Map<Integer, BigDecimal> m = new TreeMap<>();
      for (Map.Entry<String, Node> e : ln.entries()) {
        int week;
        try {
          week = Integer.parseInt(e.getKey());
        } catch (NumberFormatException ex) {
          throw e.getValue().fail(Rule.INVALID_VALUE, "'" + e.getKey() + "' is not a week number (0, 1, 2, ...)");
        }
        if (week < 0 || week >= RabItem.MAX_WEEK || !e.getKey().equals(Integer.toString(week))) {
          throw e.getValue().fail(Rule.OUT_OF_RANGE, "week '" + e.getKey() + "' is not a week number 0.." + (RabItem.MAX_WEEK - 1));
        }
        BigDecimal v = e.getValue().decimal();
        if (v.signum() <= 0) {
          throw e.getValue().fail(Rule.OUT_OF_RANGE, "load " + v.toPlainString() + " is not positive (leave an idle week out)");
        }
        m.put(week, v);
      }
      if (m.isEmpty()) {
        throw ln.fail(Rule.INVALID_VALUE, "an item is worked on in at least one week");
      }
      return WorkSchedule.ofLoads(m);
    }
    int startWeek = i.field("startWeek").integer(0, RabItem.MAX_WEEK - 1);
    int weeks = i.field("weeks").integer(1, RabItem.MAX_WEEK);
    if (startWeek + weeks > RabItem.MAX_WEEK) {
      throw i.fail(Rule.INVALID_VALUE, "RAB item ends after week " + (startWeek + weeks) + " (plans longer than " + RabItem.MAX_WEEK + " weeks are refused)");
    }
    return WorkSchedule.contiguous(startWeek, weeks);
  }

  /** Writes a project as JSON (pretty-printed, fields in the order of the shape above). */
  public static String write(Project p) {
    requireNonNull(p, "project");
    ObjectNode o = Node.MAPPER.createObjectNode();
    o.put("id", p.id().value());
    o.put("name", p.name());
    o.set("village", village(p.village()));
    o.put("fiscalYear", p.fiscalYear());
    o.put("kegiatan", p.kegiatan().toString());
    ArrayNode alloc = o.putArray("allocation");
    p.allocation().bySource().forEach((s, amount) -> alloc.addObject().put("fundSource", s.code()).put("amount", Idr.format(amount)));
    o.putObject("output").put("volume", p.output().volume().toPlainString()).put("unit", p.output().unit());
    ArrayNode pts = o.putObject("site").putArray("points");
    for (GeoPoint g : p.site().points()) {
      pts.addObject().put("lat", g.latitude()).put("lon", g.longitude());
    }
    o.putObject("implementer").put("kind", p.implementer().kind().name()).put("name", p.implementer().name());
    UnitCostBenchmark b = p.benchmark();
    if (b != null) {
      o.putObject("benchmark").put("unitCost", Idr.format(b.unitCost())).put("source", b.source());
    }
    writePlan(o.putObject("plan"), p.plan());
    if (!p.addenda().isEmpty()) {
      ArrayNode an = o.putArray("addenda");
      for (Addendum a : p.addenda()) {
        ObjectNode ao = an.addObject().put("date", a.date().toString()).put("document", a.document());
        writePlan(ao.putObject("plan"), a.plan());
      }
    }
    if (!p.continuations().isEmpty()) {
      ArrayNode dn = o.putArray("dpal");
      for (Dpal d : p.continuations()) {
        dn.addObject().put("year", d.year()).put("date", d.date().toString()).put("document", d.document())
            .put("realisedBefore", Idr.format(d.realisedBefore()));
      }
    }
    return pretty(o);
  }

  private static void writePlan(ObjectNode plan, PlannedCurve curve) {
    plan.put("start", curve.start().toString());
    if (curve.rab().isPresent()) {
      ArrayNode rab = plan.putArray("rab");
      for (RabItem i : curve.rab().get().items()) {
        ObjectNode io = rab.addObject();
        if (!i.number().isEmpty()) {
          io.put("number", i.number());
        }
        io.put("name", i.name());
        if (!i.isPhysical()) {
          io.put("kind", "non-physical");
        }
        io.put("cost", Idr.format(i.cost()));
        Money unitPrice = i.unitPrice();
        if (unitPrice != null) {
          io.put("unitPrice", Idr.format(unitPrice));
        }
        WorkSchedule ws = i.schedule();
        if (ws.isContiguous() && ws.isEven()) {
          io.put("startWeek", i.startWeek()).put("weeks", i.weeks());
        } else {
          ObjectNode lo = io.putObject("weekLoads");
          ws.loads().forEach((w, v) -> lo.put(Integer.toString(w), v.toPlainString()));
        }
        BigDecimal volume = i.volume();
        if (volume != null) {
          io.put("volume", volume.toPlainString()).put("unit", i.unit());
        }
      }
    } else {
      plan.put("periodDays", curve.periodDays());
      ArrayNode c = plan.putArray("cumulativePercent");
      for (Percent v : curve.cumulative()) {
        c.add(percentText(v));
      }
    }
  }

  static ObjectNode village(Village v) {
    return Node.MAPPER.createObjectNode().put("code", v.code()).put("name", v.name()).put("kecamatan", v.kecamatan()).put("kabupaten", v.kabupaten());
  }

  static String percentText(Percent p) {
    return p.value().stripTrailingZeros().toPlainString();
  }

  static String pretty(ObjectNode o) {
    try {
      return Node.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
