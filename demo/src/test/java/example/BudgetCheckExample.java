package example;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetFormatException;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetValidation;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.policy.PolicyPack;
import java.io.IOException;
import java.nio.file.Path;

/** Checks a budget file against every rule of its fiscal year, all findings at once. */
public class BudgetCheckExample {
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "apbdes-sumberagung-2025.json");
    try {
      Apbdes budget = BudgetJson.read(path);
      BudgetValidation v = BudgetValidator.of(PolicyPack.forYear(budget.fiscalYear())).validate(budget);
      System.out.println(v.isClean() ? "clean" : v.errors().size() + " error(s)");
      v.findings().forEach(System.out::println); // e.g. ERROR I3.balance at $: the budget does not balance ...
    } catch (BudgetFormatException e) { // not a budget file: every problem with its JSON path
      e.findings().forEach(System.out::println);
    }
  }
}
