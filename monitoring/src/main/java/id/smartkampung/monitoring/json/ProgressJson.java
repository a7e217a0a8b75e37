package id.smartkampung.monitoring.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.json.InvalidJsonException.Rule;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.progress.Verification;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes the progress reports of one project as JSON — <i>laporan kemajuan</i>:
 *
 * <pre>{@code
 * {
 *   "projectId": "2025-02.03.10-01",
 *   "villageCode": "35.10.16.2003",
 *   "reports": [
 *     {
 *       "date": "2025-04-07",
 *       "physicalPercent": "0",
 *       "reporter": "Ketua TPK",
 *       "verifiedBy": "Kasi Pembangunan",
 *       "verifiedOn": "2025-04-09",
 *       "measuredVolume": "0",
 *       "evidence": [
 *         {"photoSha256": "9f86d0…", "lat": -8.2101, "lon": 114.3302, "accuracyMeters": 4.5,
 *          "capturedAt": "2025-04-07T08:30:00"}
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * A report gives either {@code physicalPercent} (0–100) or {@code itemVolumes} ({@code {"item
 * name": "12.5"}}, weighted by the project's RAB); {@code verifiedBy}, {@code measuredVolume} and
 * {@code evidence} are optional; {@code verifiedOn} (on or after the report's date, default the
 * report's date) needs {@code verifiedBy}. The document must be for the given project (id and village code).
 * Bad input is refused with an {@link InvalidJsonException} naming the JSON path and the rule.
 *
 * <p>Read through core's strict JSON layer, with its input limits ({@link
 * id.smartkampung.core.json.InputLimits}: 16 MiB, nesting 32, strings 65,536 characters, duplicate
 * keys refused); errors quote at most a short prefix of a value.
 */
@Api(Api.Status.STABLE)
public final class ProgressJson {
  private static final Set<String> REPORT_FIELDS =
      Set.of("date", "physicalPercent", "itemVolumes", "reporter", "verifiedBy", "verifiedOn", "measuredVolume", "evidence");

  private ProgressJson() {}

  /**
   * Reads the reports of {@code project}, in document order.
   *
   * @throws InvalidJsonException naming the path and rule of the first problem
   */
  public static ImmutableList<ProgressReport> read(String json, Project project) {
    return read(new StringReader(requireNonNull(json, "json")), project);
  }

  /** Reads the reports of {@code project} from a character stream (not closed). */
  public static ImmutableList<ProgressReport> read(Reader in, Project project) {
    requireNonNull(project, "project");
    Node root = Node.parse(requireNonNull(in, "in")).object(Set.of("projectId", "villageCode", "reports"));
    String id = root.field("projectId").text();
    if (!id.equals(project.id().value())) {
      throw root.field("projectId").fail(Rule.INVALID_VALUE, "reports are for project '" + id + "', not '" + project.id() + "'");
    }
    String village = root.field("villageCode").text();
    if (!village.equals(project.village().code())) {
      throw root.field("villageCode").fail(Rule.INVALID_VALUE, "reports are for village '" + village + "', not '" + project.village().code() + "'");
    }
    ImmutableList.Builder<ProgressReport> out = ImmutableList.builder();
    for (Node r : root.field("reports").array()) {
      out.add(report(r, project));
    }
    return out.build();
  }

  private static ProgressReport report(Node r, Project project) {
    r.object(REPORT_FIELDS);
    LocalDate date = r.field("date").date();
    boolean pct = r.has("physicalPercent");
    boolean vol = r.has("itemVolumes");
    if (pct == vol) {
      throw r.fail(pct ? Rule.INVALID_VALUE : Rule.MISSING_FIELD, "a report has exactly one of 'physicalPercent' and 'itemVolumes'");
    }
    Percent physical;
    ImmutableSortedMap<String, BigDecimal> volumes = ImmutableSortedMap.of();
    if (pct) {
      physical = r.field("physicalPercent").percent();
    } else {
      Node vn = r.field("itemVolumes");
      Optional<Rab> rab = project.planAt(date).rab();
      if (rab.isEmpty()) {
        throw vn.fail(Rule.INVALID_VALUE, "project " + project.id() + " has no RAB to weigh item volumes by; report 'physicalPercent'");
      }
      Map<String, BigDecimal> m = new TreeMap<>();
      for (Map.Entry<String, Node> e : vn.entries()) {
        BigDecimal v = e.getValue().decimal();
        if (v.signum() < 0) {
          throw e.getValue().fail(Rule.OUT_OF_RANGE, "volume " + v.toPlainString() + " is negative");
        }
        m.put(e.getKey(), v);
      }
      physical = vn.as(Rule.INVALID_VALUE, x -> rab.get().weightedPercent(m));
      volumes = ImmutableSortedMap.copyOf(m);
    }
    String reporter = r.field("reporter").nonBlankText();
    Optional<String> verifiedBy = r.optField("verifiedBy").map(Node::nonBlankText);
    if (r.has("verifiedOn") && verifiedBy.isEmpty()) {
      throw r.field("verifiedOn").fail(Rule.INVALID_VALUE, "'verifiedOn' needs 'verifiedBy': who verified the report");
    }
    LocalDate verifiedOn = r.has("verifiedOn") ? r.field("verifiedOn").date() : date;
    if (verifiedOn.isBefore(date)) {
      throw r.field("verifiedOn").fail(Rule.OUT_OF_RANGE, "verified on " + verifiedOn + ", before the report's date " + date);
    }
    Optional<Verification> verification = verifiedBy.map(v -> Verification.of(v, verifiedOn));
    Optional<BigDecimal> measured = Optional.empty();
    if (r.has("measuredVolume")) {
      BigDecimal v = r.field("measuredVolume").decimal();
      if (v.signum() < 0) {
        throw r.field("measuredVolume").fail(Rule.OUT_OF_RANGE, "measured volume " + v.toPlainString() + " is negative");
      }
      measured = Optional.of(v);
    }
    List<Evidence> evidence = new ArrayList<>();
    if (r.has("evidence")) {
      for (Node e : r.field("evidence").array()) {
        evidence.add(evidence(e));
      }
    }
    return new ProgressReport(
        date, physical, volumes, measured.orElse(null), ImmutableList.copyOf(evidence), reporter, verification.orElse(null));
  }

  private static Evidence evidence(Node e) {
    e.object(Set.of("photoSha256", "lat", "lon", "accuracyMeters", "capturedAt"));
    PhotoHash h = e.field("photoSha256").as(Rule.INVALID_VALUE, n -> PhotoHash.parse(n.text()));
    double lat = e.field("lat").number(-90, 90, "latitude");
    double lon = e.field("lon").number(-180, 180, "longitude");
    double acc = e.field("accuracyMeters").number(0, Evidence.MAX_ACCURACY_METERS, "GPS accuracy");
    LocalDateTime at = e.field("capturedAt").dateTime();
    return Evidence.of(h, GeoPoint.of(lat, lon), acc, at);
  }

  /** Writes the reports of {@code project} as JSON (pretty-printed). */
  public static String write(Project project, List<ProgressReport> reports) {
    requireNonNull(project, "project");
    ObjectNode o = Node.MAPPER.createObjectNode();
    o.put("projectId", project.id().value());
    o.put("villageCode", project.village().code());
    ArrayNode arr = o.putArray("reports");
    for (ProgressReport r : reports) {
      ObjectNode ro = arr.addObject();
      ro.put("date", r.date().toString());
      if (r.itemVolumes().isEmpty()) {
        ro.put("physicalPercent", ProjectJson.percentText(r.physical()));
      } else {
        ObjectNode iv = ro.putObject("itemVolumes");
        r.itemVolumes().forEach((k, v) -> iv.put(k, v.toPlainString()));
      }
      ro.put("reporter", r.reporter());
      Verification v = r.verification();
      if (v != null) {
        ro.put("verifiedBy", v.verifier()).put("verifiedOn", v.on().toString());
      }
      BigDecimal measured = r.measuredVolume();
      if (measured != null) {
        ro.put("measuredVolume", measured.toPlainString());
      }
      if (!r.evidence().isEmpty()) {
        ArrayNode ea = ro.putArray("evidence");
        for (Evidence e : r.evidence()) {
          ea.addObject()
              .put("photoSha256", e.photo().hex())
              .put("lat", e.location().latitude())
              .put("lon", e.location().longitude())
              .put("accuracyMeters", e.accuracyMeters())
              .put("capturedAt", e.capturedAt().toString());
        }
      }
    }
    return ProjectJson.pretty(o);
  }
}
