package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import id.smartkampung.demo.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run} writes the village's journal; {@code audit} and {@code report} read it. Every documented
 * exit code: clean (0); a changed byte, a forged but validly chained and signed history, a removed
 * tail against the published anchor (1, naming the rule and the entry); no journal at all (2, one
 * line); bad arguments (2, one line). {@code report} rebuilds the run's dashboard from the journal
 * and never changes it. No stack trace reaches the user.
 */
class JournalCommandsTest {
  private static final Pattern ANCHOR = Pattern.compile("\\b([0-9]+:[0-9a-f]{64})\\b");
  private static final Official KD = new Official("35.10.01.2003-P01", "Hadi Sucipto", Role.KEPALA_DESA);
  private static final Official SEKDES = new Official("35.10.01.2003-P02", "Siti Rahayu", Role.SEKRETARIS_DESA);
  private static final Official KAUR = new Official("35.10.01.2003-P03", "Dwi Lestari", Role.KAUR_KEUANGAN);
  private static final Official PKA = new Official("35.10.01.2003-P05", "Bambang Wijaya", Role.PELAKSANA_KEGIATAN);
  private static final BudgetItemKey POSYANDU = BudgetItemKey.of(KegiatanCode.parse("02.02.07"), AccountCode.parse("5.3.4.01"), FundSource.DDS);

  @TempDir static Path shared;
  static Path runDir;
  static Path journal;
  static String anchor;
  static Result run;
  @TempDir Path dir;

  @BeforeAll
  static void runTheYear() throws Exception {
    runDir = shared.resolve("run");
    run = ValidateCommandTest.run("run", "--out", runDir.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    try (var s = Files.list(runDir)) {
      journal = s.filter(p -> p.getFileName().toString().matches("jurnal-.*-2025\\.jsonl")).findFirst().orElseThrow(() -> new AssertionError(run.out()));
    }
    Matcher m = ANCHOR.matcher(run.out().lines().filter(l -> l.startsWith("Journal anchor")).findFirst().orElseThrow(() -> new AssertionError(run.out())));
    assertTrue(m.find());
    anchor = m.group(1);
  }

  // ------------------------------------------------------------------------------------------ run

  @Test
  @DisplayName("run writes the journal under its village's name, prints and shows its anchor; a second run replaces it, saying so")
  void runWritesTheJournal() throws Exception {
    assertEquals("jurnal-35.10.01.2003-2025.jsonl", journal.getFileName().toString());
    assertTrue(run.out().contains("Journal: " + journal), run.out());
    assertFalse(run.out().contains("not in this build"), "the placeholder is gone");
    String html = Files.readString(runDir.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    assertTrue(html.contains(anchor) && html.contains(journal.getFileName().toString()), "the dashboard shows the anchor and the file");
    assertEquals(Long.parseLong(anchor.split(":")[0]) + 1, Files.readAllLines(journal).size(), "the anchor is the last entry");
    try (var s = Files.list(runDir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial file left behind");
    }

    Path again = Files.createDirectories(dir.resolve("again"));
    Files.writeString(again.resolve(journal.getFileName()), "an earlier run's journal");
    Result second = ValidateCommandTest.run("run", "--out", again.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, second.code(), second.out() + second.err());
    assertTrue(second.out().contains("replacing the journal of an earlier run"), second.out());
    assertArrayEquals(Files.readAllBytes(journal), Files.readAllBytes(again.resolve(journal.getFileName())), "the same seed writes the same journal");
  }

  // ---------------------------------------------------------------------------------------- audit

  @Test
  @DisplayName("audit of the written journal: exit 0, clean, with the entries and the anchor; also against the published anchor")
  void auditClean() {
    Result r = audit(journal.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Clean:"), r.out());
    assertTrue(r.out().contains(anchor.split(":")[0] + " entries") && r.out().contains(anchor), r.out());
    assertFalse(r.out().contains("warning"), "an honest journal has no finding at all: " + r.out());
    // the run's two refused attempts (the Plh. Kepala Desa approving his own SPP, the posyandu's extra work over budget), each its official's own
    assertTrue(r.out().contains("Refused attempts kept in the journal: 2"), r.out());
    assertTrue(r.out().contains("approve-spp") && r.out().contains("refused for I7.segregation-of-duties"), r.out());
    assertTrue(r.out().contains("refused for I5.item-overspent"), r.out());
    assertFalse(r.out().contains("not attributable"), r.out());
    Result withAnchor = audit(journal.toString(), "--anchor", anchor);
    assertEquals(ExitCode.OK, withAnchor.code(), withAnchor.out() + withAnchor.err());
    assertTrue(withAnchor.out().contains("Bersih") && withAnchor.out().contains("Cocok dengan jangkar " + anchor), withAnchor.out());
  }

  @Test
  @DisplayName("a byte changed in the middle: exit 1, the entry named with I9.history-altered")
  void auditChangedByte() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(journal, UTF_8));
    int seq = lines.size() / 2;
    String line = lines.get(seq);
    int at = line.indexOf("\"at\":\"2025-") + 8; // a digit of the year of the operation's time
    lines.set(seq, line.substring(0, at) + (line.charAt(at) == '0' ? '1' : '0') + line.substring(at + 1));
    Path f = Files.writeString(dir.resolve("changed.jsonl"), String.join("\n", lines) + "\n", UTF_8);
    Result r = audit(f.toString(), "--lang", "en");
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("entry " + seq + ": ERROR I9.history-altered"), r.out());
    assertTrue(r.out().contains("entry " + seq + " was altered"), r.out());
    noStackTrace(r);
  }

  @Test
  @DisplayName("a forged overspending payment, re-hashed and signed by insiders: exit 1 naming I5.item-overspent at its entry")
  void auditForgedOverspending() throws Exception {
    List<ObjectNode> b = JournalForgery.bodies(journal);
    int close = JournalForgery.find(b, "close-year", null);
    Instant t = Instant.parse(b.get(close - 1).get("op").get("at").asText()).plusSeconds(1);
    SubmitSpp submit = new SubmitSpp(OperationId.of("forged-1"), PKA, t, SppType.LS, POSYANDU, Idr.of(12_500_000L), "Toko Bangunan Sumber Makmur",
        "Pekerjaan tambah: pagar posyandu");
    b.add(close, JournalForgery.signed(submit));
    b.add(close + 1, JournalForgery.signed(new VerifySpp(OperationId.of("forged-2"), SEKDES, t.plusSeconds(1), submit.id())));
    b.add(close + 2, JournalForgery.signed(new ApproveSpp(OperationId.of("forged-3"), KD, t.plusSeconds(2), submit.id())));
    b.add(close + 3, JournalForgery.signed(new PaySpp(OperationId.of("forged-4"), KAUR, t.plusSeconds(3), submit.id(), ImmutableSortedSet.of(), "trf")));
    Path f = JournalForgery.write(dir.resolve("overspent.jsonl"), b);

    Result r = audit(f.toString(), "--lang", "en");
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("entry " + close + ": ERROR I5.item-overspent at forged-1"), r.out());
    assertFalse(r.out().contains("I9.history-altered") || r.out().contains("signature"), "the chain and the signatures are valid: " + r.out());
    noStackTrace(r);
    Result id = audit(f.toString()); // Indonesian, the default: the findings from the message catalogue
    assertTrue(id.out().contains("entri " + close + ": pelanggaran I5.item-overspent di forged-1"), id.out());
    assertFalse(id.out().contains("would have"), "no English sentence of the library: " + id.out());

    Result report = ValidateCommandTest.run("report", f.toString(), "--out", dir.resolve("never").toString());
    assertEquals(ExitCode.UNREADABLE, report.code(), report.out() + report.err());
    assertTrue(report.err().startsWith("error: " + f + ", line " + (close + 1) + " (entry " + close + "):"), report.err());
    assertEquals(1, report.err().strip().lines().count(), report.err());
    assertFalse(Files.exists(dir.resolve("never")), "nothing written from a refused journal");
  }

  @Test
  @DisplayName("a forged self-approval (the submitter approves, with his own valid signature): exit 1 naming I7 at the approval")
  void auditForgedSelfApproval() throws Exception {
    List<ObjectNode> b = JournalForgery.bodies(journal);
    int approve = JournalForgery.find(b, "approve-spp", null);
    ObjectNode op = (ObjectNode) b.get(approve).get("op");
    int submit = JournalForgery.find(b, "submit-spp", op.get("spp").asText());
    Official submitter = JournalForgery.official(b.get(submit).get("op").get("actor"));
    b.set(approve, JournalForgery.signed(new ApproveSpp(OperationId.of(op.get("id").asText()), submitter, Instant.parse(op.get("at").asText()),
        OperationId.of(op.get("spp").asText()))));
    Path f = JournalForgery.write(dir.resolve("self-approved.jsonl"), b);
    Result r = audit(f.toString(), "--lang", "en");
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("entry " + approve + ": ERROR I7.segregation-of-duties"), r.out());
  }

  @Test
  @DisplayName("entries removed from the end: the shorter chain is valid, but not against the published anchor (exit 1)")
  void auditRemovedTail() throws Exception {
    List<String> lines = Files.readAllLines(journal, UTF_8);
    Path f = Files.write(dir.resolve("short.jsonl"), lines.subList(0, lines.size() - 3), UTF_8);
    assertEquals(ExitCode.OK, audit(f.toString()).code(), "without the anchor nothing tells");
    Result r = audit(f.toString(), "--anchor", anchor, "--lang", "en");
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    long last = Long.parseLong(anchor.split(":")[0]);
    assertTrue(r.out().contains("entry " + (last - 2) + ": ERROR I9.history-altered") && r.out().contains("are missing"), r.out());
  }

  @Test
  @DisplayName("no journal at all: missing, empty, a directory, not a journal, another version, a damaged header: exit 2, one line naming the file")
  void auditUnreadable() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(dir.resolve("missing.jsonl"));
    files.add(Files.writeString(dir.resolve("empty.jsonl"), ""));
    files.add(Files.createDirectories(dir.resolve("a-directory")));
    files.add(runDir.resolve(ReportWriter.VILLAGE_PAGE));
    files.add(runDir.resolve("bku-2025.json"));
    files.add(Files.writeString(dir.resolve("torn-header.jsonl"), Files.readAllLines(journal).get(0).substring(0, 40)));
    List<String> lines = new ArrayList<>(Files.readAllLines(journal, UTF_8));
    lines.set(0, rehashed(lines.get(0).replace("smartkampung.journal/1", "smartkampung.journal/9")));
    files.add(Files.write(dir.resolve("other-version.jsonl"), lines, UTF_8));
    lines.set(0, Files.readAllLines(journal).get(0).replace("Sumberagung", "Sumberagunk"));
    files.add(Files.write(dir.resolve("header-changed.jsonl"), lines, UTF_8));
    for (Path f : files) {
      Result r = audit(f.toString());
      assertEquals(ExitCode.UNREADABLE, r.code(), f + ": " + r.out() + r.err());
      assertEquals("", r.out(), f::toString);
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("error: " + f), r.err());
      noStackTrace(r);
    }
    assertTrue(audit(dir.resolve("other-version.jsonl").toString()).err().contains("'smartkampung.journal/9', this version reads 'smartkampung.journal/1'"));
    assertTrue(audit(dir.resolve("header-changed.jsonl").toString()).err().contains("line 1 (entry 0)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--anchor=12:xyz", "--anchor=abc", "--lang=fr", "--no-such-option", "second-file"})
  @DisplayName("audit, bad arguments: exit 2 with a one-line reason")
  void auditBadArguments(String arg) {
    Result r = audit(journal.toString(), arg);
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    noStackTrace(r);
    Result none = audit();
    assertEquals(ExitCode.UNREADABLE, none.code());
    assertTrue(none.err().contains("JOURNAL"), none.err());
  }

  // --------------------------------------------------------------------------------------- report

  @Test
  @DisplayName("report rebuilds the run's dashboard from the journal: the same figures, exports and anchor; the journal unchanged")
  void reportMatchesTheRun() throws Exception {
    byte[] before = Files.readAllBytes(journal);
    Path out = dir.resolve("report");
    Result r = ValidateCommandTest.run("report", journal.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("Monitoring data: 4 projects"), r.out());
    assertArrayEquals(before, Files.readAllBytes(journal), "report never changes the journal");

    for (String f : List.of("realisasi-apbdes-2025.csv", "realisasi-apbdes-2025.json", "bku-2025.csv", "bku-2025.json")) {
      assertArrayEquals(Files.readAllBytes(runDir.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    assertEquals(villageRows(runDir.resolve("penilaian-proyek-2025.csv")), villageRows(out.resolve("penilaian-proyek-2025.csv")));
    String live = Files.readString(runDir.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    String rebuilt = Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    // the tiles: revenue, spending, SiLPA, % realised, projects (and flagged); the run adds the caught misconduct
    assertEquals(tiles(live).subList(0, 5), tiles(rebuilt).subList(0, 5));
    assertTrue(rebuilt.contains(anchor) && rebuilt.contains(journal.getFileName().toString()));
    assertEquals(countOf(live, "<svg"), countOf(rebuilt, "<svg"), "one chart per project and the infographic");
    assertTrue(Files.exists(out.resolve(ReportWriter.DISTRICT_PAGE)));
  }

  @Test
  @DisplayName("report of the run's folder gives the run's numbers — the misconduct caught (refusals from the journal, flags and tahap II from the monitoring folder), the villages of the district — and the run's pages, byte for byte")
  void reportOfTheFolderMatchesTheRun() throws Exception {
    Path out = dir.resolve("folder-report");
    Result r = ValidateCommandTest.run("report", runDir.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("Refused attempts kept in the journal: "), r.out());
    String live = Files.readString(runDir.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    String rebuilt = Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    assertEquals(tiles(live), tiles(rebuilt), "every tile, the misconduct caught among them");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var runCases = json.readTree(runDir.resolve("temuan.json").toFile());
    var reportCases = json.readTree(out.resolve("temuan.json").toFile());
    assertEquals(7, runCases.size());
    reportCases.forEach(c -> assertTrue(c.path("lang").asText().equals("en") && !c.path("text").asText().isBlank(), c::toString));
    assertEquals(codes(runCases), codes(reportCases), "the same misconduct, caught by the same rules and flags");
    String liveDistrict = Files.readString(runDir.resolve(ReportWriter.DISTRICT_PAGE), UTF_8);
    String rebuiltDistrict = Files.readString(out.resolve(ReportWriter.DISTRICT_PAGE), UTF_8);
    assertEquals(tiles(liveDistrict).get(0), tiles(rebuiltDistrict).get(0), "the villages of the district");
    assertEquals(countOf(liveDistrict, "<tr"), countOf(rebuiltDistrict, "<tr"), "one row per village and project");
    // beyond the numbers: the same pages and files, byte for byte (the pages carry no time of writing)
    assertEquals(runCases, reportCases);
    for (String f : List.of(ReportWriter.VILLAGE_PAGE, ReportWriter.DISTRICT_PAGE, "temuan.json", "penilaian-proyek-2025.csv", "penilaian-proyek-2025.json",
        "realisasi-apbdes-2025.csv", "bku-2025.json")) {
      assertEquals(Files.readString(runDir.resolve(f), UTF_8), Files.readString(out.resolve(f), UTF_8), f);
    }
  }

  private static List<String> codes(com.fasterxml.jackson.databind.JsonNode cases) {
    List<String> out = new ArrayList<>();
    cases.forEach(c -> out.add(c.path("code").asText()));
    java.util.Collections.sort(out);
    return out;
  }

  @Test
  @DisplayName("report leaves a torn last line in the file (it reads a copy) and says it left it out")
  void reportTornTail() throws Exception {
    Path d = Files.createDirectories(dir.resolve("torn"));
    Path f = d.resolve(journal.getFileName());
    byte[] torn = (new String(Files.readAllBytes(journal), UTF_8) + "{\"seq\":9999,\"prev\":\"ab").getBytes(UTF_8);
    Files.write(f, torn);
    Result r = ValidateCommandTest.run("report", f.toString(), "--out", dir.resolve("torn-report").toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("The last line is torn") && r.out().contains("No monitoring data"), r.out());
    assertArrayEquals(torn, Files.readAllBytes(f), "the journal is not cut");
    Result a = audit(f.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, a.code(), a.out());
    assertTrue(a.out().contains("The last line is torn"), a.out());
  }

  @Test
  @DisplayName("report of a bad journal, into the journal's own directory, or with a malformed monitoring file: exit 2, one line")
  void reportRefuses() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(journal, UTF_8));
    lines.set(7, lines.get(7).replace("\"seq\":7", "\"seq\":8"));
    Path changed = Files.write(dir.resolve("changed.jsonl"), lines, UTF_8);
    Result r = ValidateCommandTest.run("report", changed.toString(), "--out", dir.resolve("x").toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("error: " + changed + ", line 8 (entry 7): "), r.err());

    for (String[] args : List.of(
        new String[] {"report", dir.resolve("missing.jsonl").toString()},
        new String[] {"report", Files.writeString(dir.resolve("empty.jsonl"), "").toString(), "--out", dir.resolve("y").toString()},
        new String[] {"report", journal.toString(), "--out", runDir.toString()},
        new String[] {"report", journal.toString(), "--out", runDir.resolve("index.html").toString()},
        new String[] {"report", journal.toString(), "--lang", "xx"},
        new String[] {"report", Files.createDirectories(dir.resolve("no-journal")).toString(), "--out", dir.resolve("w").toString()},
        new String[] {"report", runDir.toString(), "--out", runDir.toString()},
        new String[] {"report"})) {
      Result x = ValidateCommandTest.run(args);
      assertEquals(ExitCode.UNREADABLE, x.code(), String.join(" ", args) + ": " + x.out() + x.err());
      assertEquals(1, x.err().strip().lines().count(), x.err());
      assertTrue(x.err().startsWith("error: "), x.err());
      noStackTrace(x);
    }

    // a district's folder holds one book per village, of one year
    Path twice = Files.createDirectories(dir.resolve("twice"));
    Files.copy(journal, twice.resolve(journal.getFileName()));
    Files.copy(journal, twice.resolve("jurnal-copy-2025.jsonl"));
    Result t = ValidateCommandTest.run("report", twice.toString(), "--out", dir.resolve("v").toString());
    assertEquals(ExitCode.UNREADABLE, t.code(), t.out() + t.err());
    assertTrue(t.err().contains("one book per village"), t.err());
    assertEquals(1, t.err().strip().lines().count(), t.err());

    Path d = Files.createDirectories(dir.resolve("bad-monitoring").resolve(ReportWriter.MONITORING_DIR)).getParent();
    Files.copy(journal, d.resolve(journal.getFileName()));
    Files.writeString(d.resolve(ReportWriter.MONITORING_DIR).resolve("x.proyek.json"), "{\"id\": 1}");
    Result m = ValidateCommandTest.run("report", d.resolve(journal.getFileName()).toString(), "--out", dir.resolve("z").toString());
    assertEquals(ExitCode.UNREADABLE, m.code(), m.out() + m.err());
    assertTrue(m.err().contains("x.proyek.json"), m.err());
    assertEquals(1, m.err().strip().lines().count(), m.err());
  }

  // -------------------------------------------------------------------------------------- helpers

  private static Result audit(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "audit";
    System.arraycopy(args, 0, all, 1, args.length);
    return ValidateCommandTest.run(all);
  }

  private static void noStackTrace(Result r) {
    String all = r.out() + r.err();
    assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("internal error"), all);
  }

  /** A journal line with its hash recomputed (as a forger would), over the bytes before {@code ,"hash":}. */
  private static String rehashed(String line) throws Exception {
    String prefix = line.substring(0, line.lastIndexOf(",\"hash\":\""));
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(prefix.getBytes(UTF_8)));
    return prefix + ",\"hash\":\"" + hash + "\"}";
  }

  private static List<String> villageRows(Path csv) throws Exception {
    return Files.readAllLines(csv, UTF_8).stream().filter(l -> l.startsWith("35.10.01.2003;")).sorted().toList();
  }

  private static List<String> tiles(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<span class=\"v\">([^<]*)</span>").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static int countOf(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
