package id.smartkampung.demo.bench;

import static id.smartkampung.demo.bench.SyntheticVillage.ALOKASI_DANA_DESA;
import static id.smartkampung.demo.bench.SyntheticVillage.ATK;
import static id.smartkampung.demo.bench.SyntheticVillage.DANA_DESA;
import static id.smartkampung.demo.bench.SyntheticVillage.HASIL_USAHA;
import static id.smartkampung.demo.bench.SyntheticVillage.HONOR;
import static id.smartkampung.demo.bench.SyntheticVillage.PANGAN;
import static id.smartkampung.demo.bench.SyntheticVillage.SILTAP;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.demo.bench.VillageGenerator.VillageYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The treasury operations of a synthetic village's fiscal year — <i>penatausahaan satu tahun
 * anggaran</i> — as a village would post them: the budget enacted in October of the year before;
 * Dana Desa in two tahap (40 % in January, 60 % in July), ADD in two stages, PAD monthly; siltap and
 * honoraria paid monthly with PPh 21 withheld and deposited; food security and office supplies by
 * panjar with their SPJ; each project paid in two termin with PPh 22 (30 % of its budget after its
 * first week, the rest of what {@link VillageYear#paidSen()} says on completion, once tahap II has
 * arrived). About 450
 * operations, every one of which an honest ledger accepts.
 */
public final class TreasuryYear {
  private TreasuryYear() {}

  private record Event(LocalDate date, int order, Runnable action) {}

  /** Writes the year of {@code year} to {@code w} (whose village must be {@code year.finance()}). */
  public static void write(VillageYear year, OperationWriter w) {
    SyntheticVillage v = year.finance();
    Apbdes b = v.budget();
    long dds = Idr.toSen(b.totalUnder(DANA_DESA));
    long add = Idr.toSen(b.totalUnder(ALOKASI_DANA_DESA));
    long siltap = Idr.toSen(b.items().get(SILTAP));
    long atk = Idr.toSen(b.items().get(ATK));
    long honor = Idr.toSen(b.items().get(HONOR));
    long pangan = Idr.toSen(b.items().get(PANGAN));

    w.registerAndEnact();
    List<Event> events = new ArrayList<>();
    int y = SyntheticVillage.YEAR;
    events.add(new Event(LocalDate.of(y, 1, 6), 0, () -> w.receive(FundSource.DDS, DANA_DESA, rupiah(dds * 40 / 100), 1)));
    events.add(new Event(LocalDate.of(y, 1, 6), 0, () -> w.receive(FundSource.ADD, ALOKASI_DANA_DESA, rupiah(add * 60 / 100), 0)));
    events.add(new Event(LocalDate.of(y, 7, 7), 0, () -> w.receive(FundSource.DDS, DANA_DESA, dds - rupiah(dds * 40 / 100), 2)));
    events.add(new Event(LocalDate.of(y, 7, 7), 0, () -> w.receive(FundSource.ADD, ALOKASI_DANA_DESA, add - rupiah(add * 60 / 100), 0)));
    for (int m = 1; m <= 12; m++) {
      LocalDate day = LocalDate.of(y, m, 10);
      events.add(new Event(day, 0, () -> w.receive(FundSource.PAD, HASIL_USAHA, honor / 12, 0)));
      events.add(new Event(day, 1, () -> w.payLs(SILTAP, siltap / 12, TaxType.PPH_21)));
      events.add(new Event(day, 1, () -> w.payLs(HONOR, honor / 12, TaxType.PPH_21)));
    }
    for (int q = 0; q < 4; q++) {
      long amount = rupiah(pangan / 4);
      events.add(new Event(LocalDate.of(y, 2 + 3 * q, 17), 1, () -> w.panjar(PANGAN, amount, rupiah(amount * 95 / 100))));
    }
    for (int month : new int[] {2, 8}) {
      long amount = rupiah(atk / 2);
      events.add(new Event(LocalDate.of(y, month, 20), 1, () -> w.panjar(ATK, amount, rupiah(amount * 90 / 100))));
    }
    for (int k = 0; k < v.projects(); k++) {
      BudgetItemKey item = v.projectItems().get(k);
      long paid = year.paidSen()[k];
      long first = Math.min(paid, rupiah(v.projectBudgetSen(k) * 30 / 100));
      LocalDate start = year.projects().get(k).start();
      if (first > 0) {
        events.add(new Event(start.plusWeeks(1), 2, () -> w.payLs(item, first, TaxType.PPH_22)));
      }
      long rest = paid - first;
      if (rest > 0) {
        // on completion, but not before Dana Desa tahap II has arrived
        LocalDate done = completion(year, k);
        LocalDate tahapTwo = LocalDate.of(y, 7, 14);
        events.add(new Event(done.isBefore(tahapTwo) ? tahapTwo : done, 2, () -> w.payLs(item, rest, TaxType.PPH_22)));
      }
    }
    events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::order));
    for (Event e : events) {
      w.on(e.date());
      e.action().run();
    }
  }

  /** The date of the first 100 % report of project {@code k}, or 15 December when it never gets there. */
  private static LocalDate completion(VillageYear year, int k) {
    for (var r : year.reports().get(k)) {
      if (r.physical().isComplete()) {
        return r.date();
      }
    }
    return LocalDate.of(SyntheticVillage.YEAR, 12, 15);
  }

  /** Rounds sen down to whole rupiah. */
  private static long rupiah(long sen) {
    return sen / 100 * 100;
  }
}
