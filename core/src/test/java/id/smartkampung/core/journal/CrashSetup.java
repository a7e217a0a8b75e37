package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.*;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.money.Idr;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The setup of an unsigned book of the year scenario's village: officials (no keys), the budget enacted, Dana Desa received. */
final class CrashSetup {
  static final Instant OPENING = Instant.parse("2025-01-06T02:00:00Z");

  private CrashSetup() {}

  static List<Operation> setup() {
    Instant t0 = Instant.parse("2024-10-01T01:00:00Z");
    List<Operation> setup = new ArrayList<>();
    for (var o : List.of(KD, SEKDES, KAUR, PKA_PU)) {
      setup.add(new RegisterOfficial(OperationId.of("r-" + o.id()), KD, t0.plusSeconds(60L * (setup.size() + 1)), o,
          o == PKA_PU ? ImmutableSortedSet.of(JALAN.kegiatan()) : ImmutableSortedSet.of(), null));
    }
    setup.add(new DraftBudget(OperationId.of("draft"), SEKDES, t0.plusSeconds(600), BUDGET, "RAPBDes"));
    setup.add(new AgreeBudget(OperationId.of("agree"), KD, t0.plusSeconds(660), "BA"));
    setup.add(new EvaluateBudget(OperationId.of("evaluate"), EVALUATOR, t0.plusSeconds(720), "evaluasi"));
    setup.add(new EnactBudget(OperationId.of("enact"), KD, t0.plusSeconds(780), "Perdes"));
    setup.add(new ReceiveRevenue(OperationId.of("dds"), KAUR, OPENING, AccountCode.parse("4.2.1.01"), FundSource.DDS, Idr.of(400_000_000L), 1, "rk"));
    return setup;
  }
}
