package id.smartkampung.demo.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of the ledger benchmarks, built once before measuring: a village whose APBDes is
 * large enough to absorb more than a million accepted operations in one fiscal year (six projects
 * of Rp45 billion, …), set up (officials registered, budget enacted, Dana Desa tahap I, ADD and PAD
 * received), then a stream of small operations in a realistic mix, repeating every {@value
 * #CYCLE} operations:
 *
 * <ol>
 *   <li>a PAD receipt (retribusi pasar, Rp50.000);
 *   <li>an LS payment on a project (submit, verify, approve, pay with PPh 22 withheld, deposit the
 *       tax);
 *   <li>a panjar for office supplies (submit, verify, approve, pay, SPJ with 90 % spent);
 *   <li>an ADD receipt posted back-dated by an hour (a late bank statement, inside the open month);
 *   <li>cash withdrawn from the RKD (mutasi kas, issue 14) and an LS honorarium from PAD without tax
 *       paid with it in cash (submit, verify, approve, pay from the cash box);
 *   <li>a taxed SPP with two lines on a project — materials from a PKP shop and a TPK member's
 *       honorarium, taxes by the year's tax rules (submit, verify, approve, pay) — and the month's
 *       PPN of it deposited per tax period.
 * </ol>
 *
 * Every operation has its own id and, but for the back-dated receipt, a later time than the one
 * before (evenly spread from 6 January to before 31 December), and an honest ledger accepts every
 * one ({@link #verify}).
 */
public final class LedgerWorkload {
  /** Operations per repeat of the mix. */
  public static final int CYCLE = 22;

  /** Operations of the setup: five registrations, the budget's four steps, three receipts. */
  public static final int SETUP_OPS = 12;

  private static final int PROJECTS = 6;

  private final SyntheticVillage village;
  private final ImmutableList<Operation> setup;
  private final Operation[] stream;

  private LedgerWorkload(SyntheticVillage village, ImmutableList<Operation> setup, Operation[] stream) {
    this.village = village;
    this.setup = setup;
    this.stream = stream;
  }

  /**
   * The setup and a stream of {@code streamOps} operations.
   *
   * @throws IllegalArgumentException if {@code streamOps} is not 1 to 2 000 000
   */
  public static LedgerWorkload of(int streamOps) {
    checkArgument(streamOps >= 1 && streamOps <= 2_000_000, "1 to 2 000 000 operations, not %s", streamOps);
    long[] projects = new long[PROJECTS];
    java.util.Arrays.fill(projects, 45_000_000_000L); // room for a year of taxed material payments at 2 000 000 operations
    SyntheticVillage v = SyntheticVillage.of(
        Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi"), projects, 5_000_000_000L, 5_000_000_000L, 5_000_000_000L);

    List<Operation> setup = new ArrayList<>();
    OperationWriter s = OperationWriter.into(v, setup, "setup-", 600);
    s.registerAndEnact();
    s.on(LocalDate.of(SyntheticVillage.YEAR, 1, 6));
    s.receive(FundSource.DDS, SyntheticVillage.DANA_DESA, 300_000_000_000_00L, 1);
    s.receive(FundSource.ADD, SyntheticVillage.ALOKASI_DANA_DESA, 1_000_000_000_00L, 0);
    s.receive(FundSource.PAD, SyntheticVillage.HASIL_USAHA, 1_000_000_000_00L, 0);

    // spread the stream from 7 January to 30 December
    long seconds = Duration.ofDays(357).toSeconds();
    long step = Math.max(1, Math.min(600, seconds / streamOps));
    List<Operation> ops = new ArrayList<>(streamOps + CYCLE);
    OperationWriter w = OperationWriter.into(v, ops, "op-", step);
    w.on(LocalDate.of(SyntheticVillage.YEAR, 1, 7));
    for (int k = 0; ops.size() < streamOps; k++) {
      BudgetItemKey project = v.projectItems().get(k % PROJECTS);
      w.receive(FundSource.PAD, SyntheticVillage.HASIL_USAHA, 50_000_00L, 0);
      w.payLs(project, (20_000 + (k % 50) * 100) * 100L, TaxType.PPH_22);
      w.panjar(SyntheticVillage.ATK, 10_000_00L, 9_000_00L);
      w.receiveBackDated(FundSource.ADD, SyntheticVillage.ALOKASI_DANA_DESA, 10_000_00L, 3_600);
      w.withdraw(FundSource.PAD, 15_000_00L);
      w.payLsInCash(SyntheticVillage.HONOR, 15_000_00L);
      w.payLined(project, (2_300_000 + (k % 50) * 1_000) * 100L, 250_000_00L, k);
    }
    if (setup.size() != SETUP_OPS) {
      throw new IllegalStateException("the setup has " + setup.size() + " operations, not " + SETUP_OPS);
    }
    return new LedgerWorkload(v, ImmutableList.copyOf(setup), ops.subList(0, streamOps).toArray(new Operation[0]));
  }

  /** The village. */
  public SyntheticVillage village() {
    return village;
  }

  /** The stream (not a copy: do not change it). */
  Operation[] stream() {
    return stream;
  }

  /** The setup operations. */
  public ImmutableList<Operation> setup() {
    return setup;
  }

  /** A new ledger with the setup applied. */
  public Ledger readyLedger() {
    Ledger l = Ledger.create(village.village(), SyntheticVillage.POLICY);
    for (Operation op : setup) {
      accept(l, op);
    }
    return l;
  }

  /** A new bare state (the benchmark baseline) at the same point as {@link #readyLedger()}. */
  BareBooks readyBare() {
    BareBooks b = new BareBooks(village.budget(), SyntheticVillage.POLICY);
    for (Operation op : setup) {
      if (op.kind() == OperationKind.RECEIVE_REVENUE) {
        b.post(op);
      }
    }
    return b;
  }

  /** Applies {@code stream[from, to)} to the ledger, demanding that each is accepted. */
  public void applyAccepted(Ledger ledger, int from, int to) {
    for (int i = from; i < to; i++) {
      accept(ledger, stream[i]);
    }
  }

  /**
   * Checks that a fresh ledger accepts the whole stream (so the benchmarks measure the accepted
   * path) and that the bare baseline ends in the same figures.
   *
   * @throws IllegalStateException naming the first operation not accepted, or the first figure that differs
   */
  public void verify() {
    Ledger l = readyLedger();
    applyAccepted(l, 0, stream.length);
    BareBooks b = readyBare();
    for (Operation op : stream) {
      b.post(op);
    }
    b.assertSameFigures(l);
  }

  private static void accept(Ledger l, Operation op) {
    Outcome o = l.apply(op);
    if (!o.isAccepted()) {
      throw new IllegalStateException("the benchmark workload is broken: " + o);
    }
  }
}
