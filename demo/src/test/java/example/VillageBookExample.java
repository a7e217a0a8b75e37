package example;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

/** The village's book: its ledger, kept in a journal file that an auditor can check offline. */
public class VillageBookExample {
  public static void main(String[] args) throws IOException, JournalException {
    Path file = Path.of(args.length > 0 ? args[0] : "jurnal-sumberagung-2025.jsonl"); // a new file
    Apbdes apbdes = BudgetJson.example(); // Desa Sumberagung, Banyuwangi, 2025
    // ids from the village's register of officials: never a NIK or NIP (the journal is public)
    Official kades = Official.of("kd", "Bambang Wijaya", Role.KEPALA_DESA);
    Official sekdes = Official.of("sd", "Siti Aminah", Role.SEKRETARIS_DESA);
    Official kaur = Official.of("kk", "Dewi Lestari", Role.KAUR_KEUANGAN);
    Official kasi = Official.of("pka", "Agus Santoso", Role.PELAKSANA_KEGIATAN);
    Official bupati = Official.of("ev", "Bagian Pemdes", Role.EVALUATOR_KABUPATEN);
    SigningKey kadesKey = SigningKey.generate(); // kept on the Kepala Desa's phone
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    BudgetItemKey rabat = BudgetItemKey.of(jalan, AccountCode.parse("5.3.5.01"), FundSource.DDS);
    Instant t = Instant.parse("2024-12-02T02:00:00Z");

    try (VillageBook book = VillageBook.create(file, apbdes.village(), 2025)) {
      // applyOrThrow: a rejected operation throws RuleViolationException (nothing changed)
      book.applyOrThrow(new RegisterOfficial(OperationId.of("r1"), kades, t, kades,
          ImmutableSortedSet.of(), kadesKey.publicKey().base64()), kadesKey);
      book.applyOrThrow(RegisterOfficial.of(OperationId.of("r2"), kades, t, sekdes, Set.of()), kadesKey);
      book.applyOrThrow(RegisterOfficial.of(OperationId.of("r3"), kades, t, kaur, Set.of()), kadesKey);
      book.applyOrThrow(RegisterOfficial.of(OperationId.of("r4"), kades, t, kasi, Set.of(jalan)), kadesKey);
      book.applyOrThrow(new DraftBudget(OperationId.of("b1"), sekdes, t, apbdes, "RAPBDes 2025"));
      book.applyOrThrow(new AgreeBudget(OperationId.of("b2"), kades, t, "BA BPD 07/2024"), kadesKey);
      book.applyOrThrow(new EvaluateBudget(OperationId.of("b3"), bupati, t, "Evaluasi 140/2024"));
      book.applyOrThrow(new EnactBudget(OperationId.of("b4"), kades, t, "Perdes 5/2024"), kadesKey);

      Instant feb = Instant.parse("2025-02-12T02:00:00Z");
      book.applyOrThrow(new ReceiveRevenue(OperationId.of("k1"), kaur, feb, AccountCode.parse("4.2.1.01"),
          FundSource.DDS, Idr.of(404_938_000), 1, "Tahap I"));
      // an SPP with its lines: each line its budget item, its payee (by the register's id) and what it buys
      Payee toko = Payee.supplier("tb-maju", "TB Maju", TaxId.npwp("01.234.567.8-901.000"), true); // a PKP
      book.applyOrThrow(new SubmitLinedSpp(OperationId.of("spp1"), kasi, feb, ImmutableList.of(toko),
          ImmutableList.of(new SubmitLinedSpp.Line(rabat, "tb-maju", PurchaseKind.GOODS, Idr.of(120_000_000))),
          "Semen dan batu pecah"));
      book.applyOrThrow(new VerifySpp(OperationId.of("v1"), sekdes, feb, OperationId.of("spp1")));

      // apply returns the outcome to look at: the submitter may not approve his own request
      Outcome self = book.apply(new ApproveSpp(OperationId.of("a0"), kasi, feb, OperationId.of("spp1")));
      System.out.println(self.findings()); // [ERROR I7.wrong-role ..., ERROR I7.segregation-of-duties ...]; nothing changed

      book.applyOrThrow(new ApproveSpp(OperationId.of("a1"), kades, feb, OperationId.of("spp1")), kadesKey);
      // its taxes were determined at submission by tax-2025.json; they are withheld at payment
      book.applyOrThrow(new PaySpp(OperationId.of("p1"), kaur, feb, OperationId.of("spp1"),
          ImmutableSortedSet.of(), "Transfer RKD"));
      System.out.println(book.ledger().realised(rabat)); // IDR 120000000
      book.ledger().taxPeriodBook().orElseThrow().periods().forEach(p -> System.out.println(
          p.period() + " " + Idr.format(p.withheld()) + " due " + p.due()));
      // PPh 22 2025-02 1621622.00 due 2025-03-17 (1.5 % of the price without PPN, 108108108)
      // PPN 2025-02 11891892.00 due 2025-03-17    (11/111 of the payment; the 15th is a Saturday)
      // the shop is paid 106486486; one deposit (billing code, NTPN) per tax type and period
      book.applyOrThrow(new DepositTaxPeriod(OperationId.of("d1"), kaur, Instant.parse("2025-03-10T02:00:00Z"),
          Levy.PPN, YearMonth.of(2025, 2), Idr.of(11_891_892), "820250310001", "NTPN 0A1B2C3D4E5F6G7H"));
      System.out.println(book.anchor()); // the last entry and its hash: publish it
    }
    AuditReport audit = JournalAudit.audit(file); // offline: chain, signatures, every rule
    System.out.println(audit.isClean() ? "clean" : audit.errors());
  }
}
