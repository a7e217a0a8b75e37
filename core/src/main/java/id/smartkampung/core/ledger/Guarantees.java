package id.smartkampung.core.ledger;

import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The guarantees of budget execution — <i>kendali penatausahaan</i> — one method per rule, each a
 * pure predicate on figures that adds a finding (with its data) only when broken. {@link
 * LedgerState} calls them when an operation is attempted and {@link Ledger#recheck()} calls the
 * same ones over the whole state, so both speak the same rule codes. Messages are built only on a
 * breach, keeping the accepted path free of formatting.
 */
final class Guarantees {
  private Guarantees() {}

  /**
   * I6: the part of Dana Desa outside the village treasury recorded on this financing item, if any
   * (2026: KDMP on 6.2.9 from DDS, channelled from RKUN to an escrow account, PMK 7/2026 pasal 26):
   * the village never pays it, so no SPP is taken against it.
   */
  static java.util.Optional<id.smartkampung.core.policy.PolicyPack.DanaDesaPart> outsideTreasury(
      id.smartkampung.core.policy.PolicyPack policy, id.smartkampung.core.budget.FinancingItemKey item) {
    if (!item.fundSource().equals(FundSource.DDS)) {
      return java.util.Optional.empty();
    }
    return policy.danaDesaParts().stream()
        .filter(p -> !p.throughVillageTreasury() && p.financingAccounts().stream().anyMatch(item.account()::startsWith))
        .findFirst();
  }

  /** The finding for an SPP against a part outside the treasury. */
  static Finding outsideTreasuryFinding(id.smartkampung.core.policy.PolicyPack.DanaDesaPart part, Object item, String path) {
    return Finding.error(
        Rule.DANA_DESA_OUTSIDE_TREASURY,
        path,
        "financing item " + item + " records the " + part.code() + " part of Dana Desa, which is channelled outside the village treasury and never paid by the village: no SPP against it ("
            + part.reference() + ")",
        Map.of("item", item.toString(), "part", part.code()));
  }

  /** I5: committed + realised + requested ≤ budget of the item (Permendagri 20/2018: SPP within the DPA). */
  static boolean withinItem(Object key, long budget, long committed, long realised, long requested, String path, List<Finding> out) {
    return withinItem(key, budget, committed, realised, requested, path, "", out);
  }

  /** As above, the finding's path being {@code opPath + field}, made only when there is a finding. */
  static boolean withinItem(Object key, long budget, long committed, long realised, long requested, String opPath, String field, List<Finding> out) {
    long remaining = budget - committed - realised;
    if (requested <= remaining && committed >= 0 && realised >= 0) {
      return true;
    }
    String path = opPath + field;
    out.add(
        Finding.error(
            Rule.ITEM_OVERSPENT,
            path,
            "item " + key + " has " + Idr.formatSen(remaining) + " left (budget " + Idr.formatSen(budget) + ", committed "
                + Idr.formatSen(committed) + ", realised " + Idr.formatSen(realised) + "); " + Idr.formatSen(requested) + " requested",
            Map.of(
                "item", key.toString(),
                "budget", Idr.formatSen(budget),
                "committed", Idr.formatSen(committed),
                "realised", Idr.formatSen(realised),
                "requested", Idr.formatSen(requested))));
    return false;
  }

  /**
   * I6: the cash of a fund source, less tax withheld and still owed, covers {@code requested}
   * (Dana Desa not yet received cannot be spent).
   */
  static boolean cashCovers(FundSource source, long cash, long taxPayable, long requested, String path, List<Finding> out) {
    long available = cash - taxPayable;
    if (requested <= available && taxPayable >= 0) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.CASH_NEGATIVE,
            path,
            "fund source " + source + " has " + Idr.formatSen(available) + " available (cash " + Idr.formatSen(cash) + ", tax owed "
                + Idr.formatSen(taxPayable) + "); " + Idr.formatSen(requested) + " needed",
            Map.of(
                "fundSource", source.code(),
                "cash", Idr.formatSen(cash),
                "taxPayable", Idr.formatSen(taxPayable),
                "requested", Idr.formatSen(requested))));
    return false;
  }

  /** I4: a revision leaves each item at least at what is committed and realised. */
  static boolean revisionNotBelow(Object key, long revised, long committed, long realised, String path, List<Finding> out) {
    if (revised >= committed + realised) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.REVISION_BELOW_COMMITTED,
            path,
            "the revision cuts item " + key + " to " + Idr.formatSen(revised) + ", below the " + Idr.formatSen(committed + realised)
                + " already committed or realised",
            Map.of(
                "item", key.toString(),
                "revised", Idr.formatSen(revised),
                "committed", Idr.formatSen(committed),
                "realised", Idr.formatSen(realised))));
    return false;
  }

  /** I4: spending only under an enacted budget (PP 43/2014 art. 100 ff., Permendagri 20/2018). */
  static boolean enacted(boolean enacted, String path, List<Finding> out) {
    if (enacted) {
      return true;
    }
    out.add(Finding.error(Rule.BUDGET_NOT_ENACTED, path, "no spending before the APBDes is enacted by Perdes (PP 43/2014)"));
    return false;
  }

  /** I4: money operations fall in the fiscal year. */
  static boolean inFiscalYear(LocalDate date, int fiscalYear, String path, List<Finding> out) {
    if (date.getYear() == fiscalYear) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.OUTSIDE_FISCAL_YEAR,
            path,
            "dated " + date + ", outside fiscal year " + fiscalYear + " (1 January - 31 December)",
            Map.of("date", date.toString(), "fiscalYear", Integer.toString(fiscalYear))));
    return false;
  }

  /**
   * I9: an entry is not dated before what it follows ({@code floor}: the latest entry, the SPP's
   * latest step, the receipt, the enactment; null for none). Back-dating inside the open months is
   * otherwise allowed.
   */
  static boolean dateOrder(Instant floor, Instant at, String path, List<Finding> out) {
    if (floor == null || !at.isBefore(floor)) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.DATE_ORDER, path + ".at", "dated " + at + ", before " + floor + ", the entry it follows", Map.of("at", at.toString(), "after", floor.toString())));
    return false;
  }

  /** I9: nothing is dated in a closed month (tutup buku bulanan, Permendagri 20/2018 Pasal 63). */
  static boolean monthOpen(java.time.YearMonth closedThrough, LocalDate date, String path, List<Finding> out) {
    if (closedThrough == null || date.isAfter(closedThrough.atEndOfMonth())) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.MONTH_CLOSED,
            path + ".at",
            "dated " + date + ", in a closed month: the books are closed through " + closedThrough + "; correct it by a reversing entry in the open month",
            Map.of("date", date.toString(), "closedThrough", closedThrough.toString())));
    return false;
  }

  /**
   * I7: the actor acts in the one role of the operation's kind ({@link OperationKind#roles()}; the
   * budget steps' roles are checked by the lifecycle, from the same table).
   */
  static boolean role(Official actor, OperationKind kind, String path, List<Finding> out) {
    Role role = kind.role;
    if (actor.role() == role) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.WRONG_ROLE,
            path + ".actor",
            "the " + role + " takes " + kind.wireName() + ", not " + actor,
            Map.of("actor", actor.id(), "role", actor.role().name(), "required", role.name())));
    return false;
  }

  /**
   * I7: where the step depends on the SPP's status (reject, cancel), the actor is one that a step
   * of the kind from that status allows ({@link SppStep}).
   */
  static boolean stepActor(Official actor, OperationKind kind, SppStatus status, String submitter, OperationId spp, String path, List<Finding> out) {
    boolean any = false;
    for (SppStep s : kind.steps) {
      if (s.startsFrom(status)) {
        if (s.role == null ? actor.id().equals(submitter) : actor.role() == s.role) {
          return true;
        }
        any = true;
      }
    }
    if (!any) {
      return true; // no step from the status: the order's finding
    }
    StringBuilder who = new StringBuilder();
    for (SppStep s : kind.steps) {
      if (s.startsFrom(status)) {
        who.append(who.length() == 0 ? "" : " or ").append(s.role == null ? "its submitter" : "the " + s.role);
      }
    }
    out.add(
        Finding.error(
            Rule.WRONG_ROLE,
            path + ".actor",
            "SPP " + spp + " (" + status + ") is " + kind.steps[0].done + " by " + who + ", not " + actor,
            Map.of("actor", actor.id(), "role", actor.role().name(), "status", status.name())));
    return false;
  }

  /** I7: the actor is not one of the persons who took an earlier step of the same SPP. */
  static boolean distinct(Official actor, String step, String earlierPerson, String earlierStep, String path, List<Finding> out) {
    if (earlierPerson == null || !earlierPerson.equals(actor.id())) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.SEGREGATION_OF_DUTIES,
            path + ".actor",
            actor + " cannot " + step + " an SPP they " + earlierStep + " (Permendagri 20/2018: submitter, verifier and approver are distinct)",
            Map.of("actor", actor.id(), "step", step, "earlierStep", earlierStep)));
    return false;
  }

  /**
   * I7: the SPP is at a status a step of the kind starts from ({@link SppStep}): each step once, in
   * order.
   */
  static boolean step(OperationKind kind, SppStatus actual, OperationId spp, String path, List<Finding> out) {
    for (SppStep s : kind.steps) {
      if (s.startsFrom(actual)) {
        return true;
      }
    }
    SppStatus required = kind.steps[0].from.iterator().next();
    out.add(
        Finding.error(
            Rule.STEP_ORDER,
            path,
            "cannot " + kind.steps[0].verb + " SPP " + spp + ": it is " + actual + ", needs " + required + " (submit, verify, approve, pay; each once, in order)",
            Map.of("spp", spp.value(), "status", actual.name(), "required", required.name())));
    return false;
  }

  /**
   * I7: the actor took none of the earlier steps of the same SPP that the step taken names ({@link
   * SppStep}: submitter, verifier, approver and payer are distinct). The step taken is the step of
   * the kind from {@code status} whose actor the official is, else the first from {@code status}.
   */
  static boolean distinct(OperationKind kind, SppStatus status, Official actor, String submitter, String verifier, String approver, String path, List<Finding> out) {
    SppStep taken = null;
    for (SppStep s : kind.steps) {
      if (s.startsFrom(status) && (taken == null || (s.role == null ? actor.id().equals(submitter) : actor.role() == s.role))) {
        taken = s;
      }
    }
    if (taken == null) {
      return true;
    }
    boolean ok = true;
    for (SppStep.Party p : taken.distinct) {
      ok &= switch (p) {
        case SUBMITTER -> distinct(actor, taken.verb, submitter, "submitted", path, out);
        case VERIFIER -> distinct(actor, taken.verb, verifier, "verified", path, out);
        case APPROVER -> distinct(actor, taken.verb, approver, "approved", path, out);
      };
    }
    return ok;
  }

  /**
   * A KPM's id in the journal: 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or
   * digit, and no run of 16 digits (an NIK or KK number): the journal is public, personal numbers
   * stay in the village's register (UU 27/2022 on personal data protection). False with a {@link
   * Rule#BLT_KPM_ID} finding otherwise.
   */
  static boolean kpmId(String kpm, String path, List<Finding> out) {
    if (KPM_ID.matcher(kpm).matches() && !SIXTEEN_DIGITS.matcher(kpm).find()) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.BLT_KPM_ID,
            path,
            "a KPM is named by the village's own short id (letters, digits, . _ -, at most 32), never by an NIK or KK number (UU 27/2022)"));
    return false;
  }

  private static final java.util.regex.Pattern KPM_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
  private static final java.util.regex.Pattern SIXTEEN_DIGITS = java.util.regex.Pattern.compile("[0-9]{16}");
}
