package id.smartkampung.core.interchange.siskeudes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.Quantity;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.MoveCash;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RecordBankFee;
import id.smartkampung.core.ledger.Operation.RecordBankInterest;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Siskeudes export into a village's year — <i>impor data Siskeudes</i>: the budget as
 * enacted and after its <i>perubahan</i> (with the RAB detail), the kegiatan with their outputs and
 * implementers, and the treasury history as the ledger's operations in date order ({@link
 * SiskeudesYear}), which {@link SiskeudesYear#writeBook} posts to a new {@code VillageBook} as one
 * batch through the same checks as any operation.
 *
 * <p>Everything that cannot be read, or that breaks a rule, is reported row by row — table, row,
 * column, rule — in one {@link SiskeudesFormatException}; then nothing is written.
 *
 * <h2>How the rows become operations</h2>
 *
 * <ul>
 *   <li>{@code Ta_Desa}: the Kepala Desa ({@code Nm_Kades}), Sekretaris Desa ({@code Nm_Sekdes})
 *       and Kaur Keuangan ({@code Nm_Kaur_Keu}) are registered (ids {@code kades}, {@code sekdes},
 *       {@code kaur-keuangan}) on the year's first date; {@code Ta_Kegiatan.Nm_PPTKD} is the PKA of
 *       each kegiatan (ids {@code pka-1}, … by first appearance; a kegiatan without one gets a
 *       PKA named after it, with a notice); the district's evaluator is {@code Ta_Pemda.Nm_Bupati}.
 *   <li>{@code Ta_RABRinci} (with {@code Ta_Kegiatan.Keluaran} as the output of every belanja line
 *       of the kegiatan): the budget, drafted, agreed, evaluated and enacted on {@code
 *       Ta_Desa.Tgl_Perdes} (the export keeps only the Perdes date) — the lines with {@code
 *       Anggaran}; when {@code Ta_Desa.No_Perdes_PB} names a Perdes perubahan, the revision with
 *       {@code AnggaranStlhPAK} on {@code Tgl_Perdes_PB}. {@code Satuan}/{@code JmlSatuan} are the
 *       line's quantity ({@code JmlSatuanPAK} after the revision); {@code HrgSatuan} is checked:
 *       JmlSatuan × HrgSatuan is Anggaran to within the rounding of the unit price to the sen.
 *   <li>{@code Ta_TBP} + {@code Ta_TBPRinci}: one receipt per rinci row (revenue 4.x or financing
 *       receipt 6.1.x), the Dana Desa tahap read from the TBP's {@code Uraian}; in cash when a
 *       {@code Ta_STSRinci} row deposits the TBP ({@code No_TBP}), into the bank otherwise.
 *   <li>{@code Ta_STS} + {@code Ta_STSRinci} (optional): one {@code move-cash} to the bank per rinci
 *       row, of the fund source of its TBP ({@code sts:NO}, {@code #k} when several); a TBP of
 *       several sources is deposited whole. {@code Ta_Mutasi} (optional): one {@code move-cash}
 *       per row ({@code mutasi:NO}), {@code Kd_Mutasi} 1 to the bank, 2 to the cash box; the rows
 *       with an account ({@code Kd_Rincian}) are what the bank booked: bank interest (a 4.x row,
 *       with at most one 5.x row of the tax withheld, {@code record-bank-interest}) or bank charges
 *       (5.x rows, {@code record-bank-fee}).
 *   <li>{@code Ta_SPP} with {@code Jn_SPP} {@code LS}: one SPP per {@code Ta_SPPBukti} row (the
 *       payee, the budget item, the amount), the taxes withheld its {@code Ta_SPPPot} rows (by
 *       {@code No_Bukti}; the ledger computes their amounts at the year's rates); a 6.2.x item is
 *       a financing SPP. {@code UM} (panjar): one SPP per {@code Ta_SPPRinci} row. Submitted,
 *       verified and approved on {@code Tgl_SPP}; paid on {@code Ta_Pencairan.Tgl_Cek}; a panjar
 *       settled by {@code Ta_SPJ} + {@code Ta_SPJRinci} ({@code Nilai} spent) on {@code Tgl_SPJ};
 *       when {@code Ta_SPJBukti} lists the SPJ's receipts with their receipt notes, accounted for
 *       in stages (one per receipt date, the last on {@code Tgl_SPJ} final) with the taxes the
 *       ledger determines on them ({@code Ta_SPJPot} checked against the receipts and {@code
 *       Ta_SPJ.Potongan}).
 *   <li>{@code Ta_Pajak} + {@code Ta_PajakRinci}: one deposit per rinci row, of the tax of the
 *       potongan account, for the SPP of its {@code No_Bukti}, NTPN {@code KdBayar} (or {@code
 *       No_SSP}).
 * </ul>
 *
 * <p>Within a day the operations follow: registrations, budget steps, receipts, movements between
 * bank and cash box (STS, then Mutasi), SPP submissions
 * (with verification and approval), payments, SPJ, tax deposits; within each, the order of the
 * rows. The export keeps no time of day, so this order is the import's: the SPP steps of one day
 * follow each other a second apart from 08:00 in the village's time zone.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesImport {
  private SiskeudesImport() {}

  /**
   * Reads a zip and maps it to a year of operations (nothing is written).
   *
   * @throws SiskeudesFormatException listing every problem, by table, row and column
   * @throws IOException if the file cannot be read
   */
  public static SiskeudesYear read(Path zip) throws IOException {
    return read(SiskeudesArchive.read(zip));
  }

  /**
   * Maps tables (by name, as {@link SiskeudesArchive#read} gives them) to a year of operations.
   *
   * @throws SiskeudesFormatException listing every problem, by table, row and column
   */
  public static SiskeudesYear read(Map<String, SiskeudesTable> tables) {
    Map<String, SiskeudesTable> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(requireNonNull(tables, "tables"));
    return new Reader(byName).read();
  }

  /**
   * Reads a zip and writes its year to a new book at {@code journal}: checked as a whole first,
   * then posted as one batch (see {@link SiskeudesYear#writeBook}).
   *
   * @return the year read
   * @throws SiskeudesFormatException listing every problem; nothing is written
   * @throws java.nio.file.FileAlreadyExistsException if {@code journal} exists
   * @throws IOException if a file cannot be read or written
   */
  public static SiskeudesYear importBook(Path zip, Path journal) throws IOException {
    SiskeudesYear year = read(zip);
    year.writeBook(journal);
    return year;
  }

  // ---------------------------------------------------------------------------------------------

  /** One operation to be, with its date, phase within the day and source row. */
  private record Event(LocalDate date, int phase, int order, Place place, Function<Instant, Operation> make) {}

  private static final int REGISTER = 0;
  private static final int BUDGET = 1;
  private static final int RECEIVE = 2;
  private static final int MOVE = 3;
  private static final int SUBMIT = 4;
  private static final int PAY = 5;
  private static final int SETTLE = 6;
  private static final int DEPOSIT = 7;

  /** A paid-to-be SPP of the ledger made of a row, with what it needs later. */
  private record Piece(OperationId id, Official pka, Optional<BudgetItemKey> item, ImmutableSortedSet<TaxType> taxes, Place place) {}

  private static final class Reader {
    private final Map<String, SiskeudesTable> tables;
    private final List<Finding> problems = new ArrayList<>();
    private final List<Finding> notices = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<SiskeudesYear.ExpectedTax> expectedTaxes = new ArrayList<>();
    private final ReferenceData reference = ReferenceData.standard();
    private String kdDesa = "";
    private @Nullable Village village;
    private int year;

    Reader(Map<String, SiskeudesTable> tables) {
      this.tables = tables;
    }

    // ------------------------------------------------------------------- cells and problems

    private SiskeudesTable table(String name) {
      return tables.get(name);
    }

    private String cell(String table, int row, String column) {
      SiskeudesTable t = table(table);
      for (int c = 0; c < t.header().size(); c++) {
        if (t.header().get(c).equalsIgnoreCase(column)) {
          return t.rows().get(row - 1).get(c).strip();
        }
      }
      throw new IllegalStateException("column " + column + " checked before");
    }

    private void problem(Rule rule, String table, int row, String column, String message) {
      problems.add(SiskeudesFormatException.finding(rule, table, row, Optional.ofNullable(column), message));
    }

    private void notice(String table, int row, String column, String message) {
      notices.add(SiskeudesFormatException.at(Rule.FORMAT, Severity.WARNING, table, row, Optional.ofNullable(column), message));
    }

    /** Parses a cell; on failure records a problem and returns empty. */
    private <T> Optional<T> parse(String table, int row, String column, Function<String, T> f) {
      String text = cell(table, row, column);
      try {
        return Optional.of(f.apply(text));
      } catch (IllegalArgumentException e) {
        problem(Rule.FORMAT, table, row, column, e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<Money> amount(String table, int row, String column) {
      return parse(table, row, column, SiskeudesCodes::amount);
    }

    private Optional<Money> positive(String table, int row, String column) {
      Optional<Money> m = amount(table, row, column);
      if (m.isPresent() && !m.get().isPositive()) {
        problem(Rule.AMOUNT_NOT_POSITIVE, table, row, column, "the amount " + SiskeudesCodes.amount(m.get()) + " is not positive");
        return Optional.empty();
      }
      return m;
    }

    private Optional<LocalDate> date(String table, int row, String column) {
      return parse(table, row, column, SiskeudesCodes::date);
    }

    private Optional<AccountCode> account(String table, int row, String column) {
      Optional<AccountCode> a = parse(table, row, column, SiskeudesCodes::account);
      if (a.isPresent() && !reference.isKnown(a.get()) && SiskeudesCodes.tax(a.get()).isEmpty()) {
        problem(Rule.CODE_UNKNOWN, table, row, column, "account " + a.get() + " is not in the chart of accounts (Permendagri 20/2018 lampiran)");
        return Optional.empty();
      }
      return a;
    }

    private Optional<FundSource> source(String table, int row, String column) {
      Optional<FundSource> s = parse(table, row, column, SiskeudesCodes::fundSource);
      if (s.isPresent() && !reference.isKnown(s.get())) {
        problem(Rule.CODE_UNKNOWN, table, row, column, "fund source " + s.get() + " is not a known sumber dana (Ref_Sumber)");
        return Optional.empty();
      }
      return s;
    }

    /** The kegiatan of a Kd_Keg cell: empty Optional inside for a line outside belanja; null on a problem. */
    private @Nullable Optional<KegiatanCode> kegiatan(String table, int row, String column) {
      Optional<Optional<KegiatanCode>> k = parse(table, row, column, s -> SiskeudesCodes.kegiatan(s, kdDesa));
      if (k.isEmpty()) {
        return null;
      }
      if (k.get().isPresent() && !reference.isKnown(k.get().get())) {
        problem(Rule.CODE_UNKNOWN, table, row, column, "kegiatan " + k.get().get() + " is not in the list of kegiatan (Permendagri 20/2018 lampiran)");
        return null;
      }
      return k.get();
    }

    private void fail() {
      if (!problems.isEmpty()) {
        throw new SiskeudesFormatException(problems);
      }
    }

    // ------------------------------------------------------------------------ reading

    SiskeudesYear read() {
      checkTables();
      fail();
      checkVersion();
      fail();
      readVillage();
      fail();
      PolicyPack policy;
      try {
        policy = PolicyPack.forYear(year);
      } catch (IllegalArgumentException e) {
        problem(Rule.FORMAT, "Ta_Desa", 1, "Tahun", e.getMessage());
        throw new SiskeudesFormatException(problems);
      }
      checkYearAndVillage();
      Officials officials = readOfficials();
      Budgets budgets = readBudget();
      fail();
      budgetEvents(budgets, officials);
      Map<String, Map<FundSource, Money>> tbpSources = receipts();
      cashDeposits(tbpSources);
      mutations();
      Map<String, Piece> bySppBukti = spps(officials);
      deposits(bySppBukti);
      SiskeudesTable spjPot = table("Ta_SPJPot");
      if (spjPot != null && spjPot.size() > spjPotRead.size()) {
        notice("Ta_SPJPot", 0, null, (spjPot.size() - spjPotRead.size()) + " rows not imported: the taxes of an SPJ are read with its receipts (Ta_SPJBukti) when these carry the"
            + " receipt note PURCHASE; PAYEE_KIND; TAX_ID_KIND; PKP|NON_PKP");
      }
      for (String t : SiskeudesSchema.NOT_EXPRESSED) {
        SiskeudesTable table = table(t);
        if (table != null && table.size() > 0) {
          notice(t, 0, null, table.size() + " rows not imported: no operation of the ledger expresses " + t + " yet");
        }
      }
      fail();
      if (events.isEmpty()) {
        throw new IllegalStateException("a year with a budget has events");
      }
      LocalDate first = events.stream().map(Event::date).min(Comparator.naturalOrder()).orElseThrow();
      registrations(officials, first);
      events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::phase).thenComparingInt(Event::order));
      ImmutableList.Builder<Operation> ops = ImmutableList.builder();
      Map<OperationId, Place> seen = new LinkedHashMap<>();
      LocalDate day = null;
      int second = 0;
      for (Event e : events) {
        second = e.date().equals(day) ? second + 1 : 0;
        day = e.date();
        Instant at = e.date().atTime(LocalTime.of(8, 0)).atZone(village.zone()).toInstant().plusSeconds(second);
        Operation op;
        try {
          op = e.make().apply(at);
        } catch (IllegalArgumentException x) { // an id too long, a malformed value of the operation
          problem(Rule.FORMAT, e.place().table(), e.place().row(), null, x.getMessage());
          continue;
        }
        Place earlier = seen.putIfAbsent(op.id(), e.place());
        if (earlier != null) {
          problem(Rule.IDEMPOTENCY_CONFLICT, e.place().table(), e.place().row(), null,
              "the row makes operation " + op.id() + " as " + earlier + " does: its number repeats");
          continue;
        }
        ops.add(op);
      }
      fail();
      return new SiskeudesYear(village, policy, budgets.original, budgets.revised, ops.build(), ImmutableMap.copyOf(seen), ImmutableList.copyOf(notices),
          ImmutableList.copyOf(expectedTaxes));
    }

    private int order() {
      return events.size();
    }

    private void checkTables() {
      for (String t : SiskeudesSchema.REQUIRED) {
        if (table(t) == null) {
          problem(Rule.FORMAT, t, 0, null, "the table " + t + ".csv is missing from the export (an import needs " + SiskeudesSchema.REQUIRED + ")");
          continue;
        }
        for (String c : SiskeudesSchema.COLUMNS.get(t)) {
          if (table(t).header().stream().noneMatch(c::equalsIgnoreCase)) {
            problem(Rule.FORMAT, t, 0, c, "the column " + c + " is missing from " + t + ".csv");
          }
        }
      }
      for (String t : ImmutableList.<String>builder().add("Ref_Kecamatan").addAll(SiskeudesSchema.OPTIONAL).build()) {
        SiskeudesTable optional = table(t);
        if (optional == null) {
          continue;
        }
        for (String c : SiskeudesSchema.COLUMNS.get(t)) {
          if (optional.header().stream().noneMatch(c::equalsIgnoreCase)) {
            problem(Rule.FORMAT, t, 0, c, "the column " + c + " is missing from " + t + ".csv");
          }
        }
      }
      if ((table("Ta_STS") == null) != (table("Ta_STSRinci") == null)) {
        String missing = table("Ta_STS") == null ? "Ta_STS" : "Ta_STSRinci";
        problem(Rule.FORMAT, missing, 0, null, "the table " + missing + ".csv is missing: Ta_STS and Ta_STSRinci come together");
      }
    }

    private void checkVersion() {
      SiskeudesTable v = table("Ref_Version");
      if (v.size() == 0) {
        problem(Rule.FORMAT, "Ref_Version", 0, "Versi", "Ref_Version has no row: the export does not say its version");
        return;
      }
      String versi = cell("Ref_Version", 1, "Versi");
      if (!SiskeudesSchema.SUPPORTED_VERSIONS.matcher(versi).matches()) {
        problem(Rule.FORMAT, "Ref_Version", 1, "Versi",
            "Siskeudes version '" + SiskeudesCodes.shorten(versi) + "' is not supported: this import reads Siskeudes 2.0 (Versi 2.0, 2.0.x; Permendagri 20/2018 codes)");
      }
    }

    private void readVillage() {
      if (table("Ta_Desa").size() != 1) {
        problem(Rule.FORMAT, "Ta_Desa", 0, null, "Ta_Desa has " + table("Ta_Desa").size() + " rows: an import reads the export of one village (one row)");
        return;
      }
      if (table("Ta_Pemda").size() != 1) {
        problem(Rule.FORMAT, "Ta_Pemda", 0, null, "Ta_Pemda has " + table("Ta_Pemda").size() + " rows where one is expected");
        return;
      }
      kdDesa = cell("Ta_Desa", 1, "Kd_Desa");
      Optional<Integer> y = parse("Ta_Desa", 1, "Tahun", s -> {
        if (!s.matches("[0-9]{4}")) {
          throw new IllegalArgumentException("Tahun '" + SiskeudesCodes.shorten(s) + "' is not a year");
        }
        return Integer.parseInt(s);
      });
      Optional<String> code;
      try {
        code = Optional.of(SiskeudesCodes.villageCode(cell("Ta_Pemda", 1, "Kd_Prov"), cell("Ta_Pemda", 1, "Kd_Kab"), kdDesa));
      } catch (IllegalArgumentException e) {
        problem(Rule.FORMAT, "Ta_Desa", 1, "Kd_Desa", e.getMessage() + " (with Ta_Pemda Kd_Prov and Kd_Kab)");
        code = Optional.empty();
      }
      String name = "";
      String kdKec = kdDesa.length() >= 2 ? kdDesa.substring(0, 2) : "";
      SiskeudesTable ref = table("Ref_Desa");
      for (int r = 1; r <= ref.size(); r++) {
        if (cell("Ref_Desa", r, "Kd_Desa").equals(kdDesa)) {
          name = cell("Ref_Desa", r, "Nama_Desa");
        }
      }
      if (name.isBlank()) {
        problem(Rule.UNKNOWN_REFERENCE, "Ref_Desa", 0, "Nama_Desa", "Ref_Desa names no village " + kdDesa + " (the Kd_Desa of Ta_Desa)");
      }
      String kecamatan = "";
      SiskeudesTable kec = table("Ref_Kecamatan");
      if (kec != null) {
        for (int r = 1; r <= kec.size(); r++) {
          String k = cell("Ref_Kecamatan", r, "Kd_Kec");
          if (k.equals(kdKec) || k.equals(kdKec + ".")) {
            kecamatan = cell("Ref_Kecamatan", r, "Nama_Kecamatan");
          }
        }
      }
      if (y.isPresent() && code.isPresent() && !name.isBlank()) {
        year = y.get();
        village = Village.of(code.get(), name, kecamatan, cell("Ta_Pemda", 1, "Nama_Pemda"));
      }
    }

    private void checkYearAndVillage() {
      for (Map.Entry<String, ImmutableList<String>> e : SiskeudesSchema.COLUMNS.entrySet()) {
        SiskeudesTable t = table(e.getKey());
        if (t == null) {
          continue;
        }
        boolean tahun = e.getValue().contains("Tahun");
        boolean desa = e.getValue().contains("Kd_Desa") && !e.getKey().equals("Ref_Desa");
        for (int r = 1; r <= t.size(); r++) {
          if (tahun && !cell(e.getKey(), r, "Tahun").equals(Integer.toString(year))) {
            problem(Rule.OUTSIDE_FISCAL_YEAR, e.getKey(), r, "Tahun", "the row is of year '" + SiskeudesCodes.shorten(cell(e.getKey(), r, "Tahun")) + "', the export of " + year);
          }
          if (desa && !cell(e.getKey(), r, "Kd_Desa").equals(kdDesa)) {
            problem(Rule.FORMAT, e.getKey(), r, "Kd_Desa", "the row is of village '" + SiskeudesCodes.shorten(cell(e.getKey(), r, "Kd_Desa")) + "', not " + kdDesa + ": an import reads one village");
          }
        }
      }
    }

    // ---------------------------------------------------------------------------- officials

    private static final class Officials {
      Official kades;
      Official sekdes;
      Official kaur;
      Official evaluator;
      final Map<KegiatanCode, Official> pka = new TreeMap<>();
      final Map<String, Official> pkaByName = new LinkedHashMap<>();
      final Map<String, TreeSet<KegiatanCode>> kegiatanOf = new LinkedHashMap<>();
      final Map<KegiatanCode, String> output = new HashMap<>();
      final Map<KegiatanCode, Integer> kegiatanRow = new HashMap<>();
      @Nullable Official financing;

      /** Registers {@code name} as the PKA of {@code k}. */
      Official assign(KegiatanCode k, String name) {
        Official pka = pkaByName.get(name);
        if (pka == null) {
          pka = Official.of("pka-" + (pkaByName.size() + 1), name, Role.PELAKSANA_KEGIATAN);
          pkaByName.put(name, pka);
          kegiatanOf.put(pka.id(), new TreeSet<>());
        }
        kegiatanOf.get(pka.id()).add(k);
        this.pka.put(k, pka);
        return pka;
      }
    }

    /** The PKA of a kegiatan of Ta_Kegiatan (one named after it when Nm_PPTKD is empty); null if the kegiatan is not listed. */
    private @Nullable Official pka(Officials o, KegiatanCode k) {
      Official p = o.pka.get(k);
      if (p == null && o.kegiatanRow.containsKey(k)) {
        p = o.assign(k, "Pelaksana Kegiatan " + k);
        notice("Ta_Kegiatan", o.kegiatanRow.get(k), "Nm_PPTKD", "no PPTKD named: the kegiatan's SPPs are submitted by a PKA named '" + p.name() + "'");
      }
      return p;
    }

    private Officials readOfficials() {
      Officials o = new Officials();
      o.kades = person("Nm_Kades", "kades", Role.KEPALA_DESA);
      o.sekdes = person("Nm_Sekdes", "sekdes", Role.SEKRETARIS_DESA);
      o.kaur = person("Nm_Kaur_Keu", "kaur-keuangan", Role.KAUR_KEUANGAN);
      String bupati = cell("Ta_Pemda", 1, "Nm_Bupati");
      o.evaluator = Official.of("evaluator", bupati.isBlank() ? "Pemerintah " + village.kabupaten() : bupati, Role.EVALUATOR_KABUPATEN);
      SiskeudesTable keg = table("Ta_Kegiatan");
      for (int r = 1; r <= keg.size(); r++) {
        Optional<KegiatanCode> k = kegiatan("Ta_Kegiatan", r, "Kd_Keg");
        if (k == null) {
          continue;
        }
        if (k.isEmpty()) {
          problem(Rule.FORMAT, "Ta_Kegiatan", r, "Kd_Keg", "a kegiatan row names a kegiatan (BB.SS.KK after Kd_Desa)");
          continue;
        }
        if (o.pka.containsKey(k.get())) {
          problem(Rule.FORMAT, "Ta_Kegiatan", r, "Kd_Keg", "kegiatan " + k.get() + " appears twice");
          continue;
        }
        o.kegiatanRow.put(k.get(), r);
        String name = cell("Ta_Kegiatan", r, "Nm_PPTKD");
        if (!name.isBlank()) {
          o.assign(k.get(), name);
        }
        String keluaran = cell("Ta_Kegiatan", r, "Keluaran");
        if (!keluaran.isBlank()) {
          o.output.put(k.get(), keluaran);
        }
      }
      return o;
    }

    private Official person(String column, String id, Role role) {
      String name = cell("Ta_Desa", 1, column);
      if (name.isBlank()) {
        problem(Rule.FORMAT, "Ta_Desa", 1, column, "the " + role + " is not named: the book records who takes each step");
        return Official.of(id, "?", role);
      }
      return Official.of(id, name, role);
    }

    private Official financingPka(Officials o) {
      if (o.financing == null) {
        o.financing = Official.of("pka-pembiayaan", "Pelaksana Pembiayaan", Role.PELAKSANA_KEGIATAN);
        notice("Ta_SPP", 0, null, "SPPs of pengeluaran pembiayaan (6.2) are submitted by a PKA 'Pelaksana Pembiayaan' (the export names none)");
      }
      return o.financing;
    }

    private void registrations(Officials o, LocalDate first) {
      List<Official> all = new ArrayList<>(List.of(o.kades, o.sekdes, o.kaur));
      all.addAll(o.pkaByName.values());
      if (o.financing != null) {
        all.add(o.financing);
      }
      for (Official p : all) {
        ImmutableSortedSet<KegiatanCode> k = ImmutableSortedSet.copyOf(o.kegiatanOf.getOrDefault(p.id(), new TreeSet<>()));
        events.add(new Event(first, REGISTER, order(), new Place("Ta_Desa", 1),
            at -> RegisterOfficial.of(OperationId.of("daftar:" + p.id()), o.kades, at, p, k)));
      }
    }

    // ------------------------------------------------------------------------------- budget

    private static final class Budgets {
      Apbdes original;
      Optional<Apbdes> revised = Optional.empty();
      LocalDate enacted;
      String perdes;
      LocalDate revisedOn;
      String perdesPb;
    }

    private Budgets readBudget() {
      Budgets b = new Budgets();
      boolean revision = !cell("Ta_Desa", 1, "No_Perdes_PB").isBlank();
      b.perdes = cell("Ta_Desa", 1, "No_Perdes");
      b.enacted = date("Ta_Desa", 1, "Tgl_Perdes").orElse(null);
      if (revision) {
        b.perdesPb = cell("Ta_Desa", 1, "No_Perdes_PB");
        b.revisedOn = date("Ta_Desa", 1, "Tgl_Perdes_PB").orElse(null);
      }
      Map<KegiatanCode, String> outputs = new HashMap<>();
      Map<String, Integer> kegiatanRows = new HashMap<>();
      SiskeudesTable keg = table("Ta_Kegiatan");
      for (int r = 1; r <= keg.size(); r++) {
        try {
          Optional<KegiatanCode> k = SiskeudesCodes.kegiatan(cell("Ta_Kegiatan", r, "Kd_Keg"), kdDesa);
          if (k.isPresent()) {
            kegiatanRows.put(k.get().toString(), r);
            String out = cell("Ta_Kegiatan", r, "Keluaran");
            if (!out.isBlank()) {
              outputs.put(k.get(), out);
            }
          }
        } catch (IllegalArgumentException e) {
          // reported with the officials
        }
      }
      List<BudgetLine> original = new ArrayList<>();
      List<BudgetLine> revised = new ArrayList<>();
      String t = "Ta_RABRinci";
      for (int r = 1; r <= table(t).size(); r++) {
        int before = problems.size();
        Optional<AccountCode> account = account(t, r, "Kd_Rincian");
        Optional<KegiatanCode> kegiatan = kegiatan(t, r, "Kd_Keg");
        Optional<Money> anggaran = amount(t, r, "Anggaran");
        String stlhText = cell(t, r, "AnggaranStlhPAK");
        Optional<Money> stlh = stlhText.isEmpty() ? anggaran : amount(t, r, "AnggaranStlhPAK");
        String sd = cell(t, r, "SumberDana");
        Optional<FundSource> source = sd.isEmpty() ? Optional.empty() : source(t, r, "SumberDana");
        if (problems.size() > before || account.isEmpty() || kegiatan == null || anggaran.isEmpty() || stlh.isEmpty()) {
          continue;
        }
        Section section = section(account.get());
        if (section == null) {
          problem(Rule.CODE_SECTION, t, r, "Kd_Rincian", "account " + account.get() + " is not of a budget section (4, 5, 6.1, 6.2)");
          continue;
        }
        if ((section == Section.BELANJA) != kegiatan.isPresent()) {
          problem(Rule.CODE_SECTION, t, r, "Kd_Keg", section == Section.BELANJA
              ? "a belanja line (" + account.get() + ") names its kegiatan"
              : "a line of " + account.get() + " is outside belanja: Kd_Keg is Kd_Desa followed by 00.00.00.");
          continue;
        }
        if (kegiatan.isPresent() && !kegiatanRows.containsKey(kegiatan.get().toString())) {
          problem(Rule.UNKNOWN_REFERENCE, t, r, "Kd_Keg", "kegiatan " + kegiatan.get() + " is not in Ta_Kegiatan");
          continue;
        }
        if (source.isEmpty() && (section == Section.BELANJA || section == Section.PENDAPATAN)) {
          problem(Rule.FUND_SOURCE_MISSING, t, r, "SumberDana", "a " + section + " line names its fund source");
          continue;
        }
        if (!revision && !stlh.get().isEqualTo(anggaran.get())) {
          problem(Rule.REVISION_LIMIT, t, r, "AnggaranStlhPAK",
              "AnggaranStlhPAK " + SiskeudesCodes.amount(stlh.get()) + " differs from Anggaran " + SiskeudesCodes.amount(anggaran.get()) + " but Ta_Desa names no Perdes perubahan (No_Perdes_PB)");
          continue;
        }
        String uraian = cell(t, r, "Uraian");
        Optional<String> output = kegiatan.map(outputs::get);
        Optional<Quantity> q = quantity(t, r, "JmlSatuan", "HrgSatuan", anggaran.get());
        Optional<Quantity> qPak = revision ? quantity(t, r, "JmlSatuanPAK", "HrgSatuanPAK", stlh.get()) : q;
        if (problems.size() > before) {
          continue;
        }
        boolean bothZero = anggaran.get().isZero() && stlh.get().isZero();
        if (!revision || anggaran.get().isPositive() || bothZero) {
          original.add(new BudgetLine(section, account.get(), kegiatan.orElse(null), uraian, anggaran.get(), source.orElse(null), output.orElse(null), null, q.orElse(null)));
        }
        if (revision && (stlh.get().isPositive() || bothZero)) {
          revised.add(new BudgetLine(section, account.get(), kegiatan.orElse(null), uraian, stlh.get(), source.orElse(null), output.orElse(null), null, qPak.orElse(null)));
        }
      }
      if (b.enacted == null || village == null) {
        return b;
      }
      b.original = Apbdes.of(village, year, original);
      if (revision && b.revisedOn != null) {
        b.revised = Optional.of(Apbdes.of(village, year, revised));
      }
      return b;
    }

    private Optional<Quantity> quantity(String t, int r, String jmlColumn, String hrgColumn, Money amount) {
      String satuan = cell(t, r, "Satuan");
      String jml = cell(t, r, jmlColumn);
      if (satuan.isEmpty() || jml.isEmpty() || amount.isZero()) {
        return Optional.empty();
      }
      Optional<BigDecimal> volume = parse(t, r, jmlColumn, SiskeudesCodes::number);
      String hrgText = cell(t, r, hrgColumn);
      Optional<BigDecimal> price = hrgText.isEmpty() ? Optional.empty() : parse(t, r, hrgColumn, SiskeudesCodes::number);
      if (volume.isEmpty()) {
        return Optional.empty();
      }
      if (price.isPresent()) {
        BigDecimal a = amount.getNumber().numberValue(BigDecimal.class);
        BigDecimal gap = volume.get().multiply(price.get()).subtract(a).abs();
        BigDecimal tolerance = volume.get().abs().multiply(new BigDecimal("0.005")).add(new BigDecimal("0.005"));
        if (gap.compareTo(tolerance) > 0) {
          problem(Rule.FORMAT, t, r, hrgColumn, jmlColumn + " " + SiskeudesCodes.number(volume.get()) + " × " + hrgColumn + " " + SiskeudesCodes.number(price.get())
              + " is not the line's amount " + SiskeudesCodes.amount(amount));
          return Optional.empty();
        }
      }
      try {
        return Optional.of(new Quantity(volume.get(), satuan));
      } catch (IllegalArgumentException e) {
        notice(t, r, "Satuan", "the quantity is not kept on the line: " + e.getMessage());
        return Optional.empty();
      }
    }

    private static @Nullable Section section(AccountCode a) {
      if (a.isPendapatan()) {
        return Section.PENDAPATAN;
      }
      if (a.isBelanja()) {
        return Section.BELANJA;
      }
      if (a.isPenerimaanPembiayaan()) {
        return Section.PEMBIAYAAN_PENERIMAAN;
      }
      if (a.isPengeluaranPembiayaan()) {
        return Section.PEMBIAYAAN_PENGELUARAN;
      }
      return null;
    }

    private void budgetEvents(Budgets b, Officials o) {
      Place place = new Place("Ta_RABRinci", 1);
      Place desa = new Place("Ta_Desa", 1);
      Apbdes original = b.original;
      events.add(new Event(b.enacted, BUDGET, order(), place, at -> new DraftBudget(OperationId.of("apbdes:rancangan"), o.sekdes, at, original, "RAPBDes " + year)));
      events.add(new Event(b.enacted, BUDGET, order(), desa, at -> new AgreeBudget(OperationId.of("apbdes:kesepakatan"), o.kades, at, "Berita acara kesepakatan APBDes " + year)));
      events.add(new Event(b.enacted, BUDGET, order(), desa, at -> new EvaluateBudget(OperationId.of("apbdes:evaluasi"), o.evaluator, at, "Evaluasi RAPBDes " + year)));
      events.add(new Event(b.enacted, BUDGET, order(), desa, at -> new EnactBudget(OperationId.of("apbdes:penetapan"), o.kades, at, b.perdes.isBlank() ? "Perdes APBDes " + year : b.perdes)));
      if (b.revised.isPresent()) {
        Apbdes revised = b.revised.get();
        events.add(new Event(b.revisedOn, BUDGET, order(), place, at -> new DraftRevision(OperationId.of("apbdes-p:rancangan"), o.sekdes, at, revised, "Rancangan perubahan APBDes " + year)));
        events.add(new Event(b.revisedOn, BUDGET, order(), desa, at -> new AgreeBudget(OperationId.of("apbdes-p:kesepakatan"), o.kades, at, "Berita acara kesepakatan perubahan APBDes " + year)));
        events.add(new Event(b.revisedOn, BUDGET, order(), desa, at -> new EvaluateBudget(OperationId.of("apbdes-p:evaluasi"), o.evaluator, at, "Evaluasi perubahan APBDes " + year)));
        events.add(new Event(b.revisedOn, BUDGET, order(), desa, at -> new EnactBudget(OperationId.of("apbdes-p:penetapan"), o.kades, at, b.perdesPb)));
      }
      kaur = o.kaur;
      sekdes = o.sekdes;
      kades = o.kades;
    }

    private Official kaur;
    private Official sekdes;
    private Official kades;

    // ----------------------------------------------------------------------------- receipts

    private Map<String, List<Integer>> group(String table, String column) {
      Map<String, List<Integer>> m = new LinkedHashMap<>();
      for (int r = 1; r <= table(table).size(); r++) {
        m.computeIfAbsent(cell(table, r, column), k -> new ArrayList<>()).add(r);
      }
      return m;
    }

    private Map<String, Integer> unique(String table, String column) {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (int r = 1; r <= table(table).size(); r++) {
        String key = cell(table, r, column);
        if (key.isEmpty()) {
          problem(Rule.FORMAT, table, r, column, column + " is empty");
        } else if (m.putIfAbsent(key, r) != null) {
          problem(Rule.FORMAT, table, r, column, column + " " + SiskeudesCodes.shorten(key) + " repeats row " + m.get(key));
        }
      }
      return m;
    }

    private static OperationId id(String prefix, String number, int k, int of) {
      return OperationId.of(prefix + number + (of > 1 ? "#" + k : ""));
    }

    /** The TBP numbers an STS deposits: receipts collected in cash. */
    private java.util.Set<String> depositedTbps() {
      java.util.Set<String> cash = new java.util.HashSet<>();
      if (table("Ta_STSRinci") != null) {
        for (int r = 1; r <= table("Ta_STSRinci").size(); r++) {
          cash.add(cell("Ta_STSRinci", r, "No_TBP"));
        }
      }
      return cash;
    }

    /** Reads the receipts; returns, by TBP number, the amounts received per fund source. */
    private Map<String, Map<FundSource, Money>> receipts() {
      Map<String, Map<FundSource, Money>> bySource = new LinkedHashMap<>();
      java.util.Set<String> cash = depositedTbps();
      Map<String, Integer> tbp = unique("Ta_TBP", "No_Bukti");
      Map<String, List<Integer>> rinci = group("Ta_TBPRinci", "No_Bukti");
      for (Map.Entry<String, List<Integer>> e : rinci.entrySet()) {
        Integer head = tbp.get(e.getKey());
        if (head == null) {
          for (int r : e.getValue()) {
            problem(Rule.UNKNOWN_REFERENCE, "Ta_TBPRinci", r, "No_Bukti", "no TBP " + SiskeudesCodes.shorten(e.getKey()) + " in Ta_TBP");
          }
          continue;
        }
        Optional<LocalDate> date = date("Ta_TBP", head, "Tgl_Bukti");
        Optional<Money> jumlah = amount("Ta_TBP", head, "Jumlah");
        String uraian = cell("Ta_TBP", head, "Uraian");
        Money sum = Idr.ZERO;
        int k = 0;
        for (int r : e.getValue()) {
          k++;
          int before = problems.size();
          String t = "Ta_TBPRinci";
          Optional<AccountCode> account = account(t, r, "Kd_Rincian");
          Optional<FundSource> source = source(t, r, "SumberDana");
          Optional<Money> nilai = positive(t, r, "Nilai");
          if (problems.size() > before || date.isEmpty()) {
            continue;
          }
          sum = sum.add(nilai.get());
          if (!account.get().isPendapatan() && !account.get().isPenerimaanPembiayaan()) {
            problem(Rule.INVALID_OPERATION, t, r, "Kd_Rincian", "a receipt (TBP) is of a revenue (4) or financing receipt (6.1) account, not " + account.get()
                + " (returns of spending and other receipts are not expressed by the ledger)");
            continue;
          }
          OptionalInt tahap = FundSource.DDS.equals(source.get()) && account.get().isPendapatan() ? SiskeudesCodes.tranche(uraian) : OptionalInt.empty();
          Integer tranche = tahap.isPresent() ? Integer.valueOf(tahap.getAsInt()) : null;
          OperationId id = id("tbp:", e.getKey(), k, e.getValue().size());
          AccountCode a = account.get();
          FundSource s = source.get();
          Money m = nilai.get();
          String ref = uraian.isBlank() ? e.getKey() : uraian;
          CashPlace place = cash.contains(e.getKey()) ? CashPlace.CASH : CashPlace.BANK;
          bySource.computeIfAbsent(e.getKey(), x -> new TreeMap<>()).merge(s, m, Money::add);
          events.add(new Event(date.get(), RECEIVE, order(), new Place(t, r),
              at -> new ReceiveRevenue(id, kaur, at, a, s, m, tranche, null, ref, place)));
        }
        if (jumlah.isPresent() && !jumlah.get().isEqualTo(sum) && problems.isEmpty()) {
          problem(Rule.BOOKS_UNRECONCILED, "Ta_TBP", head, "Jumlah", "Jumlah " + SiskeudesCodes.amount(jumlah.get()) + " is not the sum of its Ta_TBPRinci rows, " + SiskeudesCodes.amount(sum));
        }
      }
      return bySource;
    }

    // ------------------------------------------------------------------ cash and bank

    private record Move(Place place, LocalDate on, FundSource source, CashPlace to, Money amount, String reference) {}

    /** The moves of one STS or Mutasi number: {@code PREFIX NO}, or {@code PREFIX NO#k} when it makes several. */
    private void addMoves(String prefix, String number, List<Move> moves) {
      int k = 0;
      for (Move m : moves) {
        OperationId id = id(prefix, number, ++k, moves.size());
        events.add(new Event(m.on(), MOVE, order(), m.place(), at -> new MoveCash(id, kaur, at, m.source(), m.to(), m.amount(), m.reference())));
      }
    }

    /**
     * {@code Ta_Mutasi}: one {@code move-cash} per row of the fund source {@code Sumberdana}:
     * {@code Kd_Mutasi} 1 = cash deposited into the bank (<i>setor tunai ke rekening kas desa</i>),
     * 2 = cash drawn from the bank into the cash box (<i>tarik tunai</i>). The rows of a number
     * with {@code Kd_Rincian} (interest or charges the bank booked) are read by {@link
     * #bankEntries}; a number with rows of both kinds is refused.
     */
    private void mutations() {
      if (table("Ta_Mutasi") == null) {
        return;
      }
      String t = "Ta_Mutasi";
      Map<String, List<Integer>> byNumber = group(t, "No_Bukti");
      for (Map.Entry<String, List<Integer>> e : byNumber.entrySet()) {
        List<Integer> withAccount = e.getValue().stream().filter(r -> !cell(t, r, "Kd_Rincian").isEmpty()).toList();
        if (!e.getKey().isEmpty() && !withAccount.isEmpty()) {
          if (withAccount.size() == e.getValue().size()) {
            bankEntries(e.getKey(), withAccount);
          } else {
            int r = e.getValue().stream().filter(x -> cell(t, x, "Kd_Rincian").isEmpty()).findFirst().orElseThrow();
            problem(Rule.FORMAT, t, r, "Kd_Rincian", "Mutasi " + SiskeudesCodes.shorten(e.getKey()) + " has rows with an account (bank interest or charges, row "
                + withAccount.get(0) + ") and without (a movement between bank and cash box): one number is one or the other");
          }
          continue;
        }
        List<Move> moves = new ArrayList<>();
        for (int r : e.getValue()) {
          int before = problems.size();
          if (e.getKey().isEmpty()) {
            problem(Rule.FORMAT, t, r, "No_Bukti", "No_Bukti is empty");
            continue;
          }
          Optional<LocalDate> date = date(t, r, "Tgl_Bukti");
          Optional<FundSource> source = source(t, r, "Sumberdana");
          Optional<Money> nilai = positive(t, r, "Nilai");
          Optional<CashPlace> to = parse(t, r, "Kd_Mutasi", SiskeudesCodes::mutationTo);
          if (problems.size() > before) {
            continue;
          }
          String keterangan = cell(t, r, "Keterangan");
          moves.add(new Move(new Place(t, r), date.get(), source.get(), to.get(), nilai.get(), keterangan.isBlank() ? e.getKey() : keterangan));
        }
        addMoves("mutasi:", e.getKey(), moves);
      }
    }

    /**
     * The {@code Ta_Mutasi} rows of one number that carry an account ({@code Kd_Rincian}): what the
     * bank booked on the RKD itself, as Siskeudes records it (accounts named by {@code
     * Ref_Bunga.Kd_Bunga} and {@code Kd_Admin}; OpenSID's {@code Keuangan_grafik_model} sums these
     * rows as realisation of 4.x and 5.x). With one revenue row (4.x, {@code Kd_Keg} outside
     * belanja): bank interest ({@code record-bank-interest}, {@code mutasi:NO}) of that gross, and
     * at most one belanja row, the final tax the bank withheld, realised on that item. With belanja
     * rows only: one bank charge ({@code record-bank-fee}) per row ({@code mutasi:NO}, {@code #k}
     * when several). All rows of the number carry one date. {@code Kd_Mutasi} is not read on them.
     */
    private void bankEntries(String number, List<Integer> rows) {
      String t = "Ta_Mutasi";
      record Entry(int row, AccountCode account, Optional<KegiatanCode> kegiatan, FundSource source, Money amount, LocalDate on) {}
      List<Entry> revenue = new ArrayList<>();
      List<Entry> belanja = new ArrayList<>();
      for (int r : rows) {
        int before = problems.size();
        Optional<AccountCode> account = account(t, r, "Kd_Rincian");
        Optional<KegiatanCode> kegiatan = kegiatan(t, r, "Kd_Keg");
        Optional<FundSource> source = source(t, r, "Sumberdana");
        Optional<Money> nilai = positive(t, r, "Nilai");
        Optional<LocalDate> on = date(t, r, "Tgl_Bukti");
        if (problems.size() > before || kegiatan == null) {
          continue;
        }
        AccountCode a = account.get();
        if (a.isPendapatan() && kegiatan.isEmpty()) {
          revenue.add(new Entry(r, a, kegiatan, source.get(), nilai.get(), on.get()));
        } else if (a.isBelanja() && kegiatan.isPresent()) {
          belanja.add(new Entry(r, a, kegiatan, source.get(), nilai.get(), on.get()));
        } else {
          problem(Rule.CODE_SECTION, t, r, "Kd_Rincian", "a Mutasi row with an account is bank interest (a revenue account 4.x, Kd_Keg outside belanja: Kd_Desa followed by 00.00.00.) "
              + "or a bank charge or the tax on interest (a belanja account 5.x of a kegiatan), not " + a + (kegiatan.isPresent() ? " of kegiatan " + kegiatan.get() : " outside belanja"));
        }
      }
      if (revenue.size() + belanja.size() < rows.size()) {
        return;
      }
      LocalDate on = revenue.isEmpty() ? belanja.get(0).on() : revenue.get(0).on();
      for (Entry x : belanja) {
        if (!x.on().equals(on)) {
          problem(Rule.FORMAT, t, x.row(), "Tgl_Bukti", "the rows of Mutasi " + SiskeudesCodes.shorten(number) + " are of one day, " + SiskeudesCodes.date(on) + ", not "
              + SiskeudesCodes.date(x.on()));
          return;
        }
      }
      String keterangan = cell(t, revenue.isEmpty() ? belanja.get(0).row() : revenue.get(0).row(), "Keterangan");
      String reference = keterangan.isBlank() ? number : keterangan;
      if (revenue.size() > 1) {
        problem(Rule.FORMAT, t, revenue.get(1).row(), "Kd_Rincian", "Mutasi " + SiskeudesCodes.shorten(number) + " credits interest twice (also row " + revenue.get(0).row() + "): one interest per number");
        return;
      }
      if (revenue.size() == 1) {
        if (belanja.size() > 1) {
          problem(Rule.FORMAT, t, belanja.get(1).row(), "Kd_Rincian", "the interest of Mutasi " + SiskeudesCodes.shorten(number) + " (row " + revenue.get(0).row()
              + ") has one row of the tax the bank withheld, not several (also row " + belanja.get(0).row() + ")");
          return;
        }
        Entry g = revenue.get(0);
        Optional<Entry> tax = belanja.stream().findFirst();
        BudgetItemKey item = tax.map(x -> BudgetItemKey.of(x.kegiatan().orElseThrow(), x.account(), x.source())).orElse(null);
        Money taxAmount = tax.map(Entry::amount).orElse(Idr.ZERO);
        OperationId id = OperationId.of("mutasi:" + number);
        events.add(new Event(on, RECEIVE, order(), new Place(t, g.row()),
            at -> new RecordBankInterest(id, kaur, at, g.account(), g.source(), g.amount(), taxAmount, item, reference)));
        return;
      }
      int k = 0;
      for (Entry b : belanja) {
        OperationId id = id("mutasi:", number, ++k, belanja.size());
        BudgetItemKey item = BudgetItemKey.of(b.kegiatan().orElseThrow(), b.account(), b.source());
        events.add(new Event(on, MOVE, order(), new Place(t, b.row()), at -> new RecordBankFee(id, kaur, at, item, b.amount(), reference)));
      }
    }

    /**
     * {@code Ta_STS} + {@code Ta_STSRinci}: each rinci row deposits (part of) a cash receipt, TBP
     * {@code No_TBP}, into the bank: a {@code move-cash} to the bank of the TBP's fund source. A TBP
     * of several fund sources must be deposited whole (the row does not say how to split it).
     */
    private void cashDeposits(Map<String, Map<FundSource, Money>> tbpSources) {
      if (table("Ta_STS") == null || table("Ta_STSRinci") == null) {
        return;
      }
      Map<String, Integer> sts = unique("Ta_STS", "No_Bukti");
      Map<String, List<Integer>> rinci = group("Ta_STSRinci", "No_Bukti");
      for (Map.Entry<String, List<Integer>> e : rinci.entrySet()) {
        Integer head = sts.get(e.getKey());
        if (head == null) {
          for (int r : e.getValue()) {
            problem(Rule.UNKNOWN_REFERENCE, "Ta_STSRinci", r, "No_Bukti", "no STS " + SiskeudesCodes.shorten(e.getKey()) + " in Ta_STS");
          }
          continue;
        }
        Optional<LocalDate> date = date("Ta_STS", head, "Tgl_Bukti");
        Optional<Money> jumlah = amount("Ta_STS", head, "Jumlah");
        Money sum = Idr.ZERO;
        List<Move> moves = new ArrayList<>();
        for (int r : e.getValue()) {
          String t = "Ta_STSRinci";
          int before = problems.size();
          Optional<Money> nilai = positive(t, r, "Nilai");
          String noTbp = cell(t, r, "No_TBP");
          Map<FundSource, Money> sources = tbpSources.get(noTbp);
          if (problems.size() > before || date.isEmpty()) {
            continue;
          }
          sum = sum.add(nilai.get());
          if (sources == null) {
            problem(Rule.UNKNOWN_REFERENCE, t, r, "No_TBP", "no receipt " + SiskeudesCodes.shorten(noTbp) + " in Ta_TBP/Ta_TBPRinci to deposit");
            continue;
          }
          Map<FundSource, Money> parts;
          if (sources.size() == 1) {
            parts = Map.of(sources.keySet().iterator().next(), nilai.get());
          } else {
            Money whole = sources.values().stream().reduce(Idr.ZERO, Money::add);
            if (!whole.isEqualTo(nilai.get())) {
              problem(Rule.INVALID_OPERATION, t, r, "Nilai", "TBP " + SiskeudesCodes.shorten(noTbp) + " has several fund sources: an STS deposits it whole ("
                  + SiskeudesCodes.amount(whole) + "), not " + SiskeudesCodes.amount(nilai.get()));
              continue;
            }
            parts = sources;
          }
          for (Map.Entry<FundSource, Money> p : parts.entrySet()) {
            moves.add(new Move(new Place(t, r), date.get(), p.getKey(), CashPlace.BANK, p.getValue(), noTbp));
          }
        }
        addMoves("sts:", e.getKey(), moves);
        if (jumlah.isPresent() && !jumlah.get().isEqualTo(sum) && problems.isEmpty()) {
          problem(Rule.BOOKS_UNRECONCILED, "Ta_STS", head, "Jumlah", "Jumlah " + SiskeudesCodes.amount(jumlah.get()) + " is not the sum of its Ta_STSRinci rows, " + SiskeudesCodes.amount(sum));
        }
      }
    }

    // --------------------------------------------------------------------------------- SPPs

    /** The item of an SPP row: kegiatan, rincian, fund source; null on a problem. */
    private @Nullable BudgetItemKey item(String t, int r, boolean financing) {
      int before = problems.size();
      Optional<KegiatanCode> kegiatan = kegiatan(t, r, "Kd_Keg");
      Optional<AccountCode> account = account(t, r, "Kd_Rincian");
      Optional<FundSource> source = source(t, r, "Sumberdana");
      if (problems.size() > before || kegiatan == null) {
        return null;
      }
      if (financing) {
        return null;
      }
      if (kegiatan.isEmpty() || !account.get().isBelanja()) {
        problem(Rule.CODE_SECTION, t, r, "Kd_Rincian", "an SPP pays a belanja item (a kegiatan and a 5.x account) or a pengeluaran pembiayaan (6.2), not " + account.get());
        return null;
      }
      return BudgetItemKey.of(kegiatan.get(), account.get(), source.get());
    }

    private boolean isFinancing(String t, int r) {
      try {
        return SiskeudesCodes.account(cell(t, r, "Kd_Rincian")).isPengeluaranPembiayaan();
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private @Nullable FinancingItemKey financingItem(String t, int r) {
      int before = problems.size();
      Optional<AccountCode> account = account(t, r, "Kd_Rincian");
      Optional<FundSource> source = source(t, r, "Sumberdana");
      return problems.size() > before ? null : FinancingItemKey.of(account.get(), source.get());
    }

    private Map<String, Piece> spps(Officials o) {
      Map<String, Integer> spp = unique("Ta_SPP", "No_SPP");
      Map<String, List<Integer>> rinci = group("Ta_SPPRinci", "No_SPP");
      Map<String, List<Integer>> bukti = group("Ta_SPPBukti", "No_SPP");
      Map<String, List<Integer>> pot = group("Ta_SPPPot", "No_Bukti");
      Map<String, List<Integer>> cair = group("Ta_Pencairan", "No_SPP");
      Map<String, List<Integer>> spj = group("Ta_SPJ", "No_SPP");
      Map<String, List<Integer>> spjRinci = group("Ta_SPJRinci", "No_SPJ");
      Map<String, Piece> byBukti = new HashMap<>();
      for (String table : List.of("Ta_SPPRinci", "Ta_SPPBukti", "Ta_Pencairan", "Ta_SPJ")) {
        Map<String, List<Integer>> g = group(table, "No_SPP");
        for (Map.Entry<String, List<Integer>> e : g.entrySet()) {
          if (!spp.containsKey(e.getKey())) {
            for (int r : e.getValue()) {
              problem(Rule.UNKNOWN_REFERENCE, table, r, "No_SPP", "no SPP " + SiskeudesCodes.shorten(e.getKey()) + " in Ta_SPP");
            }
          }
        }
      }
      Map<String, Integer> buktiRows = new HashMap<>();
      for (int r = 1; r <= table("Ta_SPPBukti").size(); r++) {
        String no = cell("Ta_SPPBukti", r, "No_Bukti");
        if (no.isEmpty()) {
          problem(Rule.FORMAT, "Ta_SPPBukti", r, "No_Bukti", "No_Bukti is empty");
        } else if (buktiRows.putIfAbsent(no, r) != null) {
          problem(Rule.FORMAT, "Ta_SPPBukti", r, "No_Bukti", "No_Bukti " + SiskeudesCodes.shorten(no) + " repeats row " + buktiRows.get(no));
        }
      }
      for (Map.Entry<String, List<Integer>> e : pot.entrySet()) {
        if (!buktiRows.containsKey(e.getKey())) {
          for (int r : e.getValue()) {
            problem(Rule.UNKNOWN_REFERENCE, "Ta_SPPPot", r, "No_Bukti", "no receipt " + SiskeudesCodes.shorten(e.getKey()) + " in Ta_SPPBukti");
          }
        }
      }
      for (Map.Entry<String, Integer> s : spp.entrySet()) {
        String no = s.getKey();
        int head = s.getValue();
        Optional<LocalDate> date = date("Ta_SPP", head, "Tgl_SPP");
        Optional<Money> jumlah = amount("Ta_SPP", head, "Jumlah");
        String jenis = cell("Ta_SPP", head, "Jn_SPP").toUpperCase(java.util.Locale.ROOT);
        String keterangan = cell("Ta_SPP", head, "Keterangan");
        if (date.isEmpty()) {
          continue;
        }
        List<Piece> pieces = new ArrayList<>();
        Money gross = Idr.ZERO;
        Money potongan = Idr.ZERO;
        if (jenis.equals("LS")) {
          List<Integer> rows = bukti.getOrDefault(no, List.of());
          if (rows.isEmpty()) {
            problem(Rule.FORMAT, "Ta_SPP", head, "No_SPP", "an LS SPP lists its receipts (Ta_SPPBukti): none for " + SiskeudesCodes.shorten(no));
            continue;
          }
          Map<String, Money> byItem = new HashMap<>();
          for (int r : rows) {
            String t = "Ta_SPPBukti";
            int before = problems.size();
            boolean financing = isFinancing(t, r);
            BudgetItemKey item = item(t, r, financing);
            FinancingItemKey fin = financing ? financingItem(t, r) : null;
            Optional<Money> nilai = positive(t, r, "Nilai");
            if (problems.size() > before) {
              continue;
            }
            gross = gross.add(nilai.get());
            byItem.merge(cell(t, r, "Kd_Keg") + "|" + cell(t, r, "Kd_Rincian") + "|" + cell(t, r, "Sumberdana"), nilai.get(), Money::add);
            TreeSet<TaxType> taxes = new TreeSet<>();
            String buktiNo = cell(t, r, "No_Bukti");
            for (int p : pot.getOrDefault(buktiNo, List.of())) {
              Optional<AccountCode> a = parse("Ta_SPPPot", p, "Kd_Rincian", SiskeudesCodes::account);
              Optional<Money> v = amount("Ta_SPPPot", p, "Nilai");
              if (a.isEmpty() || v.isEmpty()) {
                continue;
              }
              potongan = potongan.add(v.get());
              Optional<TaxType> tax = SiskeudesCodes.tax(a.get());
              if (tax.isEmpty()) {
                problem(Rule.CODE_UNKNOWN, "Ta_SPPPot", p, "Kd_Rincian", "account " + a.get() + " is not a potongan pajak the ledger withholds (7.1.1.01 PPh 21 … 7.1.1.04 PPN)");
              } else if (!taxes.add(tax.get())) {
                problem(Rule.FORMAT, "Ta_SPPPot", p, "Kd_Rincian", tax.get() + " is withheld twice on receipt " + SiskeudesCodes.shorten(buktiNo));
              } else if (financing) {
                problem(Rule.INVALID_OPERATION, "Ta_SPPPot", p, "Kd_Rincian", "no tax is withheld on a pengeluaran pembiayaan");
              } else {
                expectedTaxes.add(new SiskeudesYear.ExpectedTax(OperationId.of("spp:" + buktiNo), tax.get(), v.get(), new Place("Ta_SPPPot", p)));
              }
            }
            OperationId id = OperationId.of("spp:" + buktiNo);
            String payee = cell(t, r, "Nm_Penerima").isBlank() ? "-" : cell(t, r, "Nm_Penerima");
            String desc = cell(t, r, "Keterangan").isBlank() ? keterangan : cell(t, r, "Keterangan");
            Money m = nilai.get();
            Place place = new Place(t, r);
            if (financing) {
              Official pka = financingPka(o);
              events.add(new Event(date.get(), SUBMIT, order(), place, at -> new SubmitFinancingSpp(id, pka, at, fin, m, payee, desc)));
              pieces.add(new Piece(id, pka, Optional.empty(), ImmutableSortedSet.of(), place));
            } else {
              Official pka = pka(o, item.kegiatan());
              if (pka == null) {
                problem(Rule.UNKNOWN_REFERENCE, t, r, "Kd_Keg", "kegiatan " + item.kegiatan() + " is not in Ta_Kegiatan");
                continue;
              }
              events.add(new Event(date.get(), SUBMIT, order(), place, at -> new SubmitSpp(id, pka, at, SppType.LS, item, m, payee, desc)));
              pieces.add(new Piece(id, pka, Optional.of(item), ImmutableSortedSet.copyOf(taxes), place));
            }
            byBukti.put(buktiNo, pieces.get(pieces.size() - 1));
          }
          for (int r : rinci.getOrDefault(no, List.of())) {
            String key = cell("Ta_SPPRinci", r, "Kd_Keg") + "|" + cell("Ta_SPPRinci", r, "Kd_Rincian") + "|" + cell("Ta_SPPRinci", r, "Sumberdana");
            Optional<Money> nilai = amount("Ta_SPPRinci", r, "Nilai");
            Money fromBukti = byItem.getOrDefault(key, Idr.ZERO);
            if (nilai.isPresent() && !nilai.get().isEqualTo(fromBukti)) {
              problem(Rule.BOOKS_UNRECONCILED, "Ta_SPPRinci", r, "Nilai", "Nilai " + SiskeudesCodes.amount(nilai.get()) + " is not the sum of the SPP's receipts (Ta_SPPBukti) on this item, " + SiskeudesCodes.amount(fromBukti));
            }
          }
        } else if (jenis.equals("UM")) {
          List<Integer> rows = rinci.getOrDefault(no, List.of());
          if (rows.isEmpty()) {
            problem(Rule.FORMAT, "Ta_SPP", head, "No_SPP", "a panjar SPP lists its items (Ta_SPPRinci): none for " + SiskeudesCodes.shorten(no));
            continue;
          }
          int k = 0;
          for (int r : rows) {
            k++;
            String t = "Ta_SPPRinci";
            int before = problems.size();
            BudgetItemKey item = item(t, r, false);
            Optional<Money> nilai = positive(t, r, "Nilai");
            if (problems.size() > before || item == null) {
              continue;
            }
            gross = gross.add(nilai.get());
            Official pka = pka(o, item.kegiatan());
            if (pka == null) {
              problem(Rule.UNKNOWN_REFERENCE, t, r, "Kd_Keg", "kegiatan " + item.kegiatan() + " is not in Ta_Kegiatan");
              continue;
            }
            OperationId id = id("spp:", no, k, rows.size());
            Money m = nilai.get();
            Place place = new Place(t, r);
            events.add(new Event(date.get(), SUBMIT, order(), place, at -> new SubmitSpp(id, pka, at, SppType.UM, item, m, pka.name(), keterangan)));
            pieces.add(new Piece(id, pka, Optional.of(item), ImmutableSortedSet.of(), place));
          }
          for (int r : bukti.getOrDefault(no, List.of())) {
            if (pot.containsKey(cell("Ta_SPPBukti", r, "No_Bukti"))) {
              problem(Rule.INVALID_OPERATION, "Ta_SPPBukti", r, "No_Bukti", "taxes on a panjar arise at its SPJ, not on the SPP (no withholding on an advance)");
            }
          }
        } else {
          problem(Rule.FORMAT, "Ta_SPP", head, "Jn_SPP", "Jn_SPP '" + SiskeudesCodes.shorten(jenis) + "' is not read: LS (definitif) and UM (panjar) are");
          continue;
        }
        if (jumlah.isPresent() && !jumlah.get().isEqualTo(gross) && problems.isEmpty()) {
          problem(Rule.BOOKS_UNRECONCILED, "Ta_SPP", head, "Jumlah", "Jumlah " + SiskeudesCodes.amount(jumlah.get()) + " is not the sum of its lines, " + SiskeudesCodes.amount(gross));
        }
        potongan("Ta_SPP", head, "Ta_SPPPot", potongan);
        for (Piece p : pieces) {
          events.add(new Event(date.get(), SUBMIT, order(), p.place(), at -> new VerifySpp(OperationId.of(p.id().value() + "/verifikasi"), sekdes, at, p.id())));
          events.add(new Event(date.get(), SUBMIT, order(), p.place(), at -> new ApproveSpp(OperationId.of(p.id().value() + "/persetujuan"), kades, at, p.id())));
        }
        List<Integer> paid = cair.getOrDefault(no, List.of());
        if (paid.size() > 1) {
          problem(Rule.STEP_ORDER, "Ta_Pencairan", paid.get(1), "No_SPP", "SPP " + SiskeudesCodes.shorten(no) + " is paid twice (also row " + paid.get(0) + ")");
        }
        if (!paid.isEmpty()) {
          int c = paid.get(0);
          Optional<LocalDate> on = date("Ta_Pencairan", c, "Tgl_Cek");
          String cek = cell("Ta_Pencairan", c, "No_Cek");
          if (on.isPresent()) {
            for (Piece p : pieces) {
              events.add(new Event(on.get(), PAY, order(), new Place("Ta_Pencairan", c),
                  at -> new PaySpp(OperationId.of(p.id().value() + "/pencairan"), kaur, at, p.id(), p.taxes(), cek.isBlank() ? no : cek)));
            }
          }
        }
        settlements(no, jenis, spj.getOrDefault(no, List.of()), spjRinci, pieces);
      }
      return byBukti;
    }

    private void settlements(String no, String jenis, List<Integer> spjRows, Map<String, List<Integer>> spjRinci, List<Piece> pieces) {
      Map<BudgetItemKey, Piece> byItem = new HashMap<>();
      for (Piece p : pieces) {
        p.item().ifPresent(i -> byItem.put(i, p));
      }
      java.util.Set<OperationId> settled = new java.util.HashSet<>();
      for (int s : spjRows) {
        if (!jenis.equals("UM")) {
          problem(Rule.INVALID_OPERATION, "Ta_SPJ", s, "No_SPP", "an SPJ accounts for a panjar (UM), not for the " + jenis + " SPP " + SiskeudesCodes.shorten(no));
          continue;
        }
        String spj = cell("Ta_SPJ", s, "No_SPJ");
        Optional<LocalDate> on = date("Ta_SPJ", s, "Tgl_SPJ");
        List<Integer> rows = spjRinci.getOrDefault(spj, List.of());
        Optional<Map<BudgetItemKey, List<SpjReceipt>>> bukti = spjReceipts(spj);
        if (bukti.isPresent() && on.isPresent()) {
          stagedSpj(no, s, spj, on.get(), rows, bukti.get(), byItem, settled);
          continue;
        }
        int k = 0;
        for (int r : rows) {
          k++;
          String t = "Ta_SPJRinci";
          int before = problems.size();
          BudgetItemKey item = item(t, r, false);
          Optional<Money> nilai = amount(t, r, "Nilai");
          if (problems.size() > before || item == null || on.isEmpty()) {
            continue;
          }
          Piece p = panjarOf(no, r, item, byItem, settled);
          if (p == null) {
            continue;
          }
          OperationId id = id("spj:", spj, k, rows.size());
          Money m = nilai.get();
          String receipts = cell("Ta_SPJ", s, "Keterangan").isBlank() ? spj : cell("Ta_SPJ", s, "Keterangan");
          events.add(new Event(on.get(), SETTLE, order(), new Place(t, r), at -> new SettlePanjar(id, p.pka(), at, p.id(), m, receipts)));
        }
      }
    }

    /**
     * The panjar of SPP {@code no} that {@code Ta_SPJRinci} row {@code r} accounts for, marked
     * settled; null, with the problem recorded, when the SPP has no panjar for the item or it is
     * accounted for already.
     */
    private @Nullable Piece panjarOf(String no, int r, BudgetItemKey item, Map<BudgetItemKey, Piece> byItem, java.util.Set<OperationId> settled) {
      Piece p = byItem.get(item);
      if (p == null) {
        problem(Rule.UNKNOWN_REFERENCE, "Ta_SPJRinci", r, "Kd_Rincian", "SPP " + SiskeudesCodes.shorten(no) + " has no panjar for " + item);
        return null;
      }
      if (!settled.add(p.id())) {
        problem(Rule.STEP_ORDER, "Ta_SPJRinci", r, "No_SPJ", "the panjar of " + item + " is accounted for twice (an SPJ in parts is not expressed by the ledger)");
        return null;
      }
      return p;
    }

    /** Checks {@code Potongan} of row {@code head} of {@code table} is {@code sum}, the sum of its {@code potTable} rows (a missing one is 0). */
    private void potongan(String table, int head, String potTable, Money sum) {
      Optional<Money> pot0 = cell(table, head, "Potongan").isEmpty() ? Optional.of(Idr.ZERO) : amount(table, head, "Potongan");
      if (pot0.isPresent() && !pot0.get().isEqualTo(sum) && problems.isEmpty()) {
        problem(Rule.BOOKS_UNRECONCILED, table, head, "Potongan", "Potongan " + SiskeudesCodes.amount(pot0.get()) + " is not the sum of its " + potTable + " rows, " + SiskeudesCodes.amount(sum));
      }
    }

    /** A receipt of an SPJ read from {@code Ta_SPJBukti}, with its row. */
    private record SpjReceipt(int row, LocalDate on, String number, Money amount, SiskeudesCodes.ReceiptNote note) {}

    private @Nullable Map<String, List<Integer>> spjBukti;
    private final java.util.Set<Integer> spjPotRead = new java.util.HashSet<>();

    /**
     * The receipts of an SPJ in {@code Ta_SPJBukti}, by budget item, when it lists them and every
     * one carries a {@linkplain SiskeudesCodes#receiptNote receipt note}; empty otherwise (the
     * SPJ is then read from {@code Ta_SPJRinci} alone, and its {@code Ta_SPJPot} rows reported as
     * not imported). Problems of the rows are recorded.
     */
    private Optional<Map<BudgetItemKey, List<SpjReceipt>>> spjReceipts(String spj) {
      if (table("Ta_SPJBukti") == null) {
        return Optional.empty();
      }
      if (spjBukti == null) {
        spjBukti = group("Ta_SPJBukti", "No_SPJ");
      }
      List<Integer> rows = spjBukti.getOrDefault(spj, List.of());
      String t = "Ta_SPJBukti";
      if (rows.isEmpty() || rows.stream().anyMatch(r -> !noted(cell(t, r, "Keterangan")))) {
        return Optional.empty();
      }
      Map<BudgetItemKey, List<SpjReceipt>> out = new LinkedHashMap<>();
      Map<String, Integer> numbers = new HashMap<>();
      int n = 0;
      for (int r : rows) {
        n++;
        int before = problems.size();
        BudgetItemKey item = item(t, r, false);
        Optional<LocalDate> on = date(t, r, "Tgl_Bukti");
        Optional<Money> nilai = positive(t, r, "Nilai");
        String number = cell(t, r, "No_Bukti");
        String name = cell(t, r, "Nm_Penerima").isBlank() ? "-" : cell(t, r, "Nm_Penerima");
        Optional<SiskeudesCodes.ReceiptNote> note = parse(t, r, "Keterangan", x -> SiskeudesCodes.receiptNote(x, "p" + numbers.size(), name));
        if (number.isEmpty()) {
          problem(Rule.FORMAT, t, r, "No_Bukti", "No_Bukti is empty");
        } else if (numbers.putIfAbsent(number, r) != null) {
          problem(Rule.FORMAT, t, r, "No_Bukti", "receipt " + SiskeudesCodes.shorten(number) + " of SPJ " + SiskeudesCodes.shorten(spj) + " repeats row " + numbers.get(number));
        }
        if (problems.size() > before || item == null) {
          continue;
        }
        out.computeIfAbsent(item, k -> new ArrayList<>()).add(new SpjReceipt(r, on.get(), number, nilai.get(), note.get()));
      }
      return Optional.of(out);
    }

    private static boolean noted(String keterangan) {
      try {
        SiskeudesCodes.receiptNote(keterangan, "p", "p");
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /**
     * An SPJ with its receipts ({@code Ta_SPJBukti}): per panjar item, its receipts grouped by
     * date become the SPJ's stages ({@code account-panjar}): those dated before {@code Tgl_SPJ}
     * partial ({@code spj:NO/1}, {@code /2} …), the last, on {@code Tgl_SPJ}, final ({@code
     * spj:NO}, with no receipt when none is of that date), which settles the panjar. The ledger
     * determines the receipts' taxes again by the year's rules; the {@code Ta_SPJPot} rows of the
     * SPJ are checked to name its receipts and potongan accounts, their sum {@code Ta_SPJ.Potongan}.
     * {@code Ta_SPJRinci.Nilai} is the sum of the item's receipts.
     */
    private void stagedSpj(String no, int head, String spj, LocalDate on, List<Integer> rinciRows, Map<BudgetItemKey, List<SpjReceipt>> receipts,
        Map<BudgetItemKey, Piece> byItem, java.util.Set<OperationId> settled) {
      String keterangan = cell("Ta_SPJ", head, "Keterangan").isBlank() ? spj : cell("Ta_SPJ", head, "Keterangan");
      java.util.Set<String> numbers = new java.util.HashSet<>();
      receipts.values().forEach(l -> l.forEach(x -> numbers.add(x.number())));
      Money potongan = Idr.ZERO;
      if (table("Ta_SPJPot") != null) {
        String t = "Ta_SPJPot";
        for (int r = 1; r <= table(t).size(); r++) {
          if (!cell(t, r, "No_SPJ").equals(spj)) {
            continue;
          }
          spjPotRead.add(r);
          Optional<AccountCode> a = parse(t, r, "Kd_Rincian", SiskeudesCodes::account);
          Optional<Money> v = positive(t, r, "Nilai");
          if (!numbers.contains(cell(t, r, "No_Bukti"))) {
            problem(Rule.UNKNOWN_REFERENCE, t, r, "No_Bukti", "no receipt " + SiskeudesCodes.shorten(cell(t, r, "No_Bukti")) + " of SPJ " + SiskeudesCodes.shorten(spj) + " in Ta_SPJBukti");
          } else if (a.isPresent() && SiskeudesCodes.tax(a.get()).isEmpty()) {
            problem(Rule.CODE_UNKNOWN, t, r, "Kd_Rincian", "account " + a.get() + " is not a potongan pajak the ledger collects (7.1.1.01 PPh 21 … 7.1.1.04 PPN)");
          } else if (v.isPresent()) {
            potongan = potongan.add(v.get());
          }
        }
      }
      potongan("Ta_SPJ", head, "Ta_SPJPot", potongan);
      java.util.Set<BudgetItemKey> rinciItems = new java.util.HashSet<>();
      int k = 0;
      for (int r : rinciRows) {
        k++;
        String t = "Ta_SPJRinci";
        int before = problems.size();
        BudgetItemKey item = item(t, r, false);
        Optional<Money> nilai = amount(t, r, "Nilai");
        if (problems.size() > before || item == null) {
          continue;
        }
        rinciItems.add(item);
        Piece p = panjarOf(no, r, item, byItem, settled);
        if (p == null) {
          continue;
        }
        List<SpjReceipt> mine = receipts.getOrDefault(item, List.of());
        Money sum = mine.stream().map(SpjReceipt::amount).reduce(Idr.ZERO, Money::add);
        if (!nilai.get().isEqualTo(sum)) {
          problem(Rule.BOOKS_UNRECONCILED, t, r, "Nilai", "Nilai " + SiskeudesCodes.amount(nilai.get()) + " is not the sum of the SPJ's receipts (Ta_SPJBukti) on this item, " + SiskeudesCodes.amount(sum));
          continue;
        }
        TreeMap<LocalDate, List<SpjReceipt>> byDay = new TreeMap<>();
        for (SpjReceipt x : mine) {
          if (x.on().isAfter(on)) {
            problem(Rule.FORMAT, "Ta_SPJBukti", x.row(), "Tgl_Bukti", "receipt " + SiskeudesCodes.shorten(x.number()) + " is dated after its SPJ (" + SiskeudesCodes.date(on) + ")");
          }
          byDay.computeIfAbsent(x.on(), d -> new ArrayList<>()).add(x);
        }
        OperationId finalId = id("spj:", spj, k, rinciRows.size());
        int stage = 0;
        if (!byDay.containsKey(on)) {
          byDay.put(on, List.of());
        }
        for (Map.Entry<LocalDate, List<SpjReceipt>> d : byDay.entrySet()) {
          boolean last = d.getKey().equals(on);
          OperationId id = last ? finalId : OperationId.of(finalId.value() + "/" + (++stage));
          Map<String, id.smartkampung.core.tax.Payee> payees = new LinkedHashMap<>();
          ImmutableList.Builder<Operation.AccountPanjar.Receipt> rs = ImmutableList.builder();
          for (SpjReceipt x : d.getValue()) {
            id.smartkampung.core.tax.Payee given = x.note().payee();
            String key = given.name() + "|" + cell("Ta_SPJBukti", x.row(), "Keterangan").strip();
            id.smartkampung.core.tax.Payee payee = payees.computeIfAbsent(key, q -> SiskeudesCodes.receiptNote(cell("Ta_SPJBukti", x.row(), "Keterangan"), "p" + (payees.size() + 1),
                given.name()).payee());
            rs.add(new Operation.AccountPanjar.Receipt(payee.id(), x.note().purchase(), x.amount(), x.number()));
          }
          ImmutableList<id.smartkampung.core.tax.Payee> ps = ImmutableList.copyOf(payees.values());
          ImmutableList<Operation.AccountPanjar.Receipt> built = rs.build();
          Operation.AccountPanjar.Stage st = last ? Operation.AccountPanjar.Stage.FINAL : Operation.AccountPanjar.Stage.PARTIAL;
          Place place = d.getValue().isEmpty() ? new Place("Ta_SPJRinci", r) : new Place("Ta_SPJBukti", d.getValue().get(0).row());
          events.add(new Event(d.getKey(), SETTLE, order(), place, at -> new Operation.AccountPanjar(id, p.pka(), at, p.id(), st, ps, built, keterangan)));
          if (last) {
            break;
          }
        }
      }
      for (Map.Entry<BudgetItemKey, List<SpjReceipt>> e : receipts.entrySet()) {
        if (!rinciItems.contains(e.getKey())) {
          for (SpjReceipt x : e.getValue()) {
            problem(Rule.UNKNOWN_REFERENCE, "Ta_SPJBukti", x.row(), "Kd_Rincian", "SPJ " + SiskeudesCodes.shorten(spj) + " accounts for no item " + e.getKey() + " in Ta_SPJRinci");
          }
        }
      }
    }

    // ------------------------------------------------------------------------------ taxes

    private void deposits(Map<String, Piece> byBukti) {
      Map<String, Integer> ssp = unique("Ta_Pajak", "No_SSP");
      Map<String, List<Integer>> rinci = group("Ta_PajakRinci", "No_SSP");
      for (Map.Entry<String, List<Integer>> e : rinci.entrySet()) {
        Integer head = ssp.get(e.getKey());
        if (head == null) {
          for (int r : e.getValue()) {
            problem(Rule.UNKNOWN_REFERENCE, "Ta_PajakRinci", r, "No_SSP", "no deposit " + SiskeudesCodes.shorten(e.getKey()) + " in Ta_Pajak");
          }
          continue;
        }
        Optional<LocalDate> on = date("Ta_Pajak", head, "Tgl_SSP");
        Optional<AccountCode> headAccount = parse("Ta_Pajak", head, "Kd_Rincian", SiskeudesCodes::account);
        Optional<Money> jumlah = amount("Ta_Pajak", head, "Jumlah");
        String kdBayar = cell("Ta_Pajak", head, "KdBayar");
        String ntpn = kdBayar.isBlank() ? e.getKey() : kdBayar;
        Money sum = Idr.ZERO;
        int k = 0;
        for (int r : e.getValue()) {
          k++;
          String t = "Ta_PajakRinci";
          int before = problems.size();
          String accountText = cell(t, r, "Kd_Rincian");
          Optional<AccountCode> account = accountText.isEmpty() ? headAccount : parse(t, r, "Kd_Rincian", SiskeudesCodes::account);
          Optional<Money> nilai = positive(t, r, "Nilai");
          if (problems.size() > before || account.isEmpty() || on.isEmpty()) {
            continue;
          }
          sum = sum.add(nilai.get());
          Optional<TaxType> tax = SiskeudesCodes.tax(account.get());
          if (tax.isEmpty()) {
            problem(Rule.CODE_UNKNOWN, t, r, "Kd_Rincian", "account " + account.get() + " is not a potongan pajak the ledger withholds (7.1.1.01 PPh 21 … 7.1.1.04 PPN)");
            continue;
          }
          Piece p = byBukti.get(cell(t, r, "No_Bukti"));
          if (p == null) {
            problem(Rule.UNKNOWN_REFERENCE, t, r, "No_Bukti", "no receipt " + SiskeudesCodes.shorten(cell(t, r, "No_Bukti")) + " of an LS SPP in Ta_SPPBukti");
            continue;
          }
          OperationId id = id("ssp:", e.getKey(), k, e.getValue().size());
          TaxType tt = tax.get();
          Money m = nilai.get();
          events.add(new Event(on.get(), DEPOSIT, order(), new Place(t, r), at -> new DepositTax(id, kaur, at, p.id(), tt, m, ntpn)));
        }
        if (jumlah.isPresent() && !jumlah.get().isEqualTo(sum) && problems.isEmpty()) {
          problem(Rule.BOOKS_UNRECONCILED, "Ta_Pajak", head, "Jumlah", "Jumlah " + SiskeudesCodes.amount(jumlah.get()) + " is not the sum of its Ta_PajakRinci rows, " + SiskeudesCodes.amount(sum));
        }
      }
    }
  }
}
