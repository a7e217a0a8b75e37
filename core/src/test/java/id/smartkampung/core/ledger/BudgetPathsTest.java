package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The budget year's other paths (issue 15), each through the ledger, with the article it comes from. */
class BudgetPathsTest {

  /** The fixture's budget with one belanja line repeated exactly and its Dana Desa revenue raised to match. */
  static Apbdes withDuplicateLine() {
    List<BudgetLine> lines = new ArrayList<>(budget().lines());
    BudgetLine jalan = lines.stream().filter(l -> l.account().toString().equals("5.3.5.01")).findFirst().orElseThrow();
    lines.add(jalan);
    lines.add(BudgetLine.pendapatan(DANA_DESA, FundSource.DDS, "Dana Desa (tambahan)", jalan.amount()));
    return Apbdes.of(VILLAGE, YEAR, lines);
  }

  @Test
  @DisplayName("an accepted lifecycle step returns the findings of the version it moved (Permendagri 20/2018 Pasal 32-35; issue 15)")
  void acceptedStepsCarryFindings() {
    LedgerFixture f = new LedgerFixture().registered();
    Outcome drafted = f.apply(new DraftBudget(f.id(), SEKDES, f.tick(), withDuplicateLine(), "RAPBDes 2025"));
    assertTrue(drafted.isAccepted(), drafted::toString);
    assertTrue(drafted.has(Rule.LINE_DUPLICATE), () -> "the warning is returned, not dropped: " + drafted);
    assertTrue(drafted.findings().stream().noneMatch(Finding::isError), drafted::toString);
    assertTrue(drafted.findings().get(0).path().startsWith(drafted.operation().id().value() + "."), "at the operation's path");
    Outcome agreed = f.apply(new AgreeBudget(f.id(), KD, f.tick(), "BA kesepakatan"));
    assertTrue(agreed.isAccepted() && agreed.has(Rule.LINE_DUPLICATE), agreed::toString);
    assertEquals(f.ledger.lifecycle().orElseThrow().validation().findings().size(), agreed.findings().size());
  }

  @Test
  @DisplayName("a draft with errors is accepted and its errors are returned with it (issue 15)")
  void draftWithErrorsReturnsThem() {
    LedgerFixture f = new LedgerFixture().registered();
    List<BudgetLine> lines = new ArrayList<>(budget().lines());
    lines.add(BudgetLine.pendapatan(HASIL_USAHA, FundSource.PAD, "Hasil usaha lain", rp(1_000_000L)));
    Outcome drafted = f.apply(new DraftBudget(f.id(), SEKDES, f.tick(), Apbdes.of(VILLAGE, YEAR, lines), "RAPBDes 2025"));
    assertTrue(drafted.isAccepted(), drafted::toString);
    assertTrue(drafted.has(Rule.BALANCE), drafted::toString);
  }

  @Test
  @DisplayName("other accepted operations carry no findings")
  void otherOperationsCarryNone() {
    LedgerFixture f = LedgerFixture.ready();
    Outcome o = f.apply(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
    assertTrue(o.isAccepted() && o.findings().isEmpty(), o::toString);
  }
}
