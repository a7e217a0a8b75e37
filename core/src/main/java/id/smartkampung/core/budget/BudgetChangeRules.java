package id.smartkampung.core.budget;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules of each change to the budget in force by Perkades — <i>pergeseran</i>, <i>bantuan
 * keuangan/hibah setelah perubahan</i>, <i>belanja tak terduga</i> — as pure comparisons of the
 * budget before and after; each returns what breaks its kind (empty when the change stays within it).
 * {@link ApbdesLifecycle} applies them; the rules' data are the pack's {@link
 * PolicyPack.BudgetChanges}.
 */
final class BudgetChangeRules {
  private BudgetChangeRules() {}

  /** Pendapatan and pembiayaan unchanged; belanja per (account at the pack's level, fund source) unchanged. */
  static List<String> shift(Apbdes before, Apbdes after, PolicyPack.BudgetChanges rules) {
    List<String> wrong = new ArrayList<>();
    same("pendapatan", nonBelanja(before, Section.PENDAPATAN), nonBelanja(after, Section.PENDAPATAN), wrong);
    same("pembiayaan", pembiayaan(before), pembiayaan(after), wrong);
    same("belanja per jenis belanja and fund source", belanjaAt(before, rules.shiftKeepsTotalsAt()), belanjaAt(after, rules.shiftKeepsTotalsAt()), wrong);
    return wrong;
  }

  /**
   * Pembiayaan unchanged; pendapatan changes only by rising on grant accounts, by more than zero;
   * belanja of each fund source rises by exactly that source's grant, no line of it falling; belanja of
   * other sources unchanged.
   */
  static List<String> lateGrant(Apbdes before, Apbdes after, PolicyPack.BudgetChanges rules) {
    List<String> wrong = new ArrayList<>();
    same("pembiayaan", pembiayaan(before), pembiayaan(after), wrong);
    Map<String, Long> pb = nonBelanja(before, Section.PENDAPATAN);
    Map<String, Long> pa = nonBelanja(after, Section.PENDAPATAN);
    Map<String, Long> grant = new TreeMap<>();
    for (String k : union(pb, pa)) {
      long d = pa.getOrDefault(k, 0L) - pb.getOrDefault(k, 0L);
      if (d == 0) {
        continue;
      }
      AccountCode account = AccountCode.parse(k.substring(0, k.indexOf('|')));
      boolean isGrant = rules.lateGrantAccounts().stream().anyMatch(account::startsWith);
      if (!isGrant || d < 0) {
        wrong.add("pendapatan " + k + " changes from " + rp(pb.get(k)) + " to " + rp(pa.get(k)) + "; only revenue under " + rules.lateGrantAccounts() + " may rise");
      } else {
        grant.merge(k.substring(k.indexOf('|') + 1), d, Long::sum);
      }
    }
    if (grant.isEmpty() && wrong.isEmpty()) {
      wrong.add("no grant revenue is added");
    }
    Map<BudgetItemKey, Long> bb = items(before);
    Map<BudgetItemKey, Long> ba = items(after);
    Map<String, Long> rise = new TreeMap<>();
    for (BudgetItemKey k : union(bb, ba)) {
      long d = ba.getOrDefault(k, 0L) - bb.getOrDefault(k, 0L);
      String f = k.fundSource().code();
      if (d == 0) {
        continue;
      }
      if (!grant.containsKey(f) || d < 0) {
        wrong.add("belanja " + k + " changes from " + rp(bb.get(k)) + " to " + rp(ba.get(k)) + "; only belanja of the grant's fund source may rise");
      } else {
        rise.merge(f, d, Long::sum);
      }
    }
    for (Map.Entry<String, Long> g : grant.entrySet()) {
      long r = rise.getOrDefault(g.getKey(), 0L);
      if (r != g.getValue()) {
        wrong.add("belanja of " + g.getKey() + " rises by " + rp(r) + ", not by the grant of " + rp(g.getValue()));
      }
    }
    return wrong;
  }

  /**
   * Pendapatan and pembiayaan unchanged; belanja falls only on lines under the emergency account and
   * rises only on kegiatan of the emergency bidang, each fund source's total unchanged; something moves.
   */
  static List<String> emergency(Apbdes before, Apbdes after, PolicyPack.BudgetChanges rules) {
    List<String> wrong = new ArrayList<>();
    same("pendapatan", nonBelanja(before, Section.PENDAPATAN), nonBelanja(after, Section.PENDAPATAN), wrong);
    same("pembiayaan", pembiayaan(before), pembiayaan(after), wrong);
    Map<BudgetItemKey, Long> bb = items(before);
    Map<BudgetItemKey, Long> ba = items(after);
    Map<String, Long> net = new TreeMap<>();
    boolean moved = false;
    for (BudgetItemKey k : union(bb, ba)) {
      long d = ba.getOrDefault(k, 0L) - bb.getOrDefault(k, 0L);
      if (d == 0) {
        continue;
      }
      moved = true;
      net.merge(k.fundSource().code(), d, Long::sum);
      if (d < 0 && !k.account().startsWith(rules.emergencyAccount())) {
        wrong.add("belanja " + k + " falls from " + rp(bb.get(k)) + " to " + rp(ba.get(k)) + "; only belanja tak terduga (" + rules.emergencyAccount() + ") is drawn on");
      }
      if (d > 0 && !k.kegiatan().bidangCode().equals(rules.emergencyBidang())) {
        wrong.add("belanja " + k + " rises from " + rp(bb.get(k)) + " to " + rp(ba.get(k)) + "; emergency spending goes to kegiatan of bidang " + rules.emergencyBidang());
      }
    }
    net.forEach((f, d) -> {
      if (d != 0) {
        wrong.add("belanja of " + f + " changes by " + rp(d) + "; belanja tak terduga is moved within its fund source");
      }
    });
    if (!moved) {
      wrong.add("no belanja tak terduga is detailed");
    }
    return wrong;
  }

  private static void same(String what, Map<String, Long> before, Map<String, Long> after, List<String> wrong) {
    for (String k : union(before, after)) {
      long b = before.getOrDefault(k, 0L);
      long a = after.getOrDefault(k, 0L);
      if (a != b) {
        wrong.add(what + " " + k + " changes from " + rp(b) + " to " + rp(a));
      }
    }
  }

  private static <K extends Comparable<? super K>> Set<K> union(Map<K, Long> a, Map<K, Long> b) {
    Set<K> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static Map<String, Long> nonBelanja(Apbdes b, Section section) {
    Map<String, Long> m = new TreeMap<>();
    for (BudgetLine l : b.lines(section)) {
      m.merge(l.account() + "|" + Optional.ofNullable(l.fundSource()).map(FundSource::code).orElse("-"), Idr.toSen(l.amount()), Long::sum);
    }
    return m;
  }

  private static Map<String, Long> pembiayaan(Apbdes b) {
    Map<String, Long> m = new TreeMap<>();
    for (Section s : Section.values()) {
      if (s != Section.PENDAPATAN && s != Section.BELANJA) {
        nonBelanja(b, s).forEach((k, v) -> m.merge(s + " " + k, v, Long::sum));
      }
    }
    return m;
  }

  private static Map<String, Long> belanjaAt(Apbdes b, AccountCode.Level level) {
    Map<String, Long> m = new TreeMap<>();
    for (BudgetLine l : b.lines(Section.BELANJA)) {
      AccountCode a = l.account().level().compareTo(level) > 0 ? l.account().truncatedTo(level) : l.account();
      m.merge(a + "|" + Optional.ofNullable(l.fundSource()).map(FundSource::code).orElse("-"), Idr.toSen(l.amount()), Long::sum);
    }
    return m;
  }

  private static Map<BudgetItemKey, Long> items(Apbdes b) {
    Map<BudgetItemKey, Long> m = new TreeMap<>();
    b.items().forEach((k, v) -> m.put(k, Idr.toSen(v)));
    return m;
  }

  private static String rp(Long sen) {
    long s = sen == null ? 0 : sen;
    return Idr.ofSen(s).getNumber().numberValueExact(java.math.BigDecimal.class).toPlainString();
  }
}
