package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.audit.AuditFinding;
import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.testkit.LedgerArbitraries;
import id.smartkampung.core.testkit.LedgerScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Recording refusals changes nothing but the journal: any generated year (valid and adversarial
 * operations mixed) posted into a book that records refusals gives the same outcomes, and the same
 * books after every operation, as a book that does not; a refused entry never changes a balance;
 * its journal holds the other book's events, in order, with one refusal per rejection, each naming
 * the rules of its rejection; reopened and audited, it gives the same books and the same refusals,
 * and no refusal is a mismatch.
 */
class RefusalProperties {
  static Path dir;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = ScratchDirectory.create("refusals");
  }

  @AfterContainer
  static void tearDown() throws IOException {
    ScratchDirectory.delete(dir);
  }

  @Provide
  Arbitrary<LedgerScenario> scenarios() {
    return LedgerArbitraries.scenarios();
  }

  @Property(tries = 40)
  void aRefusedEntryChangesNothingButTheJournal(@ForAll("scenarios") LedgerScenario scenario) throws Exception {
    Path plain = Files.createTempFile(dir, "plain", ".jsonl");
    Path recorded = Files.createTempFile(dir, "recorded", ".jsonl");
    Files.delete(plain);
    Files.delete(recorded);
    List<Outcome> rejected = new ArrayList<>();
    LedgerSnapshot end;
    List<Refusal> refusals;
    try (VillageBook p = VillageBook.create(plain, scenario.village(), scenario.policy(), VillageBook.Refusals.NOT_RECORDED);
        VillageBook r = VillageBook.create(recorded, scenario.village(), scenario.policy(), VillageBook.Refusals.RECORDED)) {
      for (Operation op : scenario.all()) {
        LedgerSnapshot before = r.ledger().snapshot();
        Outcome expected = p.apply(op);
        Outcome actual = r.apply(op);
        assertEquals(expected, actual, "recording refusals changes no decision");
        if (actual.isRejected()) {
          rejected.add(actual);
          assertEquals(before, r.ledger().snapshot(), "a refused entry changes no balance");
          Refusal last = r.refusals().get(r.refusals().size() - 1);
          assertEquals(op, last.operation());
          assertEquals(Refusal.codes(actual.findings()), last.rules());
          assertEquals(r.anchor().sequence(), last.entry());
        }
        assertEquals(p.ledger().snapshot(), r.ledger().snapshot());
      }
      refusals = r.refusals();
      assertEquals(rejected.size(), refusals.size(), "one refusal per rejection");
      assertEquals(p.anchor().sequence() + refusals.size(), r.anchor().sequence());
      end = r.ledger().snapshot();
    }

    // the journal: the plain book's events, in order, with the refusals between them
    List<ObjectNode> withRefusals = Forger.bodies(recorded);
    List<ObjectNode> events = new ArrayList<>();
    for (ObjectNode b : withRefusals.subList(1, withRefusals.size())) {
      if (!b.has("refused")) {
        events.add(b);
      }
    }
    List<ObjectNode> plainBodies = Forger.bodies(plain);
    assertEquals(plainBodies.subList(1, plainBodies.size()), events);

    try (VillageBook again = VillageBook.open(recorded)) {
      assertEquals(end, again.ledger().snapshot());
      assertEquals(refusals, again.refusals());
    }
    AuditReport audit = JournalAudit.audit(recorded);
    AuditReport plainAudit = JournalAudit.audit(plain);
    assertEquals(refusals, audit.refusals());
    assertTrue(audit.findings().stream().noneMatch(f -> f.rule() == Rule.REFUSAL_MISMATCH), audit::toString);
    assertEquals(plainAudit.findings().stream().map(AuditFinding::finding).toList(), audit.findings().stream().map(AuditFinding::finding).toList(),
        "the same findings as the book without refusals (at other entry numbers)");
    Statistics.label("refusals").collect(refusals.isEmpty() ? "none" : "some");
    Statistics.label("refusals").coverage(c -> c.check("some").percentage(p -> p > 20));
    Files.delete(plain);
    Files.delete(recorded);
  }
}
