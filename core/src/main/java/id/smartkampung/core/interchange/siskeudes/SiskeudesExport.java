package id.smartkampung.core.interchange.siskeudes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.ApbdesLifecycle.Stage;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Quantity;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.MoveCash;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.RecordBankFee;
import id.smartkampung.core.ledger.Operation.RecordBankInterest;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitBltSpp;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.OfficialRegistration;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppStatus;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.javamoney.moneta.Money;

/**
 * Writes a village's year as a Siskeudes export — <i>ekspor data Siskeudes</i> — that OpenSID's
 * <i>Impor Data Keuangan</i> reads for its transparency widgets and that {@link SiskeudesImport}
 * reads back: {@code Ref_Version}, {@code Ta_Pemda}, {@code Ref_Kecamatan}, {@code Ref_Desa},
 * {@code Ta_Desa}, {@code Ta_Bidang}, {@code Ta_Kegiatan}, {@code Ta_RAB}, {@code Ta_RABRinci}
 * (the budget with its RAB detail, before and after the revision), and the realisation: {@code
 * Ta_TBP}/{@code Ta_TBPRinci} (receipts), {@code Ta_SPP}/{@code Ta_SPPRinci}/{@code
 * Ta_SPPBukti}/{@code Ta_SPPPot} (approved SPPs, their lines and the taxes withheld), {@code
 * Ta_Pencairan} (payments), {@code Ta_SPJ}/{@code Ta_SPJRinci} (panjar accounted for), {@code
 * Ta_Pajak}/{@code Ta_PajakRinci} (tax deposits), {@code Ta_STS}/{@code Ta_STSRinci} and {@code
 * Ta_Mutasi} (movements between bank and cash box: one an import read from an STS is written back
 * to its STS, any other as a Mutasi row; and, as Mutasi rows with an account, bank interest with
 * the tax the bank withheld and bank charges).
 *
 * <p>What is written: the budget of the book's lifecycle (the original as enacted; the revision
 * when enacted); receipts not reversed; SPPs approved, paid or settled (not rejected, cancelled or
 * reversed), each as its own {@code No_SPP}; their payments, SPJ and tax deposits. What the export
 * cannot say, and a round trip therefore loses: times of day (dates only), the verification and
 * approval dates of an SPP (the submission's), the officials' ids and keys, focus tags, outputs
 * that differ between lines of one kegiatan (joined with {@code "; "}), a panjar's payee (the
 * PKA), SPPs still only submitted or verified, deposits per tax period and the year-end close,
 * the opening of the year (SiLPA per fund source, DPAL, tax owed from the previous year: see the
 * package documentation on {@code Ta_SaldoAwal}), a panjar whose stages end in no final SPJ by the
 * year's end, the receipts of one whose payees or taxes the receipt note cannot say,
 * and, when the book paid from the cash box or kept a receipt in cash that no STS deposits
 * (neither can be said in these tables), its movements between bank and cash box: such a year is
 * written as kept wholly in the bank (the same totals and BKU balance, no cash box).
 * A lined SPP is written as an LS SPP with one {@code Ta_SPPBukti} row per line and its taxes on
 * the first; read back, the ledger withholds them again at the year's rates on that line.
 * Identifiers are written without the prefix an import gives them ({@code spp:}, {@code tbp:},
 * {@code spj:}, {@code ssp:}, {@code sts:}, {@code mutasi:}), so that a year read and written again keeps its numbers.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesExport {
  private SiskeudesExport() {}

  /**
   * Writes the year of a ledger to a zip (atomically).
   *
   * @throws IllegalArgumentException if the ledger has no enacted budget
   * @throws IOException if the file cannot be written
   */
  public static void write(Ledger ledger, Path zip) throws IOException {
    SiskeudesArchive.write(zip, tables(ledger));
  }

  /**
   * The tables of the year of a ledger.
   *
   * @throws IllegalArgumentException if the ledger has no enacted budget
   */
  public static ImmutableList<SiskeudesTable> tables(Ledger ledger) {
    return new Writer(requireNonNull(ledger, "ledger")).tables();
  }

  /** An identifier as written: without an import's prefix. */
  static String number(OperationId id) {
    String v = id.value();
    for (String p : List.of("spp:", "tbp:", "spj:", "ssp:", "sts:", "mutasi:")) {
      if (v.startsWith(p)) {
        return v.substring(p.length());
      }
    }
    return v;
  }

  private static final class Writer {
    private final Ledger ledger;
    private final Village village;
    private final String tahun;
    private final ReferenceData reference = ReferenceData.standard();
    private final Map<String, List<List<String>>> rows = new LinkedHashMap<>();

    Writer(Ledger ledger) {
      this.ledger = ledger;
      this.village = ledger.village();
      this.tahun = Integer.toString(ledger.fiscalYear());
      for (String t : SiskeudesSchema.COLUMNS.keySet()) {
        rows.put(t, new ArrayList<>());
      }
    }

    private void row(String table, Map<String, String> cells) {
      List<String> r = new ArrayList<>();
      for (String c : SiskeudesSchema.COLUMNS.get(table)) {
        r.add(cells.getOrDefault(c, ""));
      }
      rows.get(table).add(r);
    }

    private static Map<String, String> cells(String... kv) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) {
        m.put(kv[i], kv[i + 1]);
      }
      return m;
    }

    private Map<String, String> base(String... kv) {
      Map<String, String> m = cells(kv);
      m.put("Tahun", tahun);
      m.put("Kd_Desa", SiskeudesCodes.kdDesa(village));
      return m;
    }

    ImmutableList<SiskeudesTable> tables() {
      ApbdesLifecycle life = ledger.lifecycle().orElseThrow(() -> new IllegalArgumentException("the book has no budget: nothing to export"));
      ApbdesLifecycle.Step enacted = life.original().step(Stage.ENACTED)
          .orElseThrow(() -> new IllegalArgumentException("the book's budget is not enacted: a Siskeudes export carries an enacted APBDes"));
      Optional<ApbdesLifecycle.Version> revision = life.revision().filter(v -> v.step(Stage.ENACTED).isPresent());
      Apbdes original = life.original().budget();
      Optional<Apbdes> revised = revision.map(ApbdesLifecycle.Version::budget);

      row("Ref_Version", cells("Versi", SiskeudesSchema.WRITTEN_VERSION));
      row("Ta_Pemda", cells("Tahun", tahun, "Kd_Prov", SiskeudesCodes.kdProv(village), "Kd_Kab", SiskeudesCodes.kdKab(village), "Nama_Pemda", village.kabupaten(),
          "Nama_Provinsi", village.province().name(), "Nm_Bupati", name(Role.EVALUATOR_KABUPATEN)));
      row("Ref_Kecamatan", cells("Kd_Kec", SiskeudesCodes.kdKec(village), "Nama_Kecamatan", village.kecamatan()));
      row("Ref_Desa", cells("Kd_Kec", SiskeudesCodes.kdKec(village), "Kd_Desa", SiskeudesCodes.kdDesa(village), "Nama_Desa", village.name()));
      Map<String, String> desa = base("Nm_Kades", name(Role.KEPALA_DESA), "Jbt_Kades", "Kepala Desa", "Nm_Sekdes", name(Role.SEKRETARIS_DESA),
          "Jbt_Sekdes", "Sekretaris Desa", "Nm_Kaur_Keu", name(Role.KAUR_KEUANGAN), "Jbt_Kaur_Keu", "Kaur Keuangan",
          "No_Perdes", enacted.reference(), "Tgl_Perdes", SiskeudesCodes.date(enacted.date()));
      revision.flatMap(v -> v.step(Stage.ENACTED)).ifPresent(s -> {
        desa.put("No_Perdes_PB", s.reference().isBlank() ? "Perdes Perubahan APBDes " + tahun : s.reference());
        desa.put("Tgl_Perdes_PB", SiskeudesCodes.date(s.date()));
      });
      row("Ta_Desa", desa);
      budget(original, revised);
      treasury();
      ImmutableList.Builder<SiskeudesTable> out = ImmutableList.builder();
      for (Map.Entry<String, List<List<String>>> e : rows.entrySet()) {
        if (e.getValue().isEmpty() && SiskeudesSchema.WRITTEN_WHEN_USED.contains(e.getKey())) {
          continue;
        }
        out.add(SiskeudesTable.of(e.getKey(), SiskeudesSchema.COLUMNS.get(e.getKey()), e.getValue()));
      }
      return out.build();
    }

    private String name(Role role) {
      for (OfficialRegistration r : ledger.officials().values()) {
        if (r.official().role() == role) {
          return r.official().name();
        }
      }
      if (role == Role.EVALUATOR_KABUPATEN) {
        for (Operation op : ledger.history()) {
          if (op.actor().role() == role) {
            return op.actor().name();
          }
        }
      }
      return "";
    }

    // ------------------------------------------------------------------------------- budget

    private record Key(Section section, Optional<KegiatanCode> kegiatan, AccountCode account, Optional<FundSource> source, String description,
        Optional<String> unit) {
      static Key of(BudgetLine l) {
        return new Key(l.section(), Optional.ofNullable(l.kegiatan()), l.account(), Optional.ofNullable(l.fundSource()), l.description(), Optional.ofNullable(l.quantity()).map(Quantity::unit));
      }
    }

    private void budget(Apbdes original, Optional<Apbdes> revised) {
      List<BudgetLine[]> pairs = new ArrayList<>();
      if (revised.isEmpty()) {
        for (BudgetLine l : original.lines()) {
          pairs.add(new BudgetLine[] {l, l});
        }
      } else {
        List<BudgetLine> after = new ArrayList<>(revised.get().lines());
        for (BudgetLine l : original.lines()) {
          BudgetLine match = null;
          for (BudgetLine a : after) {
            if (Key.of(a).equals(Key.of(l))) {
              match = a;
              break;
            }
          }
          if (match != null) {
            after.remove(match);
          }
          pairs.add(new BudgetLine[] {l, match});
        }
        for (BudgetLine a : after) {
          pairs.add(new BudgetLine[] {null, a});
        }
      }
      Map<String, Integer> urut = new HashMap<>();
      Map<String, Money[]> rab = new TreeMap<>();
      Map<KegiatanCode, Money[]> pagu = new TreeMap<>();
      Map<KegiatanCode, Set<String>> outputs = new TreeMap<>();
      Map<KegiatanCode, Set<String>> sources = new TreeMap<>();
      for (BudgetLine[] p : pairs) {
        BudgetLine any = p[0] != null ? p[0] : p[1];
        Money before = p[0] == null ? Idr.ZERO : p[0].amount();
        Money after = p[1] == null ? Idr.ZERO : p[1].amount();
        String kdKeg = Optional.ofNullable(any.kegiatan()).map(k -> SiskeudesCodes.kdKeg(village, k)).orElse(SiskeudesCodes.kdKegNone(village));
        String kdRincian = SiskeudesCodes.kdRincian(any.account());
        int no = urut.merge(kdKeg + kdRincian, 1, Integer::sum);
        Map<String, String> c = base("Kd_Keg", kdKeg, "Kd_Rincian", kdRincian, "Kd_SubRinci", "01", "No_Urut", Integer.toString(no),
            "SumberDana", Optional.ofNullable(any.fundSource()).map(FundSource::code).orElse(""), "Uraian", any.description(),
            "Anggaran", SiskeudesCodes.amount(before), "AnggaranStlhPAK", SiskeudesCodes.amount(after), "AnggaranPAK", SiskeudesCodes.amount(after.subtract(before)));
        Optional.ofNullable(any.quantity()).ifPresent(q -> c.put("Satuan", q.unit()));
        if (p[0] != null && p[0].quantity() != null) {
          c.put("JmlSatuan", SiskeudesCodes.number(p[0].quantity().volume()));
          c.put("HrgSatuan", price(p[0]));
        }
        if (p[1] != null && p[1].quantity() != null) {
          c.put("JmlSatuanPAK", SiskeudesCodes.number(p[1].quantity().volume()));
          c.put("HrgSatuanPAK", price(p[1]));
        }
        row("Ta_RABRinci", c);
        rab.computeIfAbsent(kdKeg + "|" + kdRincian, k -> new Money[] {Idr.ZERO, Idr.ZERO});
        rab.get(kdKeg + "|" + kdRincian)[0] = rab.get(kdKeg + "|" + kdRincian)[0].add(before);
        rab.get(kdKeg + "|" + kdRincian)[1] = rab.get(kdKeg + "|" + kdRincian)[1].add(after);
        Optional.ofNullable(any.kegiatan()).ifPresent(k -> {
          Money[] m = pagu.computeIfAbsent(k, x -> new Money[] {Idr.ZERO, Idr.ZERO});
          m[0] = m[0].add(before);
          m[1] = m[1].add(after);
          Optional.ofNullable(any.output()).ifPresent(o -> outputs.computeIfAbsent(k, x -> new TreeSet<>()).add(o));
          Optional.ofNullable(any.fundSource()).ifPresent(s -> sources.computeIfAbsent(k, x -> new TreeSet<>()).add(s.code()));
        });
      }
      for (Map.Entry<String, Money[]> e : rab.entrySet()) {
        String[] k = e.getKey().split("\\|");
        row("Ta_RAB", base("Kd_Keg", k[0], "Kd_Rincian", k[1], "Anggaran", SiskeudesCodes.amount(e.getValue()[0]),
            "AnggaranPAK", SiskeudesCodes.amount(e.getValue()[1].subtract(e.getValue()[0])), "AnggaranStlhPAK", SiskeudesCodes.amount(e.getValue()[1])));
      }
      Set<String> bidang = new TreeSet<>();
      for (Map.Entry<KegiatanCode, Money[]> e : pagu.entrySet()) {
        KegiatanCode k = e.getKey();
        String kdBid = SiskeudesCodes.kdDesa(village) + k.bidangCode() + ".";
        bidang.add(k.bidangCode());
        row("Ta_Kegiatan", base("Kd_Bid", kdBid, "Kd_Keg", SiskeudesCodes.kdKeg(village, k), "ID_Keg", k + ".",
            "Nama_Kegiatan", reference.name(k).orElse(""), "Pagu", SiskeudesCodes.amount(e.getValue()[0]), "Pagu_PAK", SiskeudesCodes.amount(e.getValue()[1]),
            "Nm_PPTKD", pka(k), "Keluaran", String.join("; ", outputs.getOrDefault(k, Set.of())), "Sumberdana", String.join(",", sources.getOrDefault(k, Set.of()))));
      }
      for (String b : bidang) {
        row("Ta_Bidang", base("Kd_Bid", SiskeudesCodes.kdDesa(village) + b + ".", "Nama_Bidang", reference.kegiatanName(b).orElse("")));
      }
    }

    private static String price(BudgetLine l) {
      BigDecimal volume = l.quantity().volume();
      BigDecimal amount = l.amount().getNumber().numberValue(BigDecimal.class);
      return SiskeudesCodes.number(amount.divide(volume, 2, RoundingMode.HALF_UP));
    }

    private String pka(KegiatanCode k) {
      for (OfficialRegistration r : ledger.officials().values()) {
        if (r.official().role() == Role.PELAKSANA_KEGIATAN && r.kegiatan().contains(k)) {
          return r.official().name();
        }
      }
      return "";
    }

    // ----------------------------------------------------------------------------- treasury

    private String date(Operation op) {
      return SiskeudesCodes.date(op.businessDate(ledger.zone()));
    }

    private final Map<String, Integer> stsRows = new HashMap<>();

    /**
     * A movement between bank and cash box: one an import read from an STS ({@code sts:NO},
     * reference = the TBP deposited) is written back as its {@code Ta_STS} / {@code Ta_STSRinci}
     * rows; any other as a {@code Ta_Mutasi} row.
     */
    private void move(MoveCash m) {
      String no = number(m.id());
      String amount = SiskeudesCodes.amount(m.amount());
      if (m.id().value().startsWith("sts:") && m.to() == CashPlace.BANK) {
        String sts = no.replaceFirst("#[0-9]+$", "");
        Integer head = stsRows.get(sts);
        if (head == null) {
          stsRows.put(sts, rows.get("Ta_STS").size());
          row("Ta_STS", base("No_Bukti", sts, "Tgl_Bukti", date(m), "Uraian", "Setoran " + m.reference(), "Jumlah", amount, "Nm_Bendahara", m.actor().name(),
              "Jbt_Bendahara", "Kaur Keuangan"));
        } else {
          List<String> r = rows.get("Ta_STS").get(head);
          int c = SiskeudesSchema.COLUMNS.get("Ta_STS").indexOf("Jumlah");
          r.set(c, SiskeudesCodes.amount(SiskeudesCodes.amount(r.get(c)).add(m.amount())));
        }
        row("Ta_STSRinci", base("No_Bukti", sts, "No_TBP", m.reference(), "Uraian", m.reference(), "Nilai", amount));
        return;
      }
      row("Ta_Mutasi", base("No_Bukti", no.replaceFirst("#[0-9]+$", ""), "Tgl_Bukti", date(m), "Keterangan", m.reference(), "Kd_Keg", "",
          "Sumberdana", m.fundSource().code(), "Kd_Mutasi", SiskeudesCodes.kdMutasi(m.to()), "Nilai", amount));
    }

    /**
     * Bank interest ({@code record-bank-interest}) as {@code Ta_Mutasi} rows with an account, as
     * Siskeudes records interest and charges the bank books on the RKD (its {@code Ref_Bunga} names
     * the accounts, {@code Kd_Bunga} and {@code Kd_Admin}; OpenSID's {@code Keuangan_grafik_model}
     * sums {@code keuangan_ta_mutasi.Nilai} by {@code Kd_Rincian} as realisation, 4.x with
     * pendapatan and 5.x with belanja): one row of the gross on the interest account (4.3.x, {@code
     * Kd_Keg} outside belanja), and, when the bank withheld tax, a second row of the same {@code
     * No_Bukti} of the tax on its belanja item ({@code Kd_Keg}, {@code Kd_Rincian}, {@code
     * Sumberdana}). {@code Kd_Mutasi} is left empty: its value for interest is not confirmed.
     */
    private void interest(RecordBankInterest b) {
      String no = number(b.id());
      row("Ta_Mutasi", base("No_Bukti", no, "Tgl_Bukti", date(b), "Keterangan", b.reference(), "Kd_Rincian", SiskeudesCodes.kdRincian(b.account()),
          "Kd_Keg", SiskeudesCodes.kdKegNone(village), "Sumberdana", b.fundSource().code(), "Nilai", SiskeudesCodes.amount(b.gross())));
      if (b.taxItem() != null && b.tax().isPositive()) {
        charge(no, b, b.taxItem(), b.tax(), b.reference());
      }
    }

    /** A bank charge ({@code record-bank-fee}): one {@code Ta_Mutasi} row on its belanja item (see {@link #interest}). */
    private void charge(String no, Operation op, BudgetItemKey item, Money amount, String reference) {
      row("Ta_Mutasi", base("No_Bukti", no, "Tgl_Bukti", date(op), "Keterangan", reference, "Kd_Rincian", SiskeudesCodes.kdRincian(item.account()),
          "Kd_Keg", SiskeudesCodes.kdKeg(village, item.kegiatan()), "Sumberdana", item.fundSource().code(), "Nilai", SiskeudesCodes.amount(amount)));
    }

    private boolean cashExpressible;

    /**
     * Whether the tables can say where the book's money was: no payment from the cash box ({@code
     * Ta_Pencairan} has no column for it) and every receipt in cash deposited by an STS (the import
     * reads a TBP as cash only when an STS deposits it). Otherwise no movement is written and the
     * year reads back as kept wholly in the bank: the same totals, no cash box.
     */
    private boolean cashExpressible() {
      Set<String> deposited = new HashSet<>();
      for (Operation op : ledger.history()) {
        if (op instanceof MoveCash m && m.id().value().startsWith("sts:") && m.to() == CashPlace.BANK) {
          deposited.add(m.reference());
        }
      }
      for (Operation op : ledger.history()) {
        if (op instanceof PaySpp p && p.place() == CashPlace.CASH) {
          return false;
        }
        if (op instanceof ReceiveRevenue r && r.place() == CashPlace.CASH && !deposited.contains(number(r.id()))) {
          return false;
        }
      }
      return true;
    }

    private void treasury() {
      cashExpressible = cashExpressible();
      Set<OperationId> reversedReceipts = new HashSet<>();
      for (Operation op : ledger.history()) {
        if (op instanceof ReverseReceipt r) {
          reversedReceipts.add(r.receipt());
        }
      }
      LocalDate end = LocalDate.of(ledger.fiscalYear(), 12, 31);
      TaxBook taxes = ledger.taxBook(end);
      Map<OperationId, Map<TaxType, Money>> withheld = new HashMap<>();
      for (TaxBook.Line l : taxes.lines()) {
        if (l.withheld().isPositive()) {
          withheld.computeIfAbsent(l.spp(), k -> new TreeMap<>()).merge(l.tax(), l.withheld(), Money::add);
        }
      }
      Map<OperationId, String> bukti = new HashMap<>();
      Map<OperationId, Operation> spps = new HashMap<>();
      Map<OperationId, Money> staged = new HashMap<>();
      Map<OperationId, List<String>> stages = new HashMap<>();
      for (Operation op : ledger.history()) {
        if (op instanceof MoveCash m) {
          if (cashExpressible) {
            move(m);
          }
        } else if (op instanceof RecordBankInterest b) {
          interest(b);
        } else if (op instanceof RecordBankFee f) {
          charge(number(f.id()), f, f.item(), f.amount(), f.reference());
        } else if (op instanceof ReceiveRevenue r && !reversedReceipts.contains(r.id())) {
          String no = number(r.id());
          row("Ta_TBP", base("No_Bukti", no, "Tgl_Bukti", date(r), "Uraian", SiskeudesCodes.withTranche(r.reference(), r.tranche()),
              "Jumlah", SiskeudesCodes.amount(r.amount()), "Nm_Bendahara", r.actor().name(), "Jbt_Bendahara", "Kaur Keuangan"));
          row("Ta_TBPRinci", base("No_Bukti", no, "Kd_Keg", SiskeudesCodes.kdKegNone(village), "Kd_Rincian", SiskeudesCodes.kdRincian(r.account()),
              "RincianSD", SiskeudesCodes.kdRincian(r.account()) + r.fundSource().code(), "SumberDana", r.fundSource().code(), "Nilai", SiskeudesCodes.amount(r.amount())));
        } else if (op instanceof SubmitSpp s && exported(s.id())) {
          spps.put(s.id(), s);
          String no = number(s.id());
          String kdKeg = SiskeudesCodes.kdKeg(village, s.item().kegiatan());
          Map<TaxType, Money> pot = s.type() == SppType.LS ? withheld.getOrDefault(s.id(), Map.of()) : Map.of();
          spp(no, date(s), s.type() == SppType.LS ? "LS" : "UM", s.description(), s.amount(), pot);
          rinci(no, kdKeg, s.item().account(), s.item().fundSource(), s.amount());
          if (s.type() == SppType.LS) {
            bukti.put(s.id(), no);
            bukti(no, no, date(s), kdKeg, s.item().account(), s.item().fundSource(), s.payee(), s.description(), s.amount(), pot);
          }
        } else if (op instanceof SubmitFinancingSpp s && exported(s.id())) {
          spps.put(s.id(), s);
          String no = number(s.id());
          String kdKeg = SiskeudesCodes.kdKegNone(village);
          spp(no, date(s), "LS", s.description(), s.amount(), Map.of());
          rinci(no, kdKeg, s.item().account(), s.item().fundSource(), s.amount());
          bukti.put(s.id(), no);
          bukti(no, no, date(s), kdKeg, s.item().account(), s.item().fundSource(), s.payee(), s.description(), s.amount(), Map.of());
        } else if (op instanceof SubmitLinedSpp s && exported(s.id())) {
          spps.put(s.id(), s);
          String no = number(s.id());
          Map<TaxType, Money> pot = withheld.getOrDefault(s.id(), Map.of());
          spp(no, date(s), "LS", s.description(), s.amount(), pot);
          Map<BudgetItemKey, Money> byItem = new TreeMap<>();
          for (SubmitLinedSpp.Line l : s.lines()) {
            byItem.merge(l.item(), l.amount(), Money::add);
          }
          byItem.forEach((item, m) -> rinci(no, SiskeudesCodes.kdKeg(village, item.kegiatan()), item.account(), item.fundSource(), m));
          int i = 0;
          for (SubmitLinedSpp.Line l : s.lines()) {
            i++;
            String b = s.lines().size() == 1 ? no : no + "#" + i;
            if (i == 1) {
              bukti.put(s.id(), b);
            }
            Optional<String> payee = Optional.ofNullable(s.payee(l.payee())).map(p -> p.name());
            bukti(no, b, date(s), SiskeudesCodes.kdKeg(village, l.item().kegiatan()), l.item().account(), l.item().fundSource(), payee.orElse(l.payee()),
                s.description(), l.amount(), i == 1 ? pot : Map.of());
          }
        } else if (op instanceof SubmitBltSpp s && exported(s.id())) {
          // BLT Desa: an LS SPP to the KPM of the item's gross (the KPM-months are not columns of the tables)
          spps.put(s.id(), s);
          String no = number(s.id());
          String kdKeg = SiskeudesCodes.kdKeg(village, s.item().kegiatan());
          spp(no, date(s), "LS", s.description(), s.amount(), Map.of());
          rinci(no, kdKeg, s.item().account(), s.item().fundSource(), s.amount());
          bukti.put(s.id(), no);
          bukti(no, no, date(s), kdKeg, s.item().account(), s.item().fundSource(), "KPM BLT Desa (" + s.payments().size() + " KPM-bulan)", s.description(),
              s.amount(), Map.of());
        } else if (op instanceof PaySpp p && spps.containsKey(p.spp())) {
          Operation s = spps.get(p.spp());
          Money gross = s instanceof SubmitSpp x ? x.amount() : s instanceof SubmitFinancingSpp f ? f.amount() : s instanceof SubmitBltSpp b ? b.amount()
              : ((SubmitLinedSpp) s).amount();
          Money pot = withheld.getOrDefault(p.spp(), Map.of()).values().stream().reduce(Idr.ZERO, Money::add);
          row("Ta_Pencairan", base("No_Cek", p.reference(), "No_SPP", number(p.spp()), "Tgl_Cek", date(p), "Keterangan", "Pencairan SPP " + number(p.spp()),
              "Jumlah", SiskeudesCodes.amount(gross), "Potongan", SiskeudesCodes.amount(pot)));
        } else if (op instanceof SettlePanjar s && spps.get(s.spp()) instanceof SubmitSpp x) {
          String no = number(s.id());
          row("Ta_SPJ", base("No_SPJ", no, "Tgl_SPJ", date(s), "No_SPP", number(s.spp()), "Keterangan", s.receipts(), "Jumlah", SiskeudesCodes.amount(s.spent()),
              "Potongan", "0", "Status", "1"));
          row("Ta_SPJRinci", base("No_SPJ", no, "Kd_Keg", SiskeudesCodes.kdKeg(village, x.item().kegiatan()), "Kd_Rincian", SiskeudesCodes.kdRincian(x.item().account()),
              "Sumberdana", x.item().fundSource().code(), "No_SPP", number(s.spp()), "JmlCair", SiskeudesCodes.amount(x.amount()), "Nilai", SiskeudesCodes.amount(s.spent()),
              "Sisa", SiskeudesCodes.amount(x.amount().subtract(s.spent()))));
        } else if (op instanceof Operation.AccountPanjar a && spps.get(a.spp()) instanceof SubmitSpp x) {
          // an SPJ in stages (account-panjar): Siskeudes's import here reads one SPJ per panjar, so the stages are written as one
          // SPJ of everything they accounted for, dated at the final stage; its receipts, each dated at its stage, with the taxes
          // collected on them in Ta_SPJBukti / Ta_SPJPot (see spjReceipts)
          Money spent = staged.getOrDefault(a.spp(), Idr.ZERO);
          for (Operation.AccountPanjar.Receipt r : a.receipts()) {
            spent = spent.add(r.amount());
          }
          staged.put(a.spp(), spent);
          stages.computeIfAbsent(a.spp(), k -> new ArrayList<>()).add(number(a.id()));
          stageOps.computeIfAbsent(a.spp(), k -> new ArrayList<>()).add(a);
          if (a.stage() == Operation.AccountPanjar.Stage.FINAL) {
            String no = number(a.id());
            Money potongan = spjReceipts(no, x, stageOps.get(a.spp()));
            row("Ta_SPJ", base("No_SPJ", no, "Tgl_SPJ", date(a), "No_SPP", number(a.spp()), "Keterangan", "SPJ bertahap " + String.join(", ", stages.get(a.spp())),
                "Jumlah", SiskeudesCodes.amount(spent), "Potongan", SiskeudesCodes.amount(potongan), "Status", "1"));
            row("Ta_SPJRinci", base("No_SPJ", no, "Kd_Keg", SiskeudesCodes.kdKeg(village, x.item().kegiatan()), "Kd_Rincian", SiskeudesCodes.kdRincian(x.item().account()),
                "Sumberdana", x.item().fundSource().code(), "No_SPP", number(a.spp()), "JmlCair", SiskeudesCodes.amount(x.amount()), "Nilai", SiskeudesCodes.amount(spent),
                "Sisa", SiskeudesCodes.amount(x.amount().subtract(spent))));
          }
        } else if (op instanceof DepositTax d && bukti.containsKey(d.spp())) {
          String no = number(d.id());
          row("Ta_Pajak", base("No_SSP", no, "Tgl_SSP", date(d), "Keterangan", "Setoran " + d.tax(), "Nm_Penyetor", d.actor().name(),
              "Kd_Rincian", SiskeudesCodes.kdRincian(SiskeudesCodes.taxAccount(d.tax())), "Jumlah", SiskeudesCodes.amount(d.amount()), "KdBayar", d.ntpn()));
          row("Ta_PajakRinci", base("No_SSP", no, "No_Bukti", bukti.get(d.spp()), "Kd_Rincian", SiskeudesCodes.kdRincian(SiskeudesCodes.taxAccount(d.tax())),
              "Nilai", SiskeudesCodes.amount(d.amount())));
        }
      }
    }

    private final Map<OperationId, List<Operation.AccountPanjar>> stageOps = new HashMap<>();

    /**
     * The receipts of a panjar's SPJ stages as {@code Ta_SPJBukti} rows (No_Bukti the receipt's
     * number, Tgl_Bukti its stage's date, Nm_Penerima the payee, Keterangan the {@linkplain
     * SiskeudesCodes#receiptNote receipt note}, Nilai the amount) and the taxes collected on each
     * as {@code Ta_SPJPot} rows (the potongan account, the amount): determined by the year's tax
     * rules on the stage's date, as the ledger determined them ({@link
     * id.smartkampung.core.tax.TaxPolicy#determine}). Written only when every receipt can be said
     * so — its payee a supplier, landlord, contractor or non-employee, its number unique in the
     * panjar, every tax on it one of the four potongan accounts of {@link SiskeudesCodes#TAX_ACCOUNTS}
     * (the objek of PPh 4(2) in Siskeudes is not confirmed) —; otherwise none (the SPJ is then read
     * back without its receipts, its taxes lost). Returns the taxes written.
     */
    private Money spjReceipts(String no, SubmitSpp panjar, List<Operation.AccountPanjar> stages) {
      Optional<id.smartkampung.core.tax.TaxPolicy> rules = ledger.policy().taxPolicy();
      List<Map<String, String>> bukti = new ArrayList<>();
      List<Map<String, String>> pot = new ArrayList<>();
      Set<String> numbers = new HashSet<>();
      Money total = Idr.ZERO;
      String kdKeg = SiskeudesCodes.kdKeg(village, panjar.item().kegiatan());
      for (Operation.AccountPanjar a : stages) {
        LocalDate on = a.businessDate(ledger.zone());
        for (Operation.AccountPanjar.Receipt r : a.receipts()) {
          id.smartkampung.core.tax.Payee payee = a.payee(r.payee());
          Optional<String> note = payee == null ? Optional.empty() : SiskeudesCodes.receiptNote(r.purchase(), payee);
          if (note.isEmpty() || rules.isEmpty() || !numbers.add(r.number())) {
            return Idr.ZERO;
          }
          bukti.add(base("No_SPJ", no, "Kd_Keg", kdKeg, "Kd_Rincian", SiskeudesCodes.kdRincian(panjar.item().account()), "No_Bukti", r.number(),
              "Tgl_Bukti", SiskeudesCodes.date(on), "Sumberdana", panjar.item().fundSource().code(), "Nm_Penerima", payee.name(), "Keterangan", note.get(),
              "Nilai", SiskeudesCodes.amount(r.amount())));
          for (id.smartkampung.core.tax.TaxLine t : rules.get().determine(payee, id.smartkampung.core.tax.Purchase.of(r.purchase(), r.amount(), on)).lines()) {
            if (!t.amount().isPositive()) {
              continue;
            }
            Optional<AccountCode> account = SiskeudesCodes.levyAccount(t.levy());
            if (account.isEmpty()) {
              return Idr.ZERO;
            }
            Money m = t.amount();
            total = total.add(m);
            pot.add(base("No_SPJ", no, "Kd_Keg", kdKeg, "No_Bukti", r.number(), "Kd_Rincian", SiskeudesCodes.kdRincian(account.get()), "Nilai", SiskeudesCodes.amount(m)));
          }
        }
      }
      bukti.forEach(b -> row("Ta_SPJBukti", b));
      pot.forEach(p -> row("Ta_SPJPot", p));
      return total;
    }

    private boolean exported(OperationId spp) {
      SppStatus s = ledger.sppStatus(spp).orElse(null);
      return s == SppStatus.APPROVED || s == SppStatus.PAID || s == SppStatus.SETTLED;
    }

    private void spp(String no, String date, String jenis, String keterangan, Money jumlah, Map<TaxType, Money> pot) {
      Money potongan = pot.values().stream().reduce(Idr.ZERO, Money::add);
      row("Ta_SPP", base("No_SPP", no, "Tgl_SPP", date, "Jn_SPP", jenis, "Keterangan", keterangan, "Jumlah", SiskeudesCodes.amount(jumlah),
          "Potongan", SiskeudesCodes.amount(potongan), "Status", "1"));
    }

    private void rinci(String no, String kdKeg, AccountCode account, FundSource source, Money nilai) {
      row("Ta_SPPRinci", base("No_SPP", no, "Kd_Keg", kdKeg, "Kd_Rincian", SiskeudesCodes.kdRincian(account), "Sumberdana", source.code(), "Nilai", SiskeudesCodes.amount(nilai)));
    }

    private void bukti(String no, String bukti, String date, String kdKeg, AccountCode account, FundSource source, String payee, String keterangan, Money nilai,
        Map<TaxType, Money> pot) {
      row("Ta_SPPBukti", base("No_SPP", no, "Kd_Keg", kdKeg, "Kd_Rincian", SiskeudesCodes.kdRincian(account), "Sumberdana", source.code(), "No_Bukti", bukti,
          "Tgl_Bukti", date, "Nm_Penerima", payee, "Keterangan", keterangan, "Nilai", SiskeudesCodes.amount(nilai)));
      for (Map.Entry<TaxType, Money> e : pot.entrySet()) {
        row("Ta_SPPPot", base("No_SPP", no, "Kd_Keg", kdKeg, "No_Bukti", bukti, "Kd_Rincian", SiskeudesCodes.kdRincian(SiskeudesCodes.taxAccount(e.getKey())),
            "Nilai", SiskeudesCodes.amount(e.getValue())));
      }
    }
  }
}
