package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PayeeJson;
import id.smartkampung.core.tax.PurchaseKind;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.javamoney.moneta.Money;

/**
 * The replay's fast path for the common events: an event body decoded straight from its bytes,
 * with no tree, when the bytes are laid out exactly as this library writes them ({@link
 * OperationEncoder}, {@link SignedOperation#writeTo}: the fields in their fixed order, no
 * whitespace, plain ASCII strings without escapes) and the operation is one of the everyday kinds
 * of a treasury (receipts, an SPP with its steps or with lines and payees, deposits, movements of
 * cash, the month's close).
 *
 * <p>It has no rules and no messages of its own. Every value goes through the same factories and
 * caches as {@link OperationCodec#read} (identifiers, codes, amounts, instants, officials, the
 * signature's checks), so what it returns equals what the general reading returns for the same
 * bytes. On anything else — another kind, another layout, a value a factory refuses — it
 * <b>declines</b> (returns null) and the caller reads the event the general way, which accepts it
 * or gives the error a journal always gave. Not thread-safe (one per {@link OperationCodec}).
 */
final class CanonicalEventReader {
  private static final byte[] TYPE = ascii("{\"type\":\"");
  private static final byte[] OP = ascii(",\"op\":{\"id\":\"");
  private static final byte[] ACTOR = ascii(",\"actor\":");
  private static final byte[] ACTOR_ID = ascii("{\"id\":\"");
  private static final byte[] NAME = ascii(",\"name\":\"");
  private static final byte[] ROLE = ascii(",\"role\":\"");
  private static final byte[] AT = ascii(",\"at\":\"");
  private static final byte[] SPP = ascii(",\"spp\":\"");
  private static final byte[] REASON = ascii(",\"reason\":\"");
  private static final byte[] ACCOUNT = ascii(",\"account\":\"");
  private static final byte[] FUND_SOURCE = ascii(",\"fundSource\":\"");
  private static final byte[] AMOUNT = ascii(",\"amount\":\"");
  private static final byte[] TRANCHE = ascii(",\"tranche\":");
  private static final byte[] PART = ascii(",\"part\":\"");
  private static final byte[] REFERENCE = ascii(",\"reference\":\"");
  private static final byte[] VIA = ascii(",\"via\":\"");
  private static final byte[] SPP_TYPE = ascii(",\"sppType\":\"");
  private static final byte[] ITEM = ascii(",\"item\":");
  private static final byte[] KEGIATAN = ascii("{\"kegiatan\":\"");
  private static final byte[] PAYEES = ascii(",\"payees\":[");
  private static final byte[] LINES = ascii(",\"lines\":[");
  private static final byte[] LINE_ITEM = ascii("{\"item\":");
  private static final byte[] PURCHASE = ascii(",\"purchase\":\"");
  private static final byte[] PAYEE = ascii(",\"payee\":\"");
  private static final byte[] DESCRIPTION = ascii(",\"description\":\"");
  private static final byte[] WITHHOLD = ascii(",\"withhold\":[");
  private static final byte[] SPENT = ascii(",\"spent\":\"");
  private static final byte[] RECEIPTS = ascii(",\"receipts\":\"");
  private static final byte[] TAX = ascii(",\"tax\":\"");
  private static final byte[] NTPN = ascii(",\"ntpn\":\"");
  private static final byte[] RECEIPT = ascii(",\"receipt\":\"");
  private static final byte[] MONTH = ascii(",\"month\":\"");
  private static final byte[] CASH_COUNTED = ascii(",\"cashCounted\":\"");
  private static final byte[] LEVY = ascii(",\"levy\":\"");
  private static final byte[] PERIOD = ascii(",\"period\":\"");
  private static final byte[] BILLING_CODE = ascii(",\"billingCode\":\"");
  private static final byte[] TO = ascii(",\"to\":\"");
  private static final byte[] SIG = ascii(",\"sig\":{\"by\":\"");
  private static final byte[] ALG = ascii(",\"alg\":\"");
  private static final byte[] VALUE = ascii(",\"value\":\"");
  private static final byte[] HEADER = ascii(",\"header\":\"");

  /** Why the fast path gives up: the general reading takes over. No stack trace (it is not an error). */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  private final OperationCodec codec;
  /** Officials, budget items and payees read lately, by the bytes of their object: the same few in event after event. */
  private final Recent<Official> actors = new Recent<>();
  private final Recent<BudgetItemKey> items = new Recent<>();
  private final Recent<Payee> payees = new Recent<>();
  private final id.smartkampung.core.json.PlainJsonReader plain = new id.smartkampung.core.json.PlainJsonReader();
  private byte[] b;
  private int p;
  /** Where the body ends: nothing at or after it is read. */
  private int end;

  CanonicalEventReader(OperationCodec codec) {
    this.codec = codec;
  }

  /**
   * The event whose body is {@code buf[start, end)}, or null when this reader declines it (see the
   * class comment): never an error.
   */
  @Nullable SignedOperation read(byte[] buf, int start, int end) {
    b = buf;
    p = start;
    this.end = end;
    try {
      expect(TYPE);
      OperationKind kind = OperationCodec.kind(text());
      if (kind == null) {
        return null;
      }
      expect(OP);
      Operation op = operation(kind);
      if (op == null) {
        return null; // a kind not read here: returned, not thrown (a decline thrown from deep inside costs microseconds)
      }
      SignedOperation event = p < end && b[p] == '}' ? SignedOperation.unsigned(op) : signed(op);
      expect((byte) '}');
      return p == end ? event : null;
    } catch (Decline | IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
      // a layout or a value the general reading must judge (and give its error for)
      return null;
    } finally {
      b = null;
    }
  }

  /** The operation's object after its id's opening quote; null for a kind not read here. */
  private @Nullable Operation operation(OperationKind kind) {
    OperationId id = id();
    expect(ACTOR);
    Official actor = actor();
    expect(AT);
    Instant at = codec.instant(text());
    Operation op =
        switch (kind) {
          case RECEIVE_REVENUE -> {
            AccountCode account = account(ACCOUNT);
            FundSource source = fundSource();
            Money amount = amount(AMOUNT);
            Integer tranche = at(TRANCHE) ? integer() : null;
            String part = at(PART) ? text() : null;
            String reference = text(REFERENCE);
            yield new Operation.ReceiveRevenue(id, actor, at, account, source, amount, tranche, part, reference, place());
          }
          case SUBMIT_SPP -> {
            SppType type = Enum.valueOf(SppType.class, text(SPP_TYPE));
            BudgetItemKey item = item();
            Money amount = amount(AMOUNT);
            String payee = text(PAYEE);
            yield new Operation.SubmitSpp(id, actor, at, type, item, amount, payee, text(DESCRIPTION));
          }
          case VERIFY_SPP -> new Operation.VerifySpp(id, actor, at, id(SPP));
          case APPROVE_SPP -> new Operation.ApproveSpp(id, actor, at, id(SPP));
          case REJECT_SPP -> new Operation.RejectSpp(id, actor, at, id(SPP), text(REASON));
          case CANCEL_SPP -> new Operation.CancelSpp(id, actor, at, id(SPP), text(REASON));
          case PAY_SPP -> {
            OperationId spp = id(SPP);
            ImmutableSortedSet<TaxType> withhold = taxes();
            String reference = text(REFERENCE);
            yield new Operation.PaySpp(id, actor, at, spp, withhold, reference, place());
          }
          case SETTLE_PANJAR -> {
            OperationId spp = id(SPP);
            Money spent = amount(SPENT);
            yield new Operation.SettlePanjar(id, actor, at, spp, spent, text(RECEIPTS));
          }
          case DEPOSIT_TAX -> {
            OperationId spp = id(SPP);
            TaxType tax = Enum.valueOf(TaxType.class, text(TAX));
            Money amount = amount(AMOUNT);
            yield new Operation.DepositTax(id, actor, at, spp, tax, amount, text(NTPN));
          }
          case REVERSE_RECEIPT -> new Operation.ReverseReceipt(id, actor, at, id(RECEIPT), text(REASON));
          case REVERSE_PAYMENT -> new Operation.ReversePayment(id, actor, at, id(SPP), text(REASON));
          case CLOSE_MONTH -> {
            YearMonth month = month(MONTH);
            Money counted = amount(CASH_COUNTED);
            yield new Operation.CloseMonth(id, actor, at, month, counted, text(REFERENCE));
          }
          case DEPOSIT_TAX_PERIOD -> {
            Levy levy = Enum.valueOf(Levy.class, text(LEVY));
            YearMonth period = month(PERIOD);
            Money amount = amount(AMOUNT);
            String billingCode = text(BILLING_CODE);
            yield new Operation.DepositTaxPeriod(id, actor, at, levy, period, amount, billingCode, text(NTPN));
          }
          case SUBMIT_LINED_SPP -> {
            ImmutableList<Payee> listed = payees();
            ImmutableList<Operation.SubmitLinedSpp.Line> lines = lines();
            yield new Operation.SubmitLinedSpp(id, actor, at, listed, lines, text(DESCRIPTION));
          }
          case MOVE_CASH -> {
            FundSource source = fundSource();
            CashPlace to = place(text(TO));
            Money amount = amount(AMOUNT);
            yield new Operation.MoveCash(id, actor, at, source, to, amount, text(REFERENCE));
          }
          // the rest (the budget's steps, registrations, openings, …): rare; the general reading reads them
          default -> null;
        };
    if (op != null) {
      expect((byte) '}');
    }
    return op;
  }

  /** {@code ,"sig":{…}}} after the operation: the signature's texts, judged as the general reading judges them. */
  private SignedOperation signed(Operation op) {
    expect(SIG);
    String by = text();
    String alg = text(ALG);
    String value = text(VALUE);
    String header = at(HEADER) ? text() : null;
    expect((byte) '}');
    return SignedOperation.signed(op, SignedOperation.signature(by, alg, value, header));
  }

  // ------------------------------------------------------------------ values

  private OperationId id() {
    return new OperationId(text());
  }

  private OperationId id(byte[] field) {
    expect(field);
    return id();
  }

  private AccountCode account(byte[] field) {
    return codec.account(text(field));
  }

  private FundSource fundSource() {
    return codec.fundSource(text(FUND_SOURCE));
  }

  private Money amount(byte[] field) {
    return codec.amount(text(field));
  }

  private YearMonth month(byte[] field) {
    return codec.month(text(field));
  }

  /** {@code ,"item":{"kegiatan":…,"account":…,"fundSource":…}}. */
  private BudgetItemKey item() {
    expect(ITEM);
    return itemObject();
  }

  /** A budget item's object, {@code {"kegiatan":…,"account":…,"fundSource":…}}, at {@code p}. */
  private BudgetItemKey itemObject() {
    return items.read(this, () -> {
      expect(KEGIATAN);
      KegiatanCode k = codec.kegiatan(text());
      AccountCode a = account(ACCOUNT);
      FundSource s = fundSource();
      expect((byte) '}');
      return BudgetItemKey.of(k, a, s);
    });
  }

  /** The actor's object, {@code {"id":…,"name":…,"role":…}}, at {@code p}. */
  private Official actor() {
    return actors.read(this, () -> {
      expect(ACTOR_ID);
      String actorId = text();
      expect(NAME);
      String actorName = text();
      expect(ROLE);
      Official actor = codec.official(actorId, actorName, Enum.valueOf(Role.class, text()));
      expect((byte) '}');
      return actor;
    });
  }

  /**
   * {@code ,"payees":[…]}: each payee's object read by {@link PayeeJson#readPublic}, the one reader
   * of a payee (the general reading's), from the same object; the same bytes, the same payee.
   */
  private ImmutableList<Payee> payees() {
    expect(PAYEES);
    return elements(this::payee);
  }

  private Payee payee() {
    Payee known = payees.at(this);
    if (known != null) {
      return known;
    }
    int stop = objectEnd(p);
    id.smartkampung.core.json.JsonObject o = plain.read(b, p, stop);
    if (o == null) {
      throw DECLINE;
    }
    Payee payee = PayeeJson.readPublic(id.smartkampung.core.json.JsonObject.tree(o), "$.op.payees");
    payees.remember(b, p, stop, payee);
    p = stop;
    return payee;
  }

  /** {@code ,"lines":[{"item":{…},"payee":…,"purchase":…,"amount":…},…]}. */
  private ImmutableList<Operation.SubmitLinedSpp.Line> lines() {
    expect(LINES);
    return elements(() -> {
      expect(LINE_ITEM);
      BudgetItemKey item = itemObject();
      String payee = text(PAYEE);
      PurchaseKind purchase = Enum.valueOf(PurchaseKind.class, text(PURCHASE));
      Money amount = amount(AMOUNT);
      expect((byte) '}');
      return new Operation.SubmitLinedSpp.Line(item, payee, purchase, amount);
    });
  }

  /** The elements of an array whose {@code [} was just passed, each read by {@code element}; the {@code ]} is passed. */
  private <T> ImmutableList<T> elements(java.util.function.Supplier<T> element) {
    if (p < end && b[p] == ']') {
      p++;
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> list = ImmutableList.builder();
    do {
      list.add(element.get());
    } while (next(']'));
    return list.build();
  }

  /** After an element of an array: true at a comma (another element follows), false at {@code close} (passed); declined otherwise. */
  private boolean next(char close) {
    if (p >= end) {
      throw DECLINE;
    }
    byte c = b[p++];
    if (c == close) {
      return false;
    }
    if (c != ',') {
      throw DECLINE;
    }
    return true;
  }

  /**
   * The index just after the object that starts at {@code i}: its braces counted, its strings
   * skipped; declined unless its strings are plain printable ASCII without escapes.
   */
  private int objectEnd(int i) {
    if (i >= end || b[i] != '{') {
      throw DECLINE;
    }
    int depth = 0;
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        i++;
        while (i < end && b[i] != '"') {
          if (!plain(b[i])) {
            throw DECLINE;
          }
          i++;
        }
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    throw DECLINE;
  }

  /**
   * The objects of one kind read lately, with their bytes: an object at {@code p} whose bytes are
   * those of one read before (a whole object, its strings plain) is that object. A few dozen, the
   * oldest replaced first: the officials, items and payees of a village's everyday events.
   */
  private static final class Recent<T> {
    private static final int SIZE = 32;
    private final byte[][] raw = new byte[SIZE][];
    private final Object[] values = new Object[SIZE];
    private int size;
    private int next;

    /** The object at the reader's position if its bytes are those of one read lately (then passed); else null. */
    @SuppressWarnings("unchecked")
    @Nullable T at(CanonicalEventReader r) {
      byte[] b = r.b;
      int p = r.p;
      for (int i = 0; i < size; i++) {
        byte[] x = raw[i];
        int n = x.length;
        if (p + n <= r.end && java.util.Arrays.equals(b, p, p + n, x, 0, n)) {
          r.p = p + n;
          return (T) values[i];
        }
      }
      return null;
    }

    /** The object at the reader's position: one read lately, else {@code parse}'s (from there), then remembered. */
    T read(CanonicalEventReader r, java.util.function.Supplier<T> parse) {
      T known = at(r);
      if (known != null) {
        return known;
      }
      int start = r.p;
      T value = parse.get();
      remember(r.b, start, r.p, value);
      return value;
    }

    void remember(byte[] b, int from, int to, T value) {
      raw[next] = java.util.Arrays.copyOfRange(b, from, to);
      values[next] = value;
      next = (next + 1) % SIZE;
      size = Math.max(size, next == 0 ? SIZE : next);
    }
  }

  /** {@code ,"withhold":["PPH_22",…]}: as the general reading, a set (in its order). */
  private ImmutableSortedSet<TaxType> taxes() {
    expect(WITHHOLD);
    return ImmutableSortedSet.copyOf(elements(() -> {
      expect((byte) '"');
      return Enum.valueOf(TaxType.class, text());
    }));
  }

  /** The optional {@code ,"via":…} of a receipt or payment: absent, the bank (RKD). */
  private CashPlace place() {
    return at(VIA) ? place(text()) : CashPlace.BANK;
  }

  private static CashPlace place(String wireName) {
    return CashPlace.ofWireName(wireName).orElseThrow(() -> DECLINE);
  }

  /**
   * A JSON integer as the encoder writes an {@code int}: an optional minus, then digits without a
   * leading zero (no {@code -0}); the general reading takes every other spelling it accepts.
   */
  private Integer integer() {
    boolean negative = p < end && b[p] == '-';
    if (negative) {
      p++;
    }
    int start = p;
    long v = 0;
    while (p < end && b[p] >= '0' && b[p] <= '9' && p - start < 10) {
      v = v * 10 + (b[p++] - '0');
    }
    int n = p - start;
    // nine digits at most (ten could pass an int): longer numbers are the general reading's
    if (n == 0 || n == 10 || (n > 1 && b[start] == '0') || (negative && v == 0)) {
      throw DECLINE;
    }
    return (int) (negative ? -v : v);
  }

  // ------------------------------------------------------------------ bytes

  /** The field's text: the literal (the field's name and the opening quote), then the string. */
  private String text(byte[] field) {
    expect(field);
    return text();
  }

  /**
   * The string from {@code p} (just after its opening quote) to its closing quote, which is passed;
   * declined unless plain printable ASCII without escapes (the general reading decodes the rest).
   */
  private String text() {
    int start = p;
    byte[] a = b;
    int i = start;
    int stop = end;
    while (true) {
      if (i >= stop) {
        throw DECLINE; // the body ends inside the string
      }
      byte c = a[i];
      if (c == '"') {
        break;
      }
      if (!plain(c)) {
        throw DECLINE;
      }
      i++;
    }
    p = i + 1;
    return new String(a, start, i - start, ISO_8859_1);
  }

  /** Whether a byte of a string is read here: printable ASCII but the escape (a negative byte is part of a multi-byte character). */
  private static boolean plain(byte c) {
    return c >= 0x20 && c != '\\' && c != 0x7f;
  }

  /** Whether the bytes at {@code p} are {@code literal}; if so, passed. */
  private boolean at(byte[] literal) {
    int n = literal.length;
    if (p + n > end) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[p + i] != literal[i]) {
        return false;
      }
    }
    p += n;
    return true;
  }

  private void expect(byte[] literal) {
    if (!at(literal)) {
      throw DECLINE;
    }
  }

  private void expect(byte c) {
    if (p >= end || b[p++] != c) {
      throw DECLINE;
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(ISO_8859_1);
  }
}
