package id.smartkampung.core.interchange.siskeudes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.journal.BatchOutcome;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A village's year read from a Siskeudes export — <i>data tahunan hasil impor</i>: the village, the
 * budget as enacted and after its revision, and the treasury history as the ledger's operations in
 * date order, each with the row it comes from. Immutable; nothing is written until {@link
 * #writeBook}.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesYear {
  private final Village village;
  private final PolicyPack policy;
  private final Apbdes budget;
  private final Optional<Apbdes> revision;
  private final ImmutableList<Operation> operations;
  private final ImmutableMap<OperationId, Place> places;
  private final ImmutableList<Finding> notices;
  private final ImmutableList<ExpectedTax> expectedTaxes;

  /** A tax withheld as the export says ({@code Ta_SPPPot}): on which SPP, which tax, how much, which row. */
  record ExpectedTax(OperationId spp, TaxType tax, Money amount, Place place) {}

  SiskeudesYear(Village village, PolicyPack policy, Apbdes budget, Optional<Apbdes> revision, ImmutableList<Operation> operations,
      ImmutableMap<OperationId, Place> places, ImmutableList<Finding> notices, ImmutableList<ExpectedTax> expectedTaxes) {
    this.expectedTaxes = requireNonNull(expectedTaxes, "expectedTaxes");
    this.village = requireNonNull(village, "village");
    this.policy = requireNonNull(policy, "policy");
    this.budget = requireNonNull(budget, "budget");
    this.revision = requireNonNull(revision, "revision");
    this.operations = requireNonNull(operations, "operations");
    this.places = requireNonNull(places, "places");
    this.notices = requireNonNull(notices, "notices");
  }

  /** The village (kode desa from {@code Ta_Pemda} and {@code Ta_Desa}, names from {@code Ref_Desa}, {@code Ref_Kecamatan}, {@code Ta_Pemda}). */
  public Village village() {
    return village;
  }

  /** The fiscal year ({@code Ta_Desa.Tahun}). */
  public int fiscalYear() {
    return policy.fiscalYear();
  }

  /** The shipped policy pack of the year, under which the operations are checked. */
  public PolicyPack policy() {
    return policy;
  }

  /** The budget as enacted ({@code Anggaran}). */
  public Apbdes budget() {
    return budget;
  }

  /** The budget after its revision ({@code AnggaranStlhPAK}), when {@code Ta_Desa} names a Perdes perubahan. */
  public Optional<Apbdes> revision() {
    return revision;
  }

  /** The operations, in the order they are posted. */
  public ImmutableList<Operation> operations() {
    return operations;
  }

  /** The row an operation comes from. */
  public Optional<Place> place(OperationId id) {
    return Optional.ofNullable(places.get(id));
  }

  /**
   * What was read but not imported, as warnings naming table and row: tables no operation
   * expresses yet ({@link SiskeudesSchema#NOT_EXPRESSED}), quantities whose unit the library does
   * not take, implementers the export does not name.
   */
  public ImmutableList<Finding> notices() {
    return notices;
  }

  /**
   * Checks every operation on a fresh ledger of the village's year, in order, continuing after a
   * rejected one (which is left out): the errors of each rejected operation, each placed at the
   * row the operation comes from ({@code Ta_SPPBukti row 4}, with the ledger's own path in the
   * message). A rejection may cause later ones (an SPP refused, its payment refused too); the
   * first names the cause. Warnings of accepted operations are not included.
   */
  public ImmutableList<Finding> check() {
    return run().stream().filter(Finding::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * The warnings of {@link #check()}'s run: each tax the ledger withheld (at the year's rates, on
   * the SPP's amount) that differs from the amount the export gives in {@code Ta_SPPPot}, placed at
   * that row ({@link Rule#BOOKS_UNRECONCILED}, a warning: the ledger's amount is the one posted).
   */
  public ImmutableList<Finding> taxDifferences() {
    return run().stream().filter(f -> !f.isError()).collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<Finding> run() {
    Ledger ledger = Ledger.create(village, policy);
    List<Finding> out = new ArrayList<>();
    for (Operation op : operations) {
      Outcome o = ledger.apply(op);
      if (o.isRejected()) {
        out.addAll(placed(op, o.findings()));
      }
    }
    Map<OperationId, Map<TaxType, Money>> withheld = new java.util.HashMap<>();
    for (TaxBook.Line l : ledger.taxBook(LocalDate.of(fiscalYear(), 12, 31)).lines()) {
      withheld.computeIfAbsent(l.spp(), k -> new java.util.EnumMap<>(TaxType.class)).merge(l.tax(), l.withheld(), Money::add);
    }
    for (ExpectedTax e : expectedTaxes) {
      Money computed = withheld.getOrDefault(e.spp(), Map.of()).getOrDefault(e.tax(), Idr.ZERO);
      if (!computed.isEqualTo(e.amount()) && ledger.sppStatus(e.spp()).isPresent()) {
        out.add(SiskeudesFormatException.at(Rule.BOOKS_UNRECONCILED, Severity.WARNING, e.place().table(), e.place().row(), Optional.of("Nilai"),
            e.tax() + " of " + SiskeudesCodes.amount(e.amount()) + " in the export; the ledger withholds " + SiskeudesCodes.amount(computed)
                + " at the " + fiscalYear() + " rates on " + e.spp() + " (its amount is posted)"));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private List<Finding> placed(Operation op, List<Finding> findings) {
    Place p = places.get(op.id());
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.isError()) {
        continue;
      }
      Map<String, String> data = new LinkedHashMap<>(f.data());
      data.put("table", p.table());
      data.put("row", Integer.toString(p.row()));
      data.put("operation", op.id().value());
      out.add(new Finding(f.rule(), f.severity(), f.message() + " (operation " + op.id() + ", " + op.kind() + (f.path().isEmpty() ? "" : ", " + f.path()) + ")",
          p.toString(), ImmutableMap.copyOf(data)));
    }
    return out;
  }

  /**
   * Writes the year to a new book at {@code journal}, all or nothing: every operation is first
   * checked ({@link #check()}); if any is rejected, a {@link SiskeudesFormatException} lists them
   * by row and nothing is written. Otherwise the book is built in a temporary file beside {@code
   * journal} ({@code NAME.importing}), all operations posted as one batch with one forced write
   * ({@link VillageBook#applyAllUnsigned}), the book closed and the file moved to {@code journal}
   * in one atomic step. A crash leaves either no {@code journal} or the whole one (and perhaps the
   * temporary file, which the next import replaces).
   *
   * @throws SiskeudesFormatException listing every rejected operation by row; nothing is written
   * @throws FileAlreadyExistsException if {@code journal} exists
   * @throws IOException if the book cannot be written
   */
  public void writeBook(Path journal) throws IOException {
    requireNonNull(journal, "journal");
    if (Files.exists(journal)) {
      throw new FileAlreadyExistsException(journal.toString(), null, "a book exists there: an import writes a new one");
    }
    ImmutableList<Finding> errors = check();
    if (!errors.isEmpty()) {
      throw new SiskeudesFormatException(errors);
    }
    Path tmp = journal.resolveSibling(journal.getFileName() + ".importing");
    Files.deleteIfExists(tmp);
    boolean moved = false;
    try {
      try (VillageBook book = VillageBook.create(tmp, village, policy)) {
        BatchOutcome outcome = book.applyAllUnsigned(operations);
        if (!outcome.isComplete()) {
          Outcome rejected = outcome.rejection().orElseThrow();
          throw new SiskeudesFormatException(placed(rejected.operation(), rejected.findings()));
        }
      }
      Files.move(tmp, journal, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  @Override
  public String toString() {
    return "Siskeudes year " + fiscalYear() + " of " + village.name() + " (" + operations.size() + " operations)";
  }
}
