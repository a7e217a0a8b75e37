package id.smartkampung.core.budget;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-made, clean budget of Desa Kemiren with round numbers, so that each example test can
 * change one thing and know exactly what the validator must say. Dana Desa Rp1.000.000.000: BLT
 * 10 %, ketahanan pangan 25 %, operasional 2 %, the rest a road; ADD Rp600.000.000: siltap and
 * tunjangan Rp306.000.000 (18.5 % of belanja Rp1.650.000.000); PBH Rp50.000.000: drainage.
 */
final class ExampleBudget {
  static final Village KEMIREN = Village.of("35.10.01.2001", "Kemiren", "Glagah", "Banyuwangi");

  static final KegiatanCode SILTAP_KADES = KegiatanCode.parse("01.01.01");
  static final KegiatanCode SILTAP_PERANGKAT = KegiatanCode.parse("01.01.02");
  static final KegiatanCode TUNJANGAN_BPD = KegiatanCode.parse("01.01.05");
  static final KegiatanCode OPERASIONAL = KegiatanCode.parse("01.01.04");
  static final KegiatanCode BLT = KegiatanCode.parse("05.03.01");
  static final KegiatanCode PANGAN = KegiatanCode.parse("04.02.01");
  static final KegiatanCode JALAN = KegiatanCode.parse("02.03.10");
  static final KegiatanCode DRAINASE = KegiatanCode.parse("02.03.15");

  /** Amounts in whole rupiah, each settable by a test. */
  long danaDesa = 1_000_000_000L;
  long add = 600_000_000L;
  long pbh = 50_000_000L;
  long siltapKades = 36_000_000L;
  long siltapPerangkat = 240_000_000L;
  long tunjanganBpd = 30_000_000L;
  long operasionalAdd = 294_000_000L;
  long blt = 100_000_000L;
  long pangan = 250_000_000L;
  long operasionalDds = 20_000_000L;
  long jalan = 630_000_000L;
  long drainase = 50_000_000L;
  FundSource siltapKadesSource = FundSource.ADD;
  /**
   * Whether the Dana Desa lines carry focus tags (years whose pack lists focus areas, 2025 on): the
   * tags today's prefix rules give ({@link BudgetValidator#tagByPrefixes}); false for the fallback.
   */
  boolean tagged = true;
  final List<BudgetLine> extra = new ArrayList<>();

  static ExampleBudget kemiren() {
    return new ExampleBudget();
  }

  Apbdes build(int year) {
    List<BudgetLine> l = new ArrayList<>();
    l.add(BudgetLine.pendapatan(AccountCode.parse("4.2.1.01"), FundSource.DDS, "Dana Desa", Idr.of(danaDesa)));
    l.add(BudgetLine.pendapatan(AccountCode.parse("4.2.3.01"), FundSource.ADD, "Alokasi Dana Desa", Idr.of(add)));
    l.add(BudgetLine.pendapatan(AccountCode.parse("4.2.2.01"), FundSource.PBH, "Bagi hasil pajak dan retribusi", Idr.of(pbh)));
    l.add(BudgetLine.belanja(SILTAP_KADES, AccountCode.parse("5.1.1.01"), siltapKadesSource, "Penghasilan tetap Kepala Desa", Idr.of(siltapKades)));
    l.add(BudgetLine.belanja(SILTAP_PERANGKAT, AccountCode.parse("5.1.2.01"), FundSource.ADD, "Penghasilan tetap perangkat desa", Idr.of(siltapPerangkat)));
    l.add(BudgetLine.belanja(TUNJANGAN_BPD, AccountCode.parse("5.1.4.01"), FundSource.ADD, "Tunjangan kedudukan BPD", Idr.of(tunjanganBpd)));
    l.add(BudgetLine.belanja(OPERASIONAL, AccountCode.parse("5.2.1.01"), FundSource.ADD, "ATK dan operasional kantor desa", Idr.of(operasionalAdd)));
    l.add(BudgetLine.belanja(BLT, AccountCode.parse("5.4.1.01"), FundSource.DDS, "BLT Dana Desa", Idr.of(blt)));
    l.add(BudgetLine.belanja(PANGAN, AccountCode.parse("5.2.7.01"), FundSource.DDS, "Bibit dan pupuk kelompok tani", Idr.of(pangan)));
    l.add(BudgetLine.belanja(OPERASIONAL, AccountCode.parse("5.2.1.01"), FundSource.DDS, "Operasional pemerintah desa dari Dana Desa", Idr.of(operasionalDds)));
    l.add(BudgetLine.belanja(JALAN, AccountCode.parse("5.3.5.01"), FundSource.DDS, "Jalan rabat beton Dusun Krajan", Idr.of(jalan)));
    l.add(BudgetLine.belanja(DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Saluran drainase", Idr.of(drainase)));
    l.addAll(extra);
    Apbdes budget = Apbdes.of(KEMIREN, year, l);
    return tagged ? BudgetValidator.of(id.smartkampung.core.policy.PolicyPack.forYear(year)).tagByPrefixes(budget) : budget;
  }

  Apbdes build() {
    return build(2025);
  }

  /** An unearmarked SiLPA line (no fund source). */
  static BudgetLine silpa(long rupiah) {
    return BudgetLine.penerimaanPembiayaan(AccountCode.parse("6.1.1.01"), "SiLPA tahun sebelumnya", Idr.of(rupiah));
  }

  /** A SiLPA line earmarked to a fund source. */
  static BudgetLine silpa(FundSource source, long rupiah) {
    return BudgetLine.penerimaanPembiayaan(AccountCode.parse("6.1.1.01"), source, "SiLPA " + source, Idr.of(rupiah));
  }

  /** The index of the first line with this description in the budget's canonical order. */
  static int indexOf(Apbdes b, String description) {
    for (int i = 0; i < b.lines().size(); i++) {
      if (b.lines().get(i).description().equals(description)) {
        return i;
      }
    }
    throw new AssertionError("no line " + description);
  }
}
