package id.smartkampung.demo.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.json.StrictJson;
import id.smartkampung.core.money.Idr;
import id.smartkampung.demo.scenario.TrancheRequest;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.escalation.Escalation;
import id.smartkampung.monitoring.escalation.EscalationEvent;
import id.smartkampung.monitoring.escalation.EscalationStage;
import id.smartkampung.monitoring.json.InvalidJsonException;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.tranche.Absorption;
import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;

/**
 * The monitoring folder a district keeps beside its villages' journals — <i>folder pemantauan</i>
 * ({@code pemantauan/}), as {@code run} writes it and {@code report} reads it:
 *
 * <ul>
 *   <li>{@code ID.proyek.json} and {@code ID.laporan.json}: each project and its progress reports
 *       (the monitoring module's JSON), of every village of the district (those of the villages
 *       without a journal named {@code VILLAGE-CODE.ID.…});
 *   <li>{@code biaya.json}: what was paid (AC, rupiah) on the projects of villages whose books are not
 *       in the folder ({@code {"VILLAGE-CODE/PROJECT-ID": "123000000.00"}}); a village with a journal
 *       has its AC from its ledger;
 *   <li>{@code eskalasi.json}: the handling of kontrak kritis (show-cause meetings, warning letters,
 *       extension) of those projects, by the same key;
 *   <li>{@code tahap-ii.json}: the village's Dana Desa tahap II requests and the gates' verdict on the
 *       day each was made.
 * </ul>
 *
 * @param projects every project with its reports, by village code; the AC is zero for a project
 *     that takes it from its village's ledger
 * @param actualCosts the AC of projects of villages without a journal, by {@code VILLAGE-CODE/PROJECT-ID}
 * @param escalations the handling of kontrak kritis of projects of villages without a journal, by
 *     {@code VILLAGE-CODE/PROJECT-ID}
 * @param trancheRequests the tahap II requests, by village code
 */
public record MonitoringFolder(
    ImmutableList<Entry> projects,
    ImmutableMap<String, Money> actualCosts,
    ImmutableMap<String, Escalation> escalations,
    ImmutableMap<String, ImmutableList<TrancheRequest>> trancheRequests) {
  /** The file of the AC of villages without a journal. */
  public static final String COSTS = "biaya.json";

  /** The file of the escalations of villages without a journal. */
  public static final String ESCALATIONS = "eskalasi.json";

  /** The file of the tahap II requests. */
  public static final String TRANCHES = "tahap-ii.json";

  private static final ObjectMapper MAPPER = StrictJson.newMapper();

  /** A project and its progress reports. */
  public record Entry(Project project, ImmutableList<ProgressReport> reports) {}

  public MonitoringFolder {
    requireNonNull(projects, "projects");
    requireNonNull(actualCosts, "actualCosts");
    requireNonNull(escalations, "escalations");
    requireNonNull(trancheRequests, "trancheRequests");
  }

  /** The projects of a village, monitored with the AC its ledger gives ({@code acOf}). */
  public ImmutableList<MonitoredProject> village(String code, java.util.function.Function<Project, Money> acOf) {
    return projects.stream()
        .filter(e -> e.project().village().code().equals(code))
        .map(e -> MonitoredProject.of(e.project(), e.reports(), acOf.apply(e.project())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The projects of the villages not among {@code withBooks}, with their AC from {@value #COSTS} (zero when not given). */
  public ImmutableList<MonitoredProject> others(java.util.Set<String> withBooks) {
    return projects.stream()
        .filter(e -> !withBooks.contains(e.project().village().code()))
        .map(e -> MonitoredProject.of(e.project(), e.reports(), actualCosts.getOrDefault(key(e.project()), Idr.ZERO))
            .withEscalation(escalations.getOrDefault(key(e.project()), Escalation.none())))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Reads the folder; an absent folder is an empty one.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file (and JSON path) of a malformed file
   */
  public static MonitoringFolder read(Path dir) throws IOException {
    List<Entry> projects = new ArrayList<>();
    Map<String, Money> costs = new LinkedHashMap<>();
    Map<String, ImmutableList<TrancheRequest>> tranches = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return new MonitoringFolder(ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".proyek.json")).sorted().toList();
    }
    for (Path f : files) {
      Project p = monitoring(f, () -> ProjectJson.read(Files.readString(f, UTF_8)));
      Path reportsFile = f.resolveSibling(f.getFileName().toString().replace(".proyek.json", ".laporan.json"));
      List<ProgressReport> reports = Files.exists(reportsFile)
          ? monitoring(reportsFile, () -> ProgressJson.read(Files.readString(reportsFile, UTF_8), p))
          : List.of();
      projects.add(new Entry(p, ImmutableList.sortedCopyOf(java.util.Comparator.comparing(ProgressReport::date), reports)));
    }
    Path c = dir.resolve(COSTS);
    if (Files.exists(c)) {
      JsonNode n = tree(c);
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
        try {
          costs.put(e.getKey(), Idr.of(new BigDecimal(e.getValue().asText())));
        } catch (RuntimeException x) {
          throw new IllegalArgumentException(c + ": $." + e.getKey() + ": not an amount in rupiah (" + x.getMessage() + ")", x);
        }
      }
    }
    Map<String, Escalation> escalations = new LinkedHashMap<>();
    Path esc = dir.resolve(ESCALATIONS);
    if (Files.exists(esc)) {
      JsonNode n = tree(esc);
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
        List<EscalationEvent> events = new ArrayList<>();
        try {
          for (JsonNode ev : e.getValue()) {
            JsonNode until = ev.get("until");
            events.add(new EscalationEvent(EscalationStage.valueOf(ev.get("stage").asText()), LocalDate.parse(ev.get("date").asText()),
                ev.get("document").asText(), until == null || until.isNull() ? null : LocalDate.parse(until.asText())));
          }
          escalations.put(e.getKey(), Escalation.of(events));
        } catch (RuntimeException y) {
          throw new IllegalArgumentException(esc + ": $." + e.getKey() + ": not an escalation (" + y.getMessage() + ")", y);
        }
      }
    }
    Path t = dir.resolve(TRANCHES);
    if (Files.exists(t)) {
      JsonNode n = tree(t);
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
        List<TrancheRequest> list = new ArrayList<>();
        int i = 0;
        for (JsonNode r : e.getValue()) {
          String at = "$." + e.getKey() + "[" + i++ + "]";
          try {
            list.add(request(r));
          } catch (RuntimeException x) {
            throw new IllegalArgumentException(t + ": " + at + ": not a tahap II request (" + x.getMessage() + ")", x);
          }
        }
        tranches.put(e.getKey(), ImmutableList.copyOf(list));
      }
    }
    return new MonitoringFolder(ImmutableList.copyOf(projects), ImmutableMap.copyOf(costs), ImmutableMap.copyOf(escalations), ImmutableMap.copyOf(tranches));
  }

  /**
   * Writes what a folder holds beyond the village dashboards' own projects ({@link ReportWriter}):
   * the other villages' projects and reports, their AC, and the tahap II requests of {@code village}.
   *
   * @return the files written, relative to the folder's parent ({@code pemantauan/…})
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<String> writeDistrict(Path dir, List<MonitoredProject> others, String village, List<TrancheRequest> requests)
      throws IOException {
    Files.createDirectories(dir);
    List<String> written = new ArrayList<>();
    ObjectNode costs = MAPPER.createObjectNode();
    for (MonitoredProject mp : others) {
      String name = mp.project().village().code() + "." + mp.project().id().value(); // project ids are the village's own
      Files.writeString(dir.resolve(name + ".proyek.json"), ProjectJson.write(mp.project()), UTF_8);
      Files.writeString(dir.resolve(name + ".laporan.json"), ProgressJson.write(mp.project(), mp.reports()), UTF_8);
      written.add(ReportWriter.MONITORING_DIR + "/" + name + ".proyek.json");
      written.add(ReportWriter.MONITORING_DIR + "/" + name + ".laporan.json");
      costs.put(key(mp.project()), Idr.toSen(mp.actualCost()) / 100 + "." + String.format("%02d", Idr.toSen(mp.actualCost()) % 100));
    }
    Files.writeString(dir.resolve(COSTS), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(costs), UTF_8);
    ObjectNode escalations = MAPPER.createObjectNode();
    for (MonitoredProject mp : others) {
      if (!mp.escalation().isEmpty()) {
        ArrayNode events = escalations.putArray(key(mp.project()));
        for (EscalationEvent ev : mp.escalation().events()) {
          LocalDate until = ev.until();
          events.addObject().put("stage", ev.stage().name()).put("date", ev.date().toString()).put("document", ev.document())
              .put("until", until == null ? null : until.toString());
        }
      }
    }
    Files.writeString(dir.resolve(ESCALATIONS), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(escalations), UTF_8);
    written.add(ReportWriter.MONITORING_DIR + "/" + ESCALATIONS);
    written.add(ReportWriter.MONITORING_DIR + "/" + COSTS);
    ObjectNode tranches = MAPPER.createObjectNode();
    ArrayNode list = tranches.putArray(village);
    for (TrancheRequest r : requests) {
      list.add(json(r));
    }
    Files.writeString(dir.resolve(TRANCHES), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tranches), UTF_8);
    written.add(ReportWriter.MONITORING_DIR + "/" + TRANCHES);
    return ImmutableList.copyOf(written);
  }

  /** A project's key in {@value #COSTS}: {@code VILLAGE-CODE/PROJECT-ID} (project ids are unique within their village). */
  static String key(Project p) {
    return p.village().code() + "/" + p.id().value();
  }

  private static ObjectNode json(TrancheRequest r) {
    TrancheEligibility e = r.eligibility();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("date", r.date().toString());
    LocalDate received = r.received();
    o.put("received", received == null ? null : received.toString());
    o.put("fiscalYear", e.fiscalYear());
    o.put("tranche", e.tranche());
    o.put("absorption", e.absorption().fraction().toPlainString());
    Percent output = e.output();
    o.put("output", output == null ? null : output.value().toPlainString());
    o.put("minAbsorption", e.minAbsorption().value().toPlainString());
    o.put("minOutput", e.minOutput().value().toPlainString());
    o.put("eligible", e.eligible());
    ArrayNode reasons = o.putArray("reasons");
    e.reasons().forEach(reasons::add);
    return o;
  }

  private static TrancheRequest request(JsonNode o) {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    o.get("reasons").forEach(x -> reasons.add(x.asText()));
    JsonNode output = o.get("output");
    JsonNode received = o.get("received");
    TrancheEligibility e = new TrancheEligibility(o.get("fiscalYear").asInt(), o.get("tranche").asInt(),
        new Absorption(new BigDecimal(o.get("absorption").asText())), output == null || output.isNull() ? null : new Percent(new BigDecimal(output.asText())),
        new Percent(new BigDecimal(o.get("minAbsorption").asText())), new Percent(new BigDecimal(o.get("minOutput").asText())),
        o.get("eligible").asBoolean(), reasons.build());
    return new TrancheRequest(LocalDate.parse(o.get("date").asText()), e,
        received == null || received.isNull() ? null : LocalDate.parse(received.asText()));
  }

  private static JsonNode tree(Path f) throws IOException {
    try {
      JsonNode n = MAPPER.readTree(Files.readString(f, UTF_8));
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException(f + ": not a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(f + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  private interface Reader<T> {
    T read() throws IOException;
  }

  private static <T> T monitoring(Path file, Reader<T> reader) throws IOException {
    try {
      return reader.read();
    } catch (InvalidJsonException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
