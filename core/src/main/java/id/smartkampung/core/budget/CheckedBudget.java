package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A budget read from a file together with its validation — <i>APBDes beserta hasil verifikasinya</i>
 * — where every finding names its place in the file (a JSON path such as {@code $.lines[7].amount},
 * or {@code line 9, column amount} in a CSV), not the budget's canonical line index. Whole-budget
 * findings (balance, fund sources, policy shares) have the path {@code $} in JSON and an empty path
 * in CSV.
 *
 * @param budget the budget; never null
 * @param validation all findings of {@link BudgetValidator}, with file paths; never null
 * @param source the file name; null when the input was not named
 */
@Api(Api.Status.STABLE)
public record CheckedBudget(Apbdes budget, BudgetValidation validation, @Nullable String source) {
  public CheckedBudget {
    requireNonNull(budget, "budget");
    requireNonNull(validation, "validation");
  }

  /**
   * Validates a budget read from a file: {@code fileLines.get(j)} is the line found at {@code
   * filePaths.get(j)}; the budget holds them in canonical order (a stable sort), so the same stable
   * sort of (line, path) pairs names each canonical line by its place in the file. {@code
   * rewritePath} turns the validator's paths (file path plus {@code .amount} …) into the file's
   * notation.
   */
  static CheckedBudget validate(
      Apbdes budget,
      List<BudgetLine> fileLines,
      List<String> filePaths,
      BudgetValidator validator,
      @Nullable String source,
      UnaryOperator<String> rewritePath) {
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < fileLines.size(); j++) {
      order.add(j);
    }
    order.sort(Comparator.comparing(fileLines::get, BudgetLine.CANONICAL));
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      BudgetLine atFile = fileLines.get(order.get(i));
      if (!atFile.equals(budget.lines().get(i))) {
        throw new IllegalStateException("budget lines are not the file's lines in canonical order");
      }
      paths.add(filePaths.get(order.get(i)));
    }
    BudgetValidation v = validator.validate(budget, paths::get);
    ImmutableList<Finding> findings =
        v.findings().stream().map(f -> f.at(rewritePath.apply(f.path()))).collect(ImmutableList.toImmutableList());
    return new CheckedBudget(budget, new BudgetValidation(findings), source);
  }
}
