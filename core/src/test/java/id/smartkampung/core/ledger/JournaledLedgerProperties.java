package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.ScratchDirectory;
import id.smartkampung.core.journal.SignaturePolicy;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.ActionChain;

/**
 * replay(journal(ops)) = the live ledger: the same random operation sequences as {@link
 * LedgerProperties} (every action, right and wrong actors, adversarial content), posted through a
 * {@link VillageBook} whose officials sign with their keys. Reopening the journal — verifying every
 * signature, or trusting an anchor — gives a ledger with the same snapshot, history and books, and
 * the offline audit of the file finds no violation.
 */
class JournaledLedgerProperties {
  static final Map<String, SigningKey> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  static Path dir;
  static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeContainer
  static void setUp() throws IOException {
    dir = ScratchDirectory.create("journaled-ledger");
  }

  @AfterContainer
  static void tearDown() throws IOException {
    ScratchDirectory.delete(dir);
  }

  /** The world of {@link LedgerProperties} over a fresh village book; the book is kept in {@link #BOOKS}. */
  static final Map<LedgerProperties.World, VillageBook> BOOKS = new java.util.IdentityHashMap<>();

  static LedgerProperties.World journaledWorld(LedgerHistory start) {
    try {
      VillageBook book = VillageBook.create(dir.resolve("book-" + COUNT.incrementAndGet() + ".jsonl"), start.village(), start.policy());
      Function<Operation, Outcome> post = op -> {
        SigningKey k = KEYS.get(op.actor().id());
        Optional<PublicKeyValue> registered = book.ledger().official(op.actor().id()).map(OfficialRegistration::publicKey).map(PublicKeyValue::parse);
        return k != null && registered.or(() -> SignaturePolicy.verifyingKey(op)).isPresent() ? book.apply(op, k) : book.apply(op);
      };
      // every official is registered with a key of their own, so the chains exercise signing
      UnaryOperator<Operation> withKeys = op -> op instanceof RegisterOfficial r && r.publicKey() == null
          ? new RegisterOfficial(r.id(), r.actor(), r.at(), r.official(), r.kegiatan(),
              KEYS.computeIfAbsent(r.official().id(), id -> SigningKey.generate()).publicKey().base64())
          : op;
      LedgerProperties.World w = new LedgerProperties.World(start, book.ledger(), post, withKeys);
      synchronized (BOOKS) {
        BOOKS.put(w, book);
      }
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<ActionChain<LedgerProperties.World>> chains() {
    return LedgerProperties.chains(JournaledLedgerProperties::journaledWorld);
  }

  @Property(tries = 25)
  void replayingTheJournalGivesTheLiveLedger(@ForAll("chains") ActionChain<LedgerProperties.World> chain) throws Exception {
    LedgerProperties.World w = chain.run();
    VillageBook book;
    synchronized (BOOKS) {
      book = BOOKS.remove(w);
    }
    Ledger live = w.ledger;
    Journal.Anchor anchor = book.anchor();
    Path file = book.file();
    book.close();
    assertEquals(live.size(), anchor.sequence());

    try (VillageBook again = VillageBook.open(file)) {
      assertEquals(live.snapshot(), again.ledger().snapshot());
      assertEquals(live.history(), again.ledger().history());
      assertEquals(live.bku(), again.ledger().bku());
      assertEquals(live.officials(), again.ledger().officials());
      assertEquals(anchor, again.anchor());
    }
    try (VillageBook trusted = VillageBook.open(file, w.policy, anchor)) {
      assertEquals(live.snapshot(), trusted.ledger().snapshot());
    }
    AuditReport report = JournalAudit.audit(file, anchor);
    assertTrue(report.isClean(), report::toString);
    assertTrue(report.findings().stream().allMatch(f -> f.rule() == Rule.SIGNATURE_UNVERIFIABLE || f.rule() == Rule.POLICY_PROVISIONAL), report::toString);
    // the chains really sign: every accepted operation by a registered official carries a signature
    long signed = Files.readAllLines(file).stream().filter(l -> l.contains("\"sig\":{")).count();
    net.jqwik.api.statistics.Statistics.label("signed share").collect(signed * 10 / Math.max(1, live.size()) >= 9 ? ">= 90%" : "< 90%");
    net.jqwik.api.statistics.Statistics.label("signed share").coverage(c -> c.check(">= 90%").percentage(p -> p > 60));
    Files.delete(file);
  }
}
