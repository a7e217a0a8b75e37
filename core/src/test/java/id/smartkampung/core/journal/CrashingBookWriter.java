package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.*;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link VillageBookCrashTest}: opens (or creates and sets up) a village book
 * and posts real treasury operations in a loop — an SPP of Rp1.000 submitted, verified, approved and
 * paid — printing "ack ID" after each {@code apply} returns ACCEPTED, until it is killed.
 */
public final class CrashingBookWriter {
  private CrashingBookWriter() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    boolean fresh = !Files.exists(file); // an existing book may have been killed anywhere, its setup included
    try (VillageBook book = fresh ? VillageBook.create(file, VILLAGE, 2025) : VillageBook.open(file)) {
      System.out.println("open " + book.anchor().sequence() + " " + book.recoveredTail().map(t -> "cut").orElse("clean"));
      System.out.flush();
      // the setup, each step at a fixed time, resumed wherever a killed run stopped (a run killed
      // on a loaded machine may not have finished it)
      java.util.List<Operation> setup = CrashSetup.setup();
      Instant opening = CrashSetup.OPENING;
      java.util.function.Function<Operation, OperationId> post = op -> {
        Outcome o = book.apply(op);
        if (!o.isAccepted()) {
          throw new IllegalStateException("refused: " + o);
        }
        System.out.println("ack " + op.id());
        System.out.flush();
        return op.id();
      };
      for (Operation op : setup) {
        if (book.ledger().operation(op.id()).isEmpty()) {
          post.apply(op);
        }
      }
      long n = book.anchor().sequence();
      Instant latest = book.ledger().history().get((int) n - 1).at();
      Instant[] now = {latest.isAfter(opening) ? latest : opening};
      java.util.function.Supplier<Instant> tick = () -> now[0] = now[0].plusSeconds(60);
      // an SPP's steps: resume wherever the last run stopped (its operations are named by the SPP number)
      long spp = book.ledger().history().stream().filter(op -> op instanceof SubmitSpp).count();
      if (spp > 0) {
        OperationId last = OperationId.of("spp-" + spp);
        switch (book.ledger().sppStatus(last).orElseThrow()) {
          case SUBMITTED -> post.apply(new VerifySpp(OperationId.of("v-" + spp), SEKDES, tick.get(), last));
          default -> { }
        }
        if (book.ledger().sppStatus(last).orElseThrow() == id.smartkampung.core.ledger.SppStatus.VERIFIED) {
          post.apply(new ApproveSpp(OperationId.of("a-" + spp), KD, tick.get(), last));
        }
        if (book.ledger().sppStatus(last).orElseThrow() == id.smartkampung.core.ledger.SppStatus.APPROVED) {
          post.apply(new PaySpp(OperationId.of("p-" + spp), KAUR, tick.get(), last, ImmutableSortedSet.of(), "trf"));
        }
      }
      if (args.length > 1 && args[1].equals("batch")) {
        // batches of five whole SPP cycles (20 operations), one write and one force each (VillageBook.applyAll)
        while (true) {
          java.util.List<Operation> batch = new java.util.ArrayList<>();
          for (int k = 0; k < 5; k++) {
            spp++;
            OperationId id = OperationId.of("spp-" + spp);
            batch.add(new SubmitSpp(id, PKA_PU, tick.get(), SppType.LS, JALAN, Idr.of(1_000L), "CV Maju", "upah"));
            batch.add(new VerifySpp(OperationId.of("v-" + spp), SEKDES, tick.get(), id));
            batch.add(new ApproveSpp(OperationId.of("a-" + spp), KD, tick.get(), id));
            batch.add(new PaySpp(OperationId.of("p-" + spp), KAUR, tick.get(), id, ImmutableSortedSet.of(), "trf"));
          }
          BatchOutcome b = book.applyAllUnsigned(batch);
          if (!b.isComplete()) {
            throw new IllegalStateException("refused: " + b);
          }
          StringBuilder acks = new StringBuilder();
          for (Outcome o : b.outcomes()) {
            acks.append("ack ").append(o.operation().id()).append('\n');
          }
          System.out.print(acks);
          System.out.flush();
        }
      }
      while (true) {
        spp++;
        OperationId id = post.apply(new SubmitSpp(OperationId.of("spp-" + spp), PKA_PU, tick.get(), SppType.LS, JALAN, Idr.of(1_000L), "CV Maju", "upah"));
        post.apply(new VerifySpp(OperationId.of("v-" + spp), SEKDES, tick.get(), id));
        post.apply(new ApproveSpp(OperationId.of("a-" + spp), KD, tick.get(), id));
        post.apply(new PaySpp(OperationId.of("p-" + spp), KAUR, tick.get(), id, ImmutableSortedSet.of(), "trf"));
      }
    }
  }
}
