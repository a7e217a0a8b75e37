package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetFormatException;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.json.JsonFields;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.StrictJson;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseMonth;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.time.YearMonth;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PayeeJson;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a treasury operation — <i>transaksi dalam format JSON</i> — as it is stored in the
 * village's journal, and its canonical bytes, which officials sign.
 *
 * <p>Each operation is a {@linkplain #type(Operation) type name} (e.g. {@code "pay-spp"}) and an
 * object of its fields, always starting with {@code id}, {@code actor} ({@code {"id", "name",
 * "role"}}) and {@code at} (an ISO-8601 instant, {@code "2025-01-06T02:00:00Z"}):
 *
 * <pre>{@code
 * {"id":"spp-7-pay","actor":{"id":"kk-1","name":"Bu Bendahara","role":"KAUR_KEUANGAN"},
 *  "at":"2025-03-03T02:00:00Z","spp":"spp-7","withhold":["PPH_22","PPN"],"reference":"trf 0311"}
 * }</pre>
 *
 * Amounts are quoted plain decimals with at least two decimals ({@code "1500000.00"}), never JSON
 * numbers; codes in their usual text ({@code "5.3.5.01"}, {@code "02.03.10"}, {@code "DDS"}); a
 * budget in the {@link BudgetJson} format; optional fields ({@code publicKey}, {@code tranche}, {@code part}) are
 * left out when empty.
 *
 * <p><b>Reading is strict</b>: an unknown type, an unknown, missing or null field, a value of the
 * wrong JSON type or form is an {@link EventFormatException} naming its JSON path; nothing is
 * guessed. A reader ({@link #create()}) caches the codes and officials it has read, which makes
 * reading a long journal cheaper (and the amounts: {@code Money} is immutable); it is not thread-safe. Writing is deterministic: the same
 * operation always gives the same bytes ({@link #canonicalBytes}).
 */
@Api(Api.Status.STABLE)
public final class OperationCodec {
  /** The version of the operation format, part of every signed message. */
  public static final String FORMAT = "smartkampung.operation/1";

  private static final int CACHE_LIMIT = 4096;

  /** The kinds by wire name, for reading (a hash look-up, as the string switch it replaces). */
  private static final ImmutableMap<String, OperationKind> KINDS =
      Arrays.stream(OperationKind.values()).collect(ImmutableMap.toImmutableMap(OperationKind::wireName, k -> k));

  private static final String KNOWN_TYPES = String.join(", ", KINDS.keySet());

  private final Map<String, AccountCode> accounts = new HashMap<>();
  private final Map<String, KegiatanCode> kegiatan = new HashMap<>();
  private final Map<String, FundSource> fundSources = new HashMap<>();
  private final Map<String, Official> officials = new HashMap<>();
  private final Map<String, Money> amounts = new HashMap<>();
  private final long[] lastDay = new long[2];
  private @Nullable CanonicalEventReader canonical;
  /** Payees read, by their JSON object (an SPP's payees repeat from one SPP to the next). */
  private final Map<JsonObject, Payee> payeeCache = new HashMap<>();
  /** Officials (actors) and budget items read, by their JSON object: the same few in event after event. */
  private final Map<JsonObject, Official> officialObjects = new HashMap<>();
  private final Map<JsonObject, BudgetItemKey> itemObjects = new HashMap<>();

  private static final TaxType[] TAX_TYPES = TaxType.values();

  private OperationCodec() {}

  /** A new reader with empty caches; use one per thread. */
  public static OperationCodec create() {
    return new OperationCodec();
  }

  /** The type names of all operations, e.g. {@code pay-spp}: the {@linkplain OperationKind#wireName() wire names} of the kinds. */
  public static Set<String> types() {
    return ImmutableSortedSet.copyOf(KINDS.keySet());
  }

  /** The type name of an operation, e.g. {@code "pay-spp"} for {@link PaySpp}: its kind's {@linkplain OperationKind#wireName() wire name}. */
  public static String type(Operation op) {
    return requireNonNull(op, "op").kind().wireName();
  }

  // ------------------------------------------------------------------------------------ writing

  /**
   * The operation's fields as a new JSON object, in their fixed order: the tree of the bytes the
   * journal holds ({@link OperationEncoder}, which writes them without a tree).
   *
   * @throws IllegalArgumentException if an amount is not in rupiah (the journal holds IDR only)
   */
  public static ObjectNode write(Operation op) {
    requireNonNull(op, "op");
    return OperationEncoder.tree(g -> OperationEncoder.write(g, op));
  }

  /**
   * The canonical bytes of an operation of a village's fiscal year — what an official signs: the
   * format, the village code, the fiscal year and the type, each on a line, then the compact JSON of
   * {@link #write}. Binding the village and year means a signature cannot be carried into another
   * village's or year's journal. Deterministic: equal operations give equal bytes.
   */
  public static byte[] canonicalBytes(Village village, int fiscalYear, Operation op) {
    requireNonNull(village, "village");
    requireNonNull(op, "op");
    return OperationEncoder.canonicalBytes(village, fiscalYear, op);
  }

  // ------------------------------------------------------------------------------------ reading

  /**
   * Reads an operation of type {@code type} from its JSON object.
   *
   * @param path the JSON path of {@code node}, for errors (e.g. {@code $.op}); never null
   * @throws EventFormatException naming the JSON path of the first problem
   */
  public Operation read(String type, JsonNode node, String path) {
    requireNonNull(type, "type");
    requireNonNull(path, "path");
    return read(type, JsonObject.of(object(node, path)), path);
  }

  /** Reads an operation of type {@code type} from its object; the rules of {@link #read(String, JsonNode, String)}. */
  Operation read(String type, Object node, String path) {
    Fields f = new Fields(object(node, path), path);
    OperationId id = f.id("id");
    Official actor = f.official("actor");
    Instant at = f.instant("at");
    OperationKind kind = KINDS.get(type);
    if (kind == null) {
      throw new EventFormatException(path, "unknown operation type '" + type + "' (known: " + KNOWN_TYPES + ")");
    }
    Operation op =
        switch (kind) {
          case REGISTER_OFFICIAL -> {
            Official official = f.official("official");
            ImmutableSortedSet<KegiatanCode> kegiatan = f.kegiatanSet("kegiatan");
            @Nullable String key = f.optionalText("publicKey");
            yield new RegisterOfficial(id, actor, at, official, kegiatan, key);
          }
          case DRAFT_BUDGET -> new DraftBudget(id, actor, at, f.budget("budget"), f.text("reference"));
          case AGREE_BUDGET -> new AgreeBudget(id, actor, at, f.text("reference"));
          case EVALUATE_BUDGET -> new EvaluateBudget(id, actor, at, f.text("reference"));
          case ENACT_BUDGET -> new EnactBudget(id, actor, at, f.text("reference"));
          case DRAFT_REVISION -> new DraftRevision(id, actor, at, f.budget("budget"), f.text("reference"));
          case RECEIVE_REVENUE -> {
            AccountCode account = f.code("account", accounts, AccountCode::parse);
            FundSource source = f.code("fundSource", fundSources, FundSource::parse);
            Money amount = f.amount("amount");
            @Nullable Integer tranche = f.optionalInt("tranche");
            @Nullable String part = f.optionalText("part");
            String reference = f.text("reference");
            yield new ReceiveRevenue(id, actor, at, account, source, amount, tranche, part, reference, f.place("via"));
          }
          case SUBMIT_SPP -> {
            SppType sppType = f.constant("sppType", SppType.class);
            BudgetItemKey item = f.item("item");
            Money amount = f.amount("amount");
            String payee = f.text("payee");
            yield new SubmitSpp(id, actor, at, sppType, item, amount, payee, f.text("description"));
          }
          case VERIFY_SPP -> new VerifySpp(id, actor, at, f.id("spp"));
          case APPROVE_SPP -> new ApproveSpp(id, actor, at, f.id("spp"));
          case REJECT_SPP -> new RejectSpp(id, actor, at, f.id("spp"), f.text("reason"));
          case CANCEL_SPP -> new CancelSpp(id, actor, at, f.id("spp"), f.text("reason"));
          case PAY_SPP -> {
            OperationId spp = f.id("spp");
            ImmutableSortedSet<TaxType> withhold = f.taxSet("withhold");
            String reference = f.text("reference");
            yield new PaySpp(id, actor, at, spp, withhold, reference, f.place("via"));
          }
          case SETTLE_PANJAR -> {
            OperationId spp = f.id("spp");
            Money spent = f.amount("spent");
            yield new SettlePanjar(id, actor, at, spp, spent, f.text("receipts"));
          }
          case DEPOSIT_TAX -> {
            OperationId spp = f.id("spp");
            TaxType tax = f.constant("tax", TaxType.class);
            Money amount = f.amount("amount");
            yield new DepositTax(id, actor, at, spp, tax, amount, f.text("ntpn"));
          }
          case REVERSE_RECEIPT -> new ReverseReceipt(id, actor, at, f.id("receipt"), f.text("reason"));
          case REVERSE_PAYMENT -> new ReversePayment(id, actor, at, f.id("spp"), f.text("reason"));
          case CLOSE_YEAR -> new CloseYear(id, actor, at);
          case SUBMIT_FINANCING_SPP -> {
            FinancingItemKey item = f.financingItem("item");
            Money amount = f.amount("amount");
            String payee = f.text("payee");
            yield new SubmitFinancingSpp(id, actor, at, item, amount, payee, f.text("description"));
          }
          case CLOSE_MONTH -> {
            java.time.YearMonth month = f.month("month");
            Money counted = f.amount("cashCounted");
            yield new CloseMonth(id, actor, at, month, counted, f.text("reference"));
          }
          case SUBMIT_LINED_SPP -> {
            ImmutableList<Payee> payees = f.payees("payees");
            ImmutableList<SubmitLinedSpp.Line> lines = f.lines("lines");
            yield new SubmitLinedSpp(id, actor, at, payees, lines, f.text("description"));
          }
          case DEPOSIT_TAX_PERIOD -> {
            Levy levy = f.constant("levy", Levy.class);
            YearMonth period = f.month("period");
            Money amount = f.amount("amount");
            String billingCode = f.text("billingCode");
            yield new DepositTaxPeriod(id, actor, at, levy, period, amount, billingCode, f.text("ntpn"));
          }
          case RETURN_BUDGET -> new Operation.ReturnBudget(id, actor, at, f.text("reference"));
          case CORRECT_BUDGET -> new Operation.CorrectBudget(id, actor, at, f.budget("budget"), f.text("reference"));
          case ENACT_DEEMED_BUDGET -> {
            LocalDate submitted = f.date("submitted");
            yield new Operation.EnactDeemedBudget(id, actor, at, submitted, f.text("reference"));
          }
          case SHIFT_BUDGET -> new Operation.ShiftBudget(id, actor, at, f.budget("budget"), f.text("reference"));
          case ADD_LATE_GRANT -> new Operation.AddLateGrant(id, actor, at, f.budget("budget"), f.text("reference"));
          case SPEND_EMERGENCY -> new Operation.SpendEmergency(id, actor, at, f.budget("budget"), f.text("reference"));
          case CANCEL_BUDGET -> {
            String reference = f.text("reference");
            yield new Operation.CancelBudget(id, actor, at, reference, f.has("previousPagu") ? f.pagu("previousPagu") : null);
          }
          case RECORD_KDMP_CHANNELLING -> {
            String part = f.text("part");
            AccountCode account = f.code("account", accounts, AccountCode::parse);
            FinancingItemKey item = f.financingItem("item");
            Money amount = f.amount("amount");
            yield new Operation.RecordKdmpChannelling(id, actor, at, part, account, item, amount, f.text("reference"));
          }
          case MOVE_CASH -> {
            FundSource source = f.code("fundSource", fundSources, FundSource::parse);
            CashPlace to = f.requiredPlace("to");
            Money amount = f.amount("amount");
            yield new Operation.MoveCash(id, actor, at, source, to, amount, f.text("reference"));
          }
          case CHANGE_BLT_LIST -> {
            ImmutableSortedSet<String> added = f.textSet("added");
            ImmutableSortedSet<String> removed = f.textSet("removed");
            yield new Operation.ChangeBltList(id, actor, at, added, removed, f.text("reference"));
          }
          case SUBMIT_BLT_SPP -> {
            BudgetItemKey item = f.item("item");
            Money monthly = f.amount("monthly");
            ImmutableList<Operation.SubmitBltSpp.KpmMonth> payments = f.kpmMonths("payments");
            yield new Operation.SubmitBltSpp(id, actor, at, item, monthly, payments, f.text("description"));
          }
          case ACCOUNT_PANJAR -> {
            OperationId spp = f.id("spp");
            Operation.AccountPanjar.Stage stage = f.constant("stage", Operation.AccountPanjar.Stage.class);
            ImmutableList<Payee> payees = f.payees("payees");
            ImmutableList<Operation.AccountPanjar.Receipt> receipts = f.receipts("receipts");
            yield new Operation.AccountPanjar(id, actor, at, spp, stage, payees, receipts, f.text("reference"));
          }
          case OPEN_YEAR -> {
            int previous = f.integer("previousYear", 1900, 9999);
            ImmutableSortedMap<FundSource, Money> silpa = f.silpa("silpa");
            ImmutableList<Operation.OpenYear.Carried> dpal = f.carried("dpal");
            ImmutableList<Operation.OpenYear.CarriedTax> owed = f.has("taxOwed") ? f.taxOwed("taxOwed") : ImmutableList.of();
            yield new Operation.OpenYear(id, actor, at, previous, silpa, dpal, owed, f.text("reference"));
          }
          case RECORD_BANK_INTEREST -> {
            AccountCode account = f.code("account", accounts, AccountCode::parse);
            FundSource source = f.code("fundSource", fundSources, FundSource::parse);
            Money gross = f.amount("gross");
            Money tax = f.amount("tax");
            BudgetItemKey taxItem = f.has("taxItem") ? f.item("taxItem") : null;
            yield new Operation.RecordBankInterest(id, actor, at, account, source, gross, tax, taxItem, f.text("reference"));
          }
          case RECORD_BANK_FEE -> {
            BudgetItemKey item = f.item("item");
            Money amount = f.amount("amount");
            yield new Operation.RecordBankFee(id, actor, at, item, amount, f.text("reference"));
          }
        };
    f.noOthers();
    return op;
  }

  static ObjectNode object(JsonNode node, String path) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw new EventFormatException(path, "missing: expected an object");
    }
    if (!node.isObject()) {
      throw new EventFormatException(path, "is " + JsonFields.kind(JsonObject.of(node)) + ", expected an object");
    }
    return (ObjectNode) node;
  }

  /** An object value ({@link JsonObject}), or the error naming {@code path}. */
  static JsonObject object(Object value, String path) {
    if (value instanceof JsonObject o) {
      return o;
    }
    if (value == null || JsonObject.isNull(value) || (value instanceof JsonNode n && n.isMissingNode())) {
      throw new EventFormatException(path, "missing: expected an object");
    }
    throw new EventFormatException(path, "is " + JsonFields.kind(value) + ", expected an object");
  }

  // ------------------------------------------------ values, shared with the replay's fast path

  /** The kind of an operation type's wire name; null when there is none. */
  static @Nullable OperationKind kind(String type) {
    return KINDS.get(type);
  }

  /** The replay's fast path for events in the canonical layout, with this reader's caches (made on first use). */
  CanonicalEventReader canonical() {
    CanonicalEventReader r = canonical;
    if (r == null) {
      r = canonical = new CanonicalEventReader(this);
    }
    return r;
  }

  /** The value of {@code text} in {@code cache}, else {@code make}'s, kept while the cache has room. */
  private static <T> T cached(Map<String, T> cache, String text, Function<String, T> make) {
    T cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    T value = make.apply(text);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(text, value);
    }
    return value;
  }

  AccountCode account(String text) {
    return cached(accounts, text, AccountCode::parse);
  }

  FundSource fundSource(String text) {
    return cached(fundSources, text, FundSource::parse);
  }

  KegiatanCode kegiatan(String text) {
    return cached(kegiatan, text, KegiatanCode::parse);
  }

  /**
   * An amount from its decimal text ({@link Idr#parseDecimal}: rupiah with at most two decimals).
   *
   * @throws IllegalArgumentException if it is not one
   */
  Money amount(String text) {
    return cached(amounts, text, t -> Idr.of(Idr.parseDecimal(t)));
  }

  /**
   * An instant as {@link Instant#parse} reads it (the common {@code 2025-01-06T02:00:00Z} without its formatter).
   *
   * @throws java.time.DateTimeException if it is not one
   */
  Instant instant(String text) {
    Instant fast = fastInstant(text, lastDay);
    return fast != null ? fast : Instant.parse(text);
  }

  /**
   * A month as {@code yyyy-MM}.
   *
   * @throws java.time.DateTimeException if it is not one
   */
  YearMonth month(String text) {
    YearMonth fast = fastMonth(text);
    return fast != null ? fast : YearMonth.parse(text);
  }

  /**
   * The official with that id, name and role: the one read before when the same (officials act in
   * event after event), else a new one.
   *
   * @throws IllegalArgumentException if the id or name is not one an official may have
   */
  Official official(String id, String person, Role role) {
    Official cached = officials.get(id);
    if (cached != null && cached.name().equals(person) && cached.role() == role) {
      return cached;
    }
    Official official = Official.of(id, person, role);
    if (officials.size() < CACHE_LIMIT) {
      officials.put(id, official);
    }
    return official;
  }

  /**
   * The fields of one JSON object, read strictly by the library's one reader ({@link JsonFields}:
   * at the first problem, JSON null refused) with this reader's caches; {@link #noOthers} fails on
   * any field not read. Paths are built only when something is wrong.
   */
  final class Fields {
    private final JsonFields f;

    Fields(JsonObject o, String path) {
      this(JsonFields.strictNulls(o, path, EventFormatException.PROBLEMS));
    }

    private Fields(JsonFields f) {
      this.f = f;
    }

    String text(String name) {
      return f.text(name);
    }

    @Nullable String optionalText(String name) {
      return f.optionalText(name);
    }

    /** Where a receipt or payment moves money: {@code "bank"} or {@code "cash"}; absent, as in journals written before places existed, the bank (RKD). */
    CashPlace place(String name) {
      String t = f.optionalText(name);
      return t == null ? CashPlace.BANK : placeOf(name, t);
    }

    /** A place that must be given: {@code "bank"} or {@code "cash"}. */
    CashPlace requiredPlace(String name) {
      return placeOf(name, f.text(name));
    }

    private CashPlace placeOf(String name, String t) {
      return CashPlace.ofWireName(t)
          .orElseThrow(() -> new EventFormatException(f.at(name), StrictJson.quote(t) + " is not a place of money: \"bank\" (the RKD) or \"cash\" (the cash box)"));
    }

    @Nullable Integer optionalInt(String name) {
      return f.optionalInteger(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    OperationId id(String name) {
      return f.parsed(name, OperationId::new);
    }

    /** A month as {@code yyyy-MM}. */
    java.time.YearMonth month(String name) {
      String text = f.text(name);
      return f.parse(name, text, t -> {
        try {
          return OperationCodec.this.month(t);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("not a month (yyyy-MM): " + t);
        }
      });
    }

    Instant instant(String name) {
      String t = f.text(name);
      try {
        return OperationCodec.this.instant(t);
      } catch (DateTimeException e) {
        throw new EventFormatException(f.at(name), StrictJson.quote(t) + " is not an ISO-8601 instant like 2025-01-06T02:00:00Z");
      }
    }

    LocalDate date(String name) {
      String t = f.text(name);
      try {
        return LocalDate.parse(t);
      } catch (DateTimeException e) {
        throw new EventFormatException(f.at(name), StrictJson.quote(t) + " is not an ISO-8601 date like 2025-01-06");
      }
    }

    Money amount(String name) {
      Object n = f.value(name);
      if (!(n instanceof String text)) {
        JsonFields.decimal(n, name, f.at(name), EventFormatException.PROBLEMS); // throws: not a quoted decimal
        throw new IllegalStateException("a JSON number is never an amount");
      }
      try {
        return OperationCodec.this.amount(text);
      } catch (IllegalArgumentException e) {
        throw new EventFormatException(f.at(name), StrictJson.bounded(e.getMessage()));
      }
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
      return f.constant(name, type);
    }

    /** The constant named {@code t}, the text of field {@code name} (already read). */
    <E extends Enum<E>> E constant(String name, String t, Class<E> type) {
      return f.constant(name, t, type);
    }

    <T> T code(String name, Map<String, T> cache, Function<String, T> parse) {
      return cached(cache, f.text(name), t -> f.parse(name, t, parse));
    }

    Official official(String name) {
      JsonFields fields = f.fields(name);
      Official known = officialObjects.get(fields.object());
      if (known != null) {
        return known; // the same object read before: the same official
      }
      Fields o = new Fields(fields);
      String id = o.text("id");
      String person = o.text("name");
      String roleName = o.text("role");
      Official cached = officials.get(id);
      Role role = cached != null && cached.role().name().equals(roleName) ? cached.role() : o.constant("role", roleName, Role.class);
      o.noOthers();
      Official official = f.parse(name, id, x -> OperationCodec.this.official(x, person, role));
      if (officialObjects.size() < CACHE_LIMIT) {
        officialObjects.put(fields.object(), official);
      }
      return official;
    }

    BudgetItemKey item(String name) {
      JsonFields fields = f.fields(name);
      BudgetItemKey known = itemObjects.get(fields.object());
      if (known != null) {
        return known; // the same object read before: the same item
      }
      Fields i = new Fields(fields);
      KegiatanCode k = i.code("kegiatan", kegiatan, KegiatanCode::parse);
      AccountCode a = i.code("account", accounts, AccountCode::parse);
      FundSource s = i.code("fundSource", fundSources, FundSource::parse);
      i.noOthers();
      BudgetItemKey item = BudgetItemKey.of(k, a, s);
      if (itemObjects.size() < CACHE_LIMIT) {
        itemObjects.put(fields.object(), item);
      }
      return item;
    }

    /** A financing item {@code {"account": "6.2.x.xx", "fundSource": …}}; the account must be a 6.2.x account. */
    FinancingItemKey financingItem(String name) {
      Fields i = new Fields(f.fields(name));
      AccountCode a = i.code("account", accounts, AccountCode::parse);
      FundSource s = i.code("fundSource", fundSources, FundSource::parse);
      i.noOthers();
      return i.f.parse("account", a.toString(), x -> FinancingItemKey.of(a, s));
    }

    Apbdes budget(String name) {
      Object n = f.value(name);
      try {
        return BudgetJson.fromJson(n, f.at(name));
      } catch (BudgetFormatException e) {
        Finding first = e.findings().get(0);
        String more = e.findings().size() == 1 ? "" : " (and " + (e.findings().size() - 1) + " more: "
            + e.findings().subList(1, Math.min(e.findings().size(), 10)).stream().map(Finding::toString).collect(Collectors.joining("; "))
            + (e.findings().size() > 10 ? "; …" : "") + ")";
        throw new EventFormatException(first.path(), first.message() + more);
      }
    }

    ImmutableSortedSet<KegiatanCode> kegiatanSet(String name) {
      List<?> a = f.array(name);
      ImmutableSortedSet.Builder<KegiatanCode> b = ImmutableSortedSet.naturalOrder();
      for (int i = 0; i < a.size(); i++) {
        String p = f.at(name, i);
        KegiatanCode k = JsonFields.parse(JsonFields.text(a.get(i), null, p, EventFormatException.PROBLEMS), p, KegiatanCode::parse, EventFormatException.PROBLEMS);
        b.add(k);
      }
      return b.build();
    }

    /** The payees of a lined SPP: an array of payee objects ({@link PayeeJson}). */
    ImmutableList<Payee> payees(String name) {
      List<?> a = f.array(name);
      ImmutableList.Builder<Payee> b = ImmutableList.builder();
      for (int i = 0; i < a.size(); i++) {
        Payee known = a.get(i) instanceof JsonObject o ? payeeCache.get(o) : null;
        if (known != null) {
          b.add(known); // the same object read before: the same payee
          continue;
        }
        String p = f.at(name, i);
        try {
          Payee payee = PayeeJson.readPublic(JsonObject.tree(a.get(i)), p);
          if (a.get(i) instanceof JsonObject o && payeeCache.size() < CACHE_LIMIT) {
            payeeCache.put(o, payee);
          }
          b.add(payee);
        } catch (IllegalArgumentException e) {
          throw new EventFormatException(p, StrictJson.bounded(e.getMessage()));
        }
      }
      return b.build();
    }

    /** The lines of a lined SPP: {@code {"item", "payee", "purchase", "amount"}} each. */
    ImmutableList<SubmitLinedSpp.Line> lines(String name) {
      List<?> a = f.array(name);
      ImmutableList.Builder<SubmitLinedSpp.Line> b = ImmutableList.builder();
      for (int i = 0; i < a.size(); i++) {
        Fields l = new Fields(f.element(a.get(i), name, i, "an SPP line"));
        BudgetItemKey item = l.item("item");
        String payee = l.f.text("payee");
        PurchaseKind purchase = l.constant("purchase", PurchaseKind.class);
        Money amount = l.amount("amount");
        l.noOthers();
        b.add(new SubmitLinedSpp.Line(item, payee, purchase, amount));
      }
      return b.build();
    }

    /** A set of texts (KPM ids): an array of strings, each at most once. */
    ImmutableSortedSet<String> textSet(String name) {
      List<?> a = f.array(name);
      ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < a.size(); i++) {
        String t = a.get(i) instanceof String text ? text : JsonFields.text(a.get(i), null, f.at(name, i), EventFormatException.PROBLEMS);
        if (!seen.add(t)) {
          throw new EventFormatException(f.at(name, i), "repeats " + StrictJson.quote(t));
        }
        b.add(t);
      }
      return b.build();
    }

    /** The KPM-months of a BLT SPP: {@code {"kpm", "month"}} each. */
    ImmutableList<Operation.SubmitBltSpp.KpmMonth> kpmMonths(String name) {
      List<?> a = f.array(name);
      ImmutableList.Builder<Operation.SubmitBltSpp.KpmMonth> b = ImmutableList.builder();
      for (int i = 0; i < a.size(); i++) {
        Fields l = new Fields(f.element(a.get(i), name, i, "a KPM-month"));
        String kpm = l.f.text("kpm");
        YearMonth month = l.month("month");
        l.noOthers();
        b.add(new Operation.SubmitBltSpp.KpmMonth(kpm, month));
      }
      return b.build();
    }

    /** The receipts of an SPJ panjar: {@code {"payee", "purchase", "amount", "number"}} each. */
    ImmutableList<Operation.AccountPanjar.Receipt> receipts(String name) {
      List<?> a = f.array(name);
      ImmutableList.Builder<Operation.AccountPanjar.Receipt> b = ImmutableList.builder();
      for (int i = 0; i < a.size(); i++) {
        Fields r = new Fields(f.element(a.get(i), name, i, "an SPJ receipt"));
        String payee = r.f.text("payee");
        PurchaseKind purchase = r.constant("purchase", PurchaseKind.class);
        Money amount = r.amount("amount");
        String number = r.f.text("number");
        r.noOthers();
        b.add(new Operation.AccountPanjar.Receipt(payee, purchase, amount, number));
      }
      return b.build();
    }

    int integer(String name, int min, int max) {
      return f.integer(name, min, max);
    }

    /** The SiLPA of an opening: {@code [{"fundSource", "amount"}]}, each source once. */
    ImmutableSortedMap<FundSource, Money> silpa(String name) {
      List<?> a = f.array(name);
      Map<FundSource, Money> m = new java.util.TreeMap<>();
      for (int i = 0; i < a.size(); i++) {
        Fields e = new Fields(f.element(a.get(i), name, i, "a SiLPA per fund source"));
        FundSource source = e.code("fundSource", fundSources, FundSource::parse);
        Money amount = e.amount("amount");
        e.noOthers();
        if (m.put(source, amount) != null) {
          throw new EventFormatException(f.at(name, i) + ".fundSource", "fund source " + source + " is given twice; the SiLPA has one amount per source");
        }
      }
      return ImmutableSortedMap.copyOf(m);
    }

    /**
     * The previous year's pagu of a cancellation: {@code [{"item", "pagu"}]}, one amount per item;
     * an item given twice is refused naming the place.
     */
    ImmutableSortedMap<BudgetItemKey, Money> pagu(String name) {
      List<?> a = f.array(name);
      Map<BudgetItemKey, Money> m = new java.util.TreeMap<>();
      for (int i = 0; i < a.size(); i++) {
        Fields l = new Fields(f.element(a.get(i), name, i, "a pagu of the previous year per item"));
        BudgetItemKey item = l.item("item");
        Money pagu = l.amount("pagu");
        l.noOthers();
        if (m.put(item, pagu) != null) {
          throw new EventFormatException(f.at(name, i) + ".item", "item " + item + " is given twice; the previous year's pagu has one amount per item");
        }
      }
      return ImmutableSortedMap.copyOf(m);
    }

    boolean has(String name) {
      return f.has(name);
    }

    /** The DPAL items of an opening: {@code [{"item", "remaining"}]}. */
    ImmutableList<Operation.OpenYear.Carried> carried(String name) {
      List<?> a = f.array(name);
      ImmutableList.Builder<Operation.OpenYear.Carried> b = ImmutableList.builder();
      for (int i = 0; i < a.size(); i++) {
        Fields l = new Fields(f.element(a.get(i), name, i, "a DPAL item"));
        BudgetItemKey item = l.item("item");
        Money remaining = l.amount("remaining");
        l.noOthers();
        b.add(new Operation.OpenYear.Carried(item, remaining));
      }
      return b.build();
    }

    /**
     * The tax owed of an opening: {@code [{"levy", "period", "fundSource", "amount"}]}, one amount per
     * levy, period and source; one given twice is refused naming the place.
     */
    ImmutableList<Operation.OpenYear.CarriedTax> taxOwed(String name) {
      List<?> a = f.array(name);
      ImmutableList.Builder<Operation.OpenYear.CarriedTax> b = ImmutableList.builder();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < a.size(); i++) {
        Fields l = new Fields(f.element(a.get(i), name, i, "a tax owed from the previous year"));
        Levy levy = l.constant("levy", Levy.class);
        YearMonth period = l.month("period");
        FundSource source = l.code("fundSource", fundSources, FundSource::parse);
        Money amount = l.amount("amount");
        l.noOthers();
        if (!seen.add(levy + " " + period + " " + source)) {
          throw new EventFormatException(f.at(name, i), "the tax owed of " + levy.label() + " " + period + " from " + source + " is given twice; an opening carries one amount per levy, period and fund source");
        }
        b.add(new Operation.OpenYear.CarriedTax(levy, period, source, amount));
      }
      return b.build();
    }

    ImmutableSortedSet<TaxType> taxSet(String name) {
      List<?> a = f.array(name);
      if (a.isEmpty()) {
        return ImmutableSortedSet.of();
      }
      ImmutableSortedSet.Builder<TaxType> b = ImmutableSortedSet.naturalOrder();
      for (int i = 0; i < a.size(); i++) {
        String s = a.get(i) instanceof String text ? text : JsonFields.text(a.get(i), null, f.at(name, i), EventFormatException.PROBLEMS);
        TaxType t = null;
        for (TaxType x : TAX_TYPES) {
          if (x.name().equals(s)) {
            t = x;
            break;
          }
        }
        if (t == null) {
          throw new EventFormatException(f.at(name, i), StrictJson.quote(s) + " is not one of " + JsonFields.names(TaxType.class));
        }
        b.add(t);
      }
      return b.build();
    }

    /** Fails naming the first field that was not read (an unknown field). */
    void noOthers() {
      f.noOthers();
    }
  }

  /**
   * Parses the form {@link Instant#toString} gives for whole seconds, {@code yyyy-MM-ddTHH:mm:ssZ},
   * without the general parser; null for anything else (left to {@link Instant#parse}).
   */
  static Instant fastInstant(String t) {
    return fastInstant(t, new long[2]);
  }

  /**
   * As {@link #fastInstant(String)}, remembering in {@code lastDay} ({yyyyMMdd + 1, epoch day}) the
   * last date converted: a journal's events come many to a day.
   */
  static Instant fastInstant(String t, long[] lastDay) {
    if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
        || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null; // anything odd: the general parser decides (and gives its error)
    }
    if (day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return null; // 30 February and the like: refused by the general parser
    }
    long key = year * 10_000L + month * 100L + day + 1;
    long days;
    if (lastDay[0] == key) {
      days = lastDay[1];
    } else {
      days = LocalDate.of(year, month, day).toEpochDay();
      lastDay[0] = key;
      lastDay[1] = days;
    }
    return Instant.ofEpochSecond(days * 86_400L + hour * 3600L + minute * 60L + second);
  }

  /** Reads {@code yyyy-MM} (a four-digit year) without the general parser; null for anything else (left to {@link YearMonth#parse}). */
  static @Nullable YearMonth fastMonth(String t) {
    if (t.length() != 7 || t.charAt(4) != '-') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    return year < 0 || month < 1 || month > 12 ? null : YearMonth.of(year, month);
  }

  private static int digits(String t, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
