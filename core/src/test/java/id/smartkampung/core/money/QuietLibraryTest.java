package id.smartkampung.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.policy.PolicyPack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a library stays quiet. In a fresh JVM (Moneta not yet initialised, java.util.logging as
 * the JDK configures it), using the library writes nothing to stderr: Moneta's {@code INFO: Using
 * custom MathContext} is not printed. And only that logger is touched.
 */
class QuietLibraryTest {
  /** What an application does first: money, a budget, a validation. */
  public static final class App {
    public static void main(String[] args) {
      System.out.println(Idr.of(1_500_000));
      System.out.println(BudgetValidator.of(PolicyPack.forYear(2025)).validate(BudgetJson.example()).isClean());
      System.out.println(java.util.logging.Logger.getLogger("org.javamoney.moneta").getLevel());
    }
  }

  @Test
  void usingTheLibraryPrintsNothingOnStderr() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), App.class.getName()).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), new String(err, StandardCharsets.UTF_8));
    assertEquals("", new String(err, StandardCharsets.UTF_8), "nothing on stderr");
    assertEquals("IDR 1500000\ntrue\nnull\n", new String(out, StandardCharsets.UTF_8).replace("\r", ""),
        "the money, the validation, and Moneta's other loggers left as the application has them");
  }
}
