package id.smartkampung.core.testkit;

import static com.google.common.base.Preconditions.checkState;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Quantity;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.testkit.BudgetCatalog.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shape of a generated budget — what jqwik generates and shrinks — and the deterministic
 * construction of a valid {@link Apbdes} from it. Every plan, however shrunk, gives a budget that
 * balances, keeps each fund source within what it brings in, pays siltap from ADD, and keeps the
 * composition ceiling and the Dana Desa priority shares of the pack with a margin. Not API.
 */
final class BudgetPlan {
  static final long SEN_PER_THOUSAND = 100_000L;
  private static final AccountCode BELANJA_MODAL = AccountCode.parse("5.3");

  /** A line whose amount is a weighted share of a total. */
  record Weighted(Item item, int weight) {}

  /** A line with its own amount, from a fund source other than Dana Desa. */
  record Priced(FundSource source, Item item, long sen) {}

  /**
   * A Dana Desa priority: its share in basis points of Dana Desa, its lines, and the part (basis
   * points of the priority's amount) spent through a financing account the priority counts
   * (e.g. penyertaan modal BUMDes for ketahanan pangan).
   */
  record PriorityPart(PolicyPack.Priority priority, int shareBp, List<Weighted> lines, int viaFinancingBp) {}

  /** Siltap and tunjangan (from ADD) and the composition target in basis points of belanja. */
  record Pegawai(
      long kadesMonthlySen,
      long kadesAllowanceMonthlySen,
      List<Long> perangkatMonthlySen,
      long perangkatAllowanceMonthlySen,
      int bpdMembers,
      long bpdMonthlySen,
      int jaminanBp,
      int compositionTargetBp) {}

  /** Financing: unearmarked SiLPA and which source it helps, earmarked SiLPA Dana Desa, a reserve. */
  record Financing(long silpaSen, int poolSourcePick, long silpaDanaDesaSen, long reserveSen, FundSource reserveSource) {}

  /** The whole plan. */
  record Plan(
      Village village,
      int year,
      long danaDesaSen,
      List<PriorityPart> priorities,
      List<Weighted> danaDesaOther,
      Pegawai pegawai,
      List<Priced> others,
      Financing financing) {}

  static final List<String> PERANGKAT =
      List.of(
          "Sekretaris Desa",
          "Kaur Keuangan",
          "Kaur Umum dan Perencanaan",
          "Kasi Pemerintahan",
          "Kasi Kesejahteraan",
          "Kasi Pelayanan",
          "Kepala Dusun Krajan",
          "Kepala Dusun Sumberejo",
          "Kepala Dusun Sukomulyo",
          "Kepala Dusun Karanganyar",
          "Staf Pelayanan");

  private static final Map<FundSource, AccountCode> REVENUE_ACCOUNT =
      Map.of(
          FundSource.ADD, AccountCode.parse("4.2.3.01"),
          FundSource.PBH, AccountCode.parse("4.2.2.01"),
          FundSource.PAD, AccountCode.parse("4.1.1.01"),
          FundSource.PBK, AccountCode.parse("4.2.5.01"),
          FundSource.PBP, AccountCode.parse("4.2.4.01"),
          FundSource.DLL, AccountCode.parse("4.3.6.01"),
          FundSource.parse("SWD"), AccountCode.parse("4.1.3.01"));

  private static final Map<FundSource, String> REVENUE_DESCRIPTION =
      Map.of(
          FundSource.ADD, "Alokasi Dana Desa",
          FundSource.PBH, "Bagi hasil pajak dan retribusi daerah",
          FundSource.PAD, "Hasil usaha BUMDes",
          FundSource.PBK, "Bantuan keuangan khusus Kabupaten Banyuwangi",
          FundSource.PBP, "Bantuan keuangan Provinsi Jawa Timur",
          FundSource.DLL, "Bunga bank",
          FundSource.parse("SWD"), "Swadaya masyarakat");

  static final List<FundSource> OTHER_SOURCES = List.copyOf(new java.util.TreeSet<>(REVENUE_ACCOUNT.keySet()));

  private BudgetPlan() {}

  /** Builds the budget of a plan. */
  static Apbdes build(Plan plan) {
    PolicyPack pack = PolicyPack.forYear(plan.year());
    List<BudgetLine> lines = new ArrayList<>();
    long d = plan.danaDesaSen();

    // Dana Desa: revenue, earmarked SiLPA, priorities with a margin, the rest on free activities.
    lines.add(BudgetLine.pendapatan(AccountCode.parse("4.2.1.01"), FundSource.DDS, "Dana Desa", Idr.ofSen(d)));
    long silpaDds = plan.financing().silpaDanaDesaSen();
    if (silpaDds > 0) {
      lines.add(BudgetLine.penerimaanPembiayaan(
          AccountCode.parse("6.1.1.01"), FundSource.DDS, "SiLPA Dana Desa tahun sebelumnya", Idr.ofSen(silpaDds)));
    }
    long ddsLeft = d + silpaDds;
    // A part of Dana Desa that never enters the village treasury (2026: KDMP, PMK 7/2026 pasal 15(3))
    // is recorded as revenue with a matching outflow on the pack's financing account.
    java.util.Map<String, Long> outside = new java.util.HashMap<>();
    for (PolicyPack.DanaDesaPart part : pack.danaDesaParts()) {
      if (!part.throughVillageTreasury() && part.share() != null) {
        long amount = wholeRupiah(java.math.BigDecimal.valueOf(d).multiply(part.share()).setScale(0, java.math.RoundingMode.FLOOR).longValueExact());
        outside.put(part.code(), amount);
        ddsLeft -= amount;
        lines.add(BudgetLine.pengeluaranPembiayaan(
            objek01(part.financingAccounts().get(0)), FundSource.DDS, "Dana Desa untuk " + part.code() + " (disalurkan ke rekening penampung)", Idr.ofSen(amount)));
        tagFrom(pack, lines, lines.size() - 1, part.code());
      }
    }
    for (PriorityPart p : plan.priorities()) {
      if (p.lines().isEmpty()) {
        continue;
      }
      long base = d;
      for (String part : p.priority().baseExcludesParts()) {
        base -= outside.getOrDefault(part, 0L);
      }
      long amount = wholeRupiah(base * p.shareBp() / 10_000);
      amount = Math.min(amount, ddsLeft);
      ddsLeft -= amount;
      long viaFinancing = 0;
      int first = lines.size();
      if (!p.priority().accounts().isEmpty() && p.viaFinancingBp() > 0) {
        viaFinancing = wholeRupiah(amount * p.viaFinancingBp() / 10_000);
        AccountCode a = objek01(p.priority().accounts().get(0));
        lines.add(BudgetLine.pengeluaranPembiayaan(
            a, FundSource.DDS, "Penyertaan modal BUMDes untuk " + p.priority().name().toLowerCase(java.util.Locale.ROOT), Idr.ofSen(viaFinancing)));
      }
      split(amount - viaFinancing, p.lines(), FundSource.DDS, lines);
      if (!p.priority().tags().isEmpty()) {
        tagFrom(pack, lines, first, p.priority().tags().get(0).code());
      }
    }
    int firstOther = lines.size();
    split(ddsLeft, plan.danaDesaOther(), FundSource.DDS, lines);
    tagFrom(pack, lines, firstOther, "LAINNYA");

    // Siltap and tunjangan from ADD (PP 11/2019 art. 81), by official.
    Pegawai pg = plan.pegawai();
    KegiatanCode kades = KegiatanCode.parse("01.01.01");
    KegiatanCode perangkat = KegiatanCode.parse("01.01.02");
    List<BudgetLine> pegawai = new ArrayList<>();
    pegawai.add(BudgetLine.belanja(kades, AccountCode.parse("5.1.1.01"), FundSource.ADD, "Penghasilan tetap Kepala Desa", Idr.ofSen(12 * pg.kadesMonthlySen()))
        .withQuantity(Quantity.of(12, "OB")));
    if (pg.kadesAllowanceMonthlySen() > 0) {
      pegawai.add(BudgetLine.belanja(kades, AccountCode.parse("5.1.1.02"), FundSource.ADD, "Tunjangan Kepala Desa", Idr.ofSen(12 * pg.kadesAllowanceMonthlySen())));
    }
    long siltapTotal = 12 * (pg.kadesMonthlySen() + pg.kadesAllowanceMonthlySen());
    for (int i = 0; i < pg.perangkatMonthlySen().size(); i++) {
      long yearly = 12 * pg.perangkatMonthlySen().get(i);
      siltapTotal += yearly;
      pegawai.add(BudgetLine.belanja(perangkat, AccountCode.parse("5.1.2.01"), FundSource.ADD, "Penghasilan tetap " + PERANGKAT.get(i), Idr.ofSen(yearly))
          .withQuantity(Quantity.of(12, "OB")));
    }
    if (pg.perangkatAllowanceMonthlySen() > 0) {
      long yearly = 12 * pg.perangkatAllowanceMonthlySen() * pg.perangkatMonthlySen().size();
      siltapTotal += yearly;
      pegawai.add(BudgetLine.belanja(perangkat, AccountCode.parse("5.1.2.02"), FundSource.ADD, "Tunjangan perangkat desa", Idr.ofSen(yearly)));
    }
    if (pg.bpdMembers() > 0) {
      pegawai.add(BudgetLine.belanja(
          KegiatanCode.parse("01.01.05"), AccountCode.parse("5.1.4.01"), FundSource.ADD,
          "Tunjangan kedudukan " + pg.bpdMembers() + " anggota BPD", Idr.ofSen(12L * pg.bpdMembers() * pg.bpdMonthlySen())));
    }
    long jaminan = wholeRupiah(siltapTotal * pg.jaminanBp() / 10_000);
    pegawai.add(BudgetLine.belanja(
        KegiatanCode.parse("01.01.03"), AccountCode.parse("5.1.3.01"), FundSource.ADD, "Iuran BPJS Kesehatan kepala desa dan perangkat", Idr.ofSen(jaminan)));
    lines.addAll(pegawai);

    for (Priced p : plan.others()) {
      lines.add(BudgetLine.belanja(p.item().kegiatan(), p.item().account(), p.source(), p.item().description(), Idr.ofSen(p.sen())));
    }
    Financing fin = plan.financing();
    if (fin.reserveSen() > 0) {
      lines.add(BudgetLine.pengeluaranPembiayaan(
          AccountCode.parse("6.2.1.01"), fin.reserveSource(), "Pembentukan dana cadangan", Idr.ofSen(fin.reserveSen())));
    }

    // Composition (PP 11/2019 art. 100): if siltap, tunjangan and BPD exceed the target share of
    // belanja, the village spends more from ADD on its office building.
    long capped = 0;
    long belanja = 0;
    for (BudgetLine l : lines) {
      if (l.section() == Section.BELANJA) {
        belanja += Idr.toSen(l.amount());
        if (pack.composition().accounts().stream().anyMatch(l.account()::startsWith)) {
          capped += Idr.toSen(l.amount());
        }
      }
    }
    long needed = ceilDiv(capped * 10_000, pg.compositionTargetBp()) - belanja;
    if (needed > 0) {
      lines.add(BudgetLine.belanja(
          KegiatanCode.parse("01.02.01"), AccountCode.parse("5.3.4.01"), FundSource.ADD,
          "Rehabilitasi gedung kantor desa", Idr.ofSen(ceilDiv(needed, SEN_PER_THOUSAND) * SEN_PER_THOUSAND)));
    }

    // Revenue of every other source = what it pays for, less the unearmarked SiLPA it uses.
    Map<FundSource, Long> spend = new TreeMap<>();
    for (BudgetLine l : lines) {
      if (!l.section().isInflow() && l.fundSource() != null && !l.fundSource().equals(FundSource.DDS)) {
        spend.merge(l.fundSource(), Idr.toSen(l.amount()), Long::sum);
      }
    }
    List<FundSource> spenders = spend.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    // SiLPA keeps its source's earmark: the SiLPA of one spending source pays part of its lines
    long pool = 0;
    FundSource helped = null;
    if (fin.silpaSen() > 0 && !spenders.isEmpty()) {
      helped = spenders.get(Math.floorMod(fin.poolSourcePick(), spenders.size()));
      pool = Math.min(fin.silpaSen(), spend.get(helped));
      spend.merge(helped, -pool, Long::sum);
    }
    if (pool > 0) {
      lines.add(BudgetLine.penerimaanPembiayaan(AccountCode.parse("6.1.1.01"), helped, "SiLPA " + helped + " tahun sebelumnya", Idr.ofSen(pool)));
    }
    for (Map.Entry<FundSource, Long> e : spend.entrySet()) {
      FundSource s = e.getKey();
      long revenue = e.getValue();
      if (revenue <= 0 && !s.equals(FundSource.ADD)) {
        continue;
      }
      if (s.equals(FundSource.PAD) && revenue >= 2 * SEN_PER_THOUSAND) {
        long sewa = revenue / 3 / SEN_PER_THOUSAND * SEN_PER_THOUSAND;
        lines.add(BudgetLine.pendapatan(AccountCode.parse("4.1.2.01"), s, "Hasil sewa tanah kas desa", Idr.ofSen(sewa)));
        revenue -= sewa;
      }
      lines.add(BudgetLine.pendapatan(REVENUE_ACCOUNT.get(s), s, REVENUE_DESCRIPTION.get(s), Idr.ofSen(revenue)));
    }
    return Apbdes.of(plan.village(), plan.year(), unique(lines));
  }

  /** Spreads {@code total} sen over the weighted lines, in whole thousands of rupiah but the last. */
  private static void split(long total, List<Weighted> parts, FundSource source, List<BudgetLine> out) {
    checkState(total >= 0, "negative share %s", total);
    if (parts.isEmpty()) {
      checkState(total == 0, "nothing to spend %s on", total);
      return;
    }
    long weights = parts.stream().mapToLong(Weighted::weight).sum();
    boolean even = weights == 0;
    if (even) {
      weights = parts.size();
    }
    long left = total;
    for (int i = 0; i < parts.size(); i++) {
      Weighted w = parts.get(i);
      long amount;
      if (i == parts.size() - 1) {
        amount = left;
      } else {
        long share = Math.multiplyExact(total, even ? 1 : w.weight()) / weights;
        amount = Math.min(left, share / SEN_PER_THOUSAND * SEN_PER_THOUSAND);
      }
      left -= amount;
      Item it = w.item();
      BudgetLine line = BudgetLine.belanja(it.kegiatan(), it.account(), source, it.description(), Idr.ofSen(amount));
      if (it.account().startsWith(BELANJA_MODAL) && w.weight() % 2 == 1) {
        line = line.withOutput((50 + 10 * w.weight()) + " m");
      }
      out.add(line);
    }
  }

  /**
   * Tags the lines from index {@code from} on with the focus area {@code code} when the year's pack
   * has focus areas (2025 on) and that one; budgets of a year without them stay untagged.
   */
  private static void tagFrom(PolicyPack pack, List<BudgetLine> lines, int from, String code) {
    FocusTag tag = FocusTag.parse(code);
    if (pack.focusArea(tag).isEmpty()) {
      return;
    }
    for (int i = from; i < lines.size(); i++) {
      lines.set(i, lines.get(i).withFocus(tag));
    }
  }

  /** Makes lines that repeat another exactly distinct by numbering their description. */
  static List<BudgetLine> unique(List<BudgetLine> lines) {
    Set<BudgetLine> seen = new HashSet<>();
    List<BudgetLine> out = new ArrayList<>();
    for (BudgetLine l : lines) {
      BudgetLine u = l;
      for (int n = 2; !seen.add(u); n++) {
        u = new BudgetLine(l.section(), l.account(), l.kegiatan(), l.description() + " (" + n + ")", l.amount(), l.fundSource(), l.output(), l.focus(), l.quantity());
      }
      out.add(u);
    }
    return out;
  }

  static AccountCode objek01(AccountCode code) {
    return code.level() == AccountCode.Level.OBJEK ? code : AccountCode.parse(code + ".01");
  }

  /** Rounds sen down to whole rupiah. */
  static long wholeRupiah(long sen) {
    return sen / 100 * 100;
  }

  static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** The distinct values of a list, in order. */
  static <T> List<T> distinct(List<T> list) {
    return List.copyOf(new LinkedHashSet<>(list));
  }

  static BigDecimal rupiah(long sen) {
    return BigDecimal.valueOf(sen, 2);
  }
}
