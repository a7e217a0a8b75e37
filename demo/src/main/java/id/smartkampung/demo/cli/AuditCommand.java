package id.smartkampung.demo.cli;

import id.smartkampung.core.audit.AuditFinding;
import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.text.Language;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.journal.Refusal;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.demo.cli.ReportOptions.LangConverter;
import id.smartkampung.demo.report.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit JOURNAL}: the offline audit of a village's journal — <i>audit jurnal</i> — by {@link
 * JournalAudit}: the hash chain, every signature against the keys registered in the history, every
 * guarantee recomputed from scratch, and the books reconciled; with {@code --anchor}, that the
 * journal still holds the published last entry. Never changes the file.
 *
 * <p>Exit codes: 0 clean (warnings, if any, are listed); 1 violations, each naming its entry — this
 * includes a broken hash chain (a changed byte, an entry removed, inserted or reordered, the
 * journal not ending at the anchor): the file is a journal and the break is a violation of I9 at
 * the entry where it starts; a header changed after officials signed (its digest is not the one the
 * signatures name) or naming another year's policy pack is a violation at entry 0; 2 when the file cannot be audited at all: no such file, empty, not a
 * journal, another format version, or a damaged header (entry 0: nothing says whose book it is).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audits a village's journal offline; the file is only read.",
      "Checks the hash chain, every signature against the keys registered in the",
      "history, every guarantee (I1-I11) recomputed from scratch, and that the books",
      "reconcile; with --anchor, that the journal still holds the entry published",
      "with the report (so entries removed from its end are detected).",
      "A broken chain (a changed byte; an entry removed, inserted or reordered) is a",
      "violation at the entry where it starts (exit 1). Exit 2 only when the file",
      "is no journal at all or its header (entry 0) is damaged."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:clean (warnings, if any, are listed)",
      "1:violations, each naming its entry: sequence number, rule code, message",
      "2:cannot be audited: no such file, empty, not a journal, another format version, a damaged header; bad usage",
      "3:internal error"
    })
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNAL", description = "the journal file, e.g. demo-output/jurnal-35.10.01.2003-2025.jsonl")
  Path journal;

  @Option(names = "--anchor", paramLabel = "SEQ:HASH", converter = JournalArgs.AnchorConverter.class,
      description = "the anchor published with the report (as printed by run): the journal must still hold that entry with that hash")
  Journal.Anchor anchor;

  @Option(names = "--lang", paramLabel = "id|en", converter = LangConverter.class, description = "language of the console: id (default) or en")
  Language lang = Language.ID;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Messages m = Messages.of(lang);
    JournalArgs.requireFile(journal);
    AuditReport report;
    try {
      report = anchor == null ? JournalAudit.audit(journal) : JournalAudit.audit(journal, anchor);
    } catch (JournalException e) {
      throw JournalArgs.unreadable(journal, e);
    } catch (IOException e) {
      throw new UserError(journal + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    out.println(m.f("audit.what", journal, report.village().name(), report.fiscalYear(), report.entries(), report.last()));
    Journal.Tail torn = report.tornTail();
    if (torn != null) {
      out.println(m.f("audit.tornTail", torn.bytes()));
    }
    out.println(m.f("audit.keys", report.registeredKeys().size()));
    if (!report.refusals().isEmpty()) {
      out.println(m.f("audit.refusals", report.refusals().size()));
      for (Refusal r : report.refusals()) {
        out.println(m.f("audit.refusal", r.entry(), OperationCodec.type(r.operation()), r.operation().id(), r.operation().actor(), String.join(", ", r.rules()))
            + (r.attributable() ? "" : m.t("audit.unattributed")));
      }
    }
    if (anchor != null && report.isClean()) {
      out.println(m.f("audit.anchorOk", anchor));
    }
    var errors = report.errors();
    var warnings = report.findings().stream().filter(f -> !f.isError()).toList();
    if (!errors.isEmpty()) {
      out.println(m.f("audit.violations", errors.size()));
      errors.forEach(f -> out.println(line(m, f)));
    }
    if (!warnings.isEmpty()) {
      out.println(m.f("audit.warnings", warnings.size()));
      warnings.forEach(f -> out.println(line(m, f)));
    }
    if (errors.isEmpty()) {
      out.println(m.t("audit.clean"));
    }
    out.flush();
    return errors.isEmpty() ? ExitCode.OK : ExitCode.VIOLATIONS;
  }

  /**
   * One finding on one line: {@code entry 17: ERROR I5.item-overspent at sba-2025-00374: …} — in
   * English the finding as the library states it; in Indonesian its severity and text from the
   * message catalogue ({@code entri 17: pelanggaran I5.item-overspent di sba-2025-00374: …}).
   */
  private static String line(Messages m, AuditFinding f) {
    Finding x = f.finding();
    String text = m.lang() == Language.EN ? x.toString()
        : m.catalogue().severity(x.severity()) + " " + x.rule().code() + (x.path().isEmpty() ? "" : " " + m.t("audit.at") + " " + x.path()) + ": "
            + m.catalogue().message(x);
    return "  " + m.t("audit.entry") + " " + f.sequence() + ": " + JournalArgs.oneLine(text);
  }
}
