package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.PlainEventReadingProperties.event;
import static id.smartkampung.core.journal.PlainEventReadingProperties.isPlainAscii;
import static id.smartkampung.core.journal.PlainEventReadingProperties.plainTexts;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.OperationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The replay's fast path ({@link CanonicalEventReader}: an event decoded from the bytes of its body
 * with no tree) against the general reading ({@link SignedOperation#fromJson(com.fasterxml.jackson.databind.JsonNode,
 * OperationCodec)}, the reference): on any bytes — an event as written, signed or not, or damaged
 * at one byte, a field renamed, or a name repeated — the fast path either gives exactly the event
 * the general reading gives, or declines; it never accepts what the general reading refuses. An
 * everyday event (receipts, an SPP's steps and lined SPPs, deposits, movements of cash, the month's close) as the
 * journal writes it, in plain ASCII, is always read the fast way, and so is every entry of a
 * journal of them.
 */
class CanonicalEventReadingProperties {
  /** The kinds the fast path reads; the others it declines. */
  static final Set<OperationKind> EVERYDAY = EnumSet.of(OperationKind.RECEIVE_REVENUE, OperationKind.SUBMIT_SPP, OperationKind.VERIFY_SPP,
      OperationKind.APPROVE_SPP, OperationKind.REJECT_SPP, OperationKind.CANCEL_SPP, OperationKind.PAY_SPP, OperationKind.SETTLE_PANJAR,
      OperationKind.DEPOSIT_TAX, OperationKind.REVERSE_RECEIPT, OperationKind.REVERSE_PAYMENT, OperationKind.CLOSE_MONTH,
      OperationKind.DEPOSIT_TAX_PERIOD, OperationKind.MOVE_CASH, OperationKind.SUBMIT_LINED_SPP);

  @Provide
  Arbitrary<Operation> operations() {
    return Arbitraries.oneOf(OperationArbitraries.operations(), throughTheCashBox());
  }

  /** Receipts and payments through the cash box (the generators' own move money through the bank): the optional {@code via}. */
  private static Arbitrary<Operation> throughTheCashBox() {
    return OperationArbitraries.operations()
        .filter(op -> op.kind() == OperationKind.RECEIVE_REVENUE || op.kind() == OperationKind.PAY_SPP)
        .map(op -> op instanceof ReceiveRevenue r
            ? new ReceiveRevenue(r.id(), r.actor(), r.at(), r.account(), r.fundSource(), r.amount(), r.tranche(), r.part(), r.reference(), CashPlace.CASH)
            : new PaySpp(op.id(), op.actor(), op.at(), ((PaySpp) op).spp(), ((PaySpp) op).withhold(), ((PaySpp) op).reference(), CashPlace.CASH));
  }

  @Provide
  Arbitrary<PlainEventReadingProperties.Damage> damages() {
    return PlainEventReadingProperties.Damage.any();
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void theFastPathGivesTheGeneralReadingsEventOrDeclines(@ForAll("operations") Operation op, @ForAll("damages") PlainEventReadingProperties.Damage d)
      throws Exception {
    byte[] written = d.written(op);
    byte[] bytes = d.of(written);
    int how = d.how();
    CanonicalEventReader reader = new CanonicalEventReader(OperationCodec.create());
    if (d.what() % 2 == 0) {
      reader.read(written, 0, written.length); // the official, items and payees as written are remembered: the damaged ones must not pass for them
    }
    SignedOperation fast = reader.read(bytes, 0, bytes.length);
    Statistics.label("change").collect(d.change());
    Statistics.label("read").collect(fast != null ? "fast" : "declined");
    if (how == 0 && isPlainAscii(bytes)) {
      Statistics.label("as written, ASCII").collect(op.kind() == OperationKind.SUBMIT_LINED_SPP ? "lined SPP" : EVERYDAY.contains(op.kind()) ? "other everyday" : "other kinds");
    }
    if (fast != null) {
      SignedOperation general;
      try {
        general = SignedOperation.fromJson(Journal.MAPPER.readTree(bytes), OperationCodec.create());
      } catch (Exception e) {
        fail("the fast path accepted what the general reading refuses (" + e + "): " + new String(bytes, UTF_8));
        return;
      }
      assertEquals(general, fast, () -> new String(bytes, UTF_8));
    }
    if (how == 0 && isPlainAscii(bytes) && EVERYDAY.contains(op.kind())) {
      assertNotNull(fast, () -> "an everyday event as written is read the fast way: " + new String(bytes, UTF_8));
    }
    if (!EVERYDAY.contains(op.kind())) {
      assertNull(fast, "the fast path reads the everyday kinds only");
    }
  }

  /**
   * The fast path inside a body: it reads the body's bytes and no further (a journal's buffer holds
   * other lines around it), and declines a body cut short anywhere.
   */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theFastPathReadsTheBodyAndNothingElse(@ForAll("operations") Operation op, @ForAll boolean signed, @ForAll @IntRange(min = 1, max = 1_000_000) int cut)
      throws Exception {
    byte[] body = Journal.MAPPER.writeValueAsBytes(plainTexts(event(op, signed).toJson(), true));
    byte[] framed = new byte[body.length + 40];
    java.util.Arrays.fill(framed, (byte) '}');
    System.arraycopy(body, 0, framed, 20, body.length);
    CanonicalEventReader reader = new CanonicalEventReader(OperationCodec.create());
    SignedOperation whole = reader.read(framed, 20, 20 + body.length);
    if (EVERYDAY.contains(op.kind())) {
      assertEquals(SignedOperation.fromJson(Journal.MAPPER.readTree(body), OperationCodec.create()), whole);
    }
    int shorter = cut % body.length;
    assertNull(reader.read(framed, 20, 20 + shorter), () -> "a body cut to " + shorter + " bytes: " + new String(body, 0, shorter, UTF_8));
  }

  /**
   * A journal of everyday events, signed or not, written by the journal and read back as the replay
   * reads it: every entry is read the fast way, and to the event written.
   */
  @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
  void everyEntryOfAJournalOfEverydayEventsIsReadTheFastWay(@ForAll @Size(min = 1, max = 15) List<@net.jqwik.api.From("everyday") Operation> ops,
      @ForAll boolean signed) throws Exception {
    Path dir = Files.createTempDirectory("sk-canonical");
    Path file = dir.resolve("j.jsonl");
    List<SignedOperation> written = new ArrayList<>();
    try {
      try (Journal j = Journal.create(file, Journal.MAPPER.createObjectNode())) {
        for (Operation op : ops) {
          SignedOperation e = event(op, signed);
          written.add(e);
          j.append(e::writeTo);
        }
      }
      OperationCodec codec = OperationCodec.create();
      List<SignedOperation> fast = new ArrayList<>();
      List<SignedOperation> read = new ArrayList<>();
      Journal.forEachRaw(file, e -> {
        if (e.sequence() > 0) {
          fast.add(e.canonicalEvent(codec.canonical()));
          read.add(SignedOperation.fromJson(e, OperationCodec.create()));
        }
      });
      assertEquals(written, fast, "every entry read the fast way, to the event written");
      assertEquals(written, read);
      List<SignedOperation> again = new ArrayList<>();
      Journal.forEachRaw(file, e -> {
        if (e.sequence() > 0) {
          again.add(e.canonicalEvent(codec.canonical()));
        }
      });
      assertEquals(written, again, "read again by the same reader (its officials, items and payees remembered)");
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(WriterLock.lockFileOf(file));
      Files.deleteIfExists(dir);
    }
  }

  /** A lined SPP (payees with their tax ids, lines on items), in plain texts, signed or not: read the fast way, to the event written. */
  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void aLinedSppIsReadTheFastWay(@ForAll("linedSpps") Operation op, @ForAll boolean signed) throws Exception {
    SignedOperation e = event(op, signed);
    byte[] bytes = Journal.MAPPER.writeValueAsBytes(e.toJson());
    Statistics.label("payees").collect(((Operation.SubmitLinedSpp) op).payees().size());
    assertEquals(e, new CanonicalEventReader(OperationCodec.create()).read(bytes, 0, bytes.length), () -> new String(bytes, UTF_8));
  }

  @Provide
  Arbitrary<Operation> linedSpps() {
    return Combinators.combine(OperationArbitraries.ids(), OperationArbitraries.officials(), OperationArbitraries.instants(), OperationArbitraries.payees(),
            OperationArbitraries.lines(), OperationArbitraries.texts())
        .as((i, a, t, p, l, d) -> (Operation) new Operation.SubmitLinedSpp(i, a, t, p, l, d))
        .map(CanonicalEventReadingProperties::plain);
  }

  @Provide
  Arbitrary<Operation> everyday() {
    return operations().filter(op -> EVERYDAY.contains(op.kind())).map(CanonicalEventReadingProperties::plain);
  }

  /** The operation with plain texts (the generators' hold escapes and non-ASCII letters, which the fast path leaves to the general reading). */
  private static Operation plain(Operation op) {
    try {
      byte[] bytes = Journal.MAPPER.writeValueAsBytes(plainTexts(SignedOperation.unsigned(op).toJson(), true));
      return SignedOperation.fromJson(Journal.MAPPER.readTree(bytes), OperationCodec.create()).operation();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A tranche as the encoder writes an int is read; one the general reading may take, written otherwise (a leading zero, a plus, an exponent, …), is declined. */
  @Example
  void aTrancheNotAsWrittenIsDeclined() {
    String body = "{\"type\":\"receive-revenue\",\"op\":{\"id\":\"tbp-1\",\"actor\":{\"id\":\"kk\",\"name\":\"Kaur Keuangan\",\"role\":\"KAUR_KEUANGAN\"},"
        + "\"at\":\"2025-01-06T02:00:00Z\",\"account\":\"4.2.1.01\",\"fundSource\":\"DDS\",\"amount\":\"1000.00\",\"tranche\":%s,\"reference\":\"rk\"}}";
    CanonicalEventReader reader = new CanonicalEventReader(OperationCodec.create());
    assertEquals(Integer.valueOf(1), ((ReceiveRevenue) reader.read(String.format(body, "1").getBytes(UTF_8), 0, String.format(body, "1").length()).operation()).tranche());
    assertEquals(Integer.valueOf(-1), ((ReceiveRevenue) reader.read(String.format(body, "-1").getBytes(UTF_8), 0, String.format(body, "-1").length()).operation()).tranche());
    for (String t : List.of("01", "-0", "-01", "1.0", "1e0", "99999999999", " 1", "+1", "-")) {
      byte[] b = String.format(body, t).getBytes(UTF_8);
      assertNull(reader.read(b, 0, b.length), t);
    }
  }
}
