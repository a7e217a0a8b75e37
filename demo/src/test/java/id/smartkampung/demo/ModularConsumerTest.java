package id.smartkampung.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application (issue 16): a {@code module-info} that says {@code requires
 * id.smartkampung.core} is compiled with the JDK's compiler against the library and its
 * dependencies on the module path, and run in a separate JVM. What such an application adds, and
 * why, is the README's recipe:
 *
 * <ul>
 *   <li>{@code smartkampung-core} is an automatic module ({@code Automatic-Module-Name:
 *       id.smartkampung.core}); it declares no dependencies, so the application also says {@code
 *       requires com.google.common} (Guava, whose types such as {@code ImmutableList} are in the
 *       library's API) and {@code requires java.money} (JSR 354's {@code MonetaryAmount}, in the
 *       API too); Jackson and JSpecify are automatic or explicit modules resolved with them
 *       ({@code --add-modules ALL-MODULE-PATH} resolves whatever else is on the module path);
 *   <li>Moneta ({@code moneta-core}) goes on the <b>class path</b>, not the module path, with its
 *       dependency {@code jakarta.annotation-api} (Moneta sorts its providers by {@code @Priority}):
 *       Moneta's descriptor {@code requires okhttp3}, which the library excludes (it serves only
 *       online exchange rates), so Moneta cannot be resolved as a module; on the class path the
 *       descriptor is ignored, {@code java.money} finds Moneta's providers by the service loader,
 *       and the automatic core module reads the class path.
 * </ul>
 */
class ModularConsumerTest {
  @TempDir Path dir;

  static final String MODULE_INFO = """
      module village.app {
        requires id.smartkampung.core;
        requires com.google.common;
        requires java.money;
      }
      """;

  static final String MAIN = """
      package village.app;

      import id.smartkampung.core.budget.Apbdes;
      import id.smartkampung.core.budget.BudgetJson;
      import id.smartkampung.core.budget.BudgetValidation;
      import id.smartkampung.core.budget.BudgetValidator;
      import id.smartkampung.core.money.Idr;
      import id.smartkampung.core.policy.PolicyPack;
      import id.smartkampung.core.rule.Rule;
      import id.smartkampung.core.text.Catalogue;
      import id.smartkampung.core.text.Language;
      import java.nio.file.Path;

      public class Main {
        public static void main(String[] args) throws Exception {
          Apbdes budget = BudgetJson.read(Path.of(args[0]));
          BudgetValidation v = BudgetValidator.of(PolicyPack.forYear(budget.fiscalYear())).validate(budget);
          System.out.println("module " + Main.class.getModule().getName() + " uses " + Apbdes.class.getModule().getName());
          System.out.println(v.isClean() ? "clean" : v.errors().size() + " error(s)");
          System.out.println(Catalogue.of(Language.ID).money(new java.math.BigDecimal(Idr.format(Idr.of(6_500_000L)))));
          System.out.println(Catalogue.of(Language.ID).title(Rule.BALANCE));
        }
      }
      """;

  @Test
  @DisplayName("an application with module-info 'requires id.smartkampung.core' compiles and runs (Moneta on the class path)")
  void modularApplication() throws Exception {
    Path src = dir.resolve("src/village.app");
    Files.createDirectories(src.resolve("village/app"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("village/app/Main.java"), MAIN);

    List<Path> modulePath = new ArrayList<>();
    modulePath.add(asModuleJar(jarOf(id.smartkampung.core.budget.Apbdes.class), "id.smartkampung.core"));
    for (Class<?> c : List.of(
        com.google.common.collect.ImmutableList.class,
        com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class,
        org.jspecify.annotations.NullMarked.class,
        com.fasterxml.jackson.databind.ObjectMapper.class,
        com.fasterxml.jackson.core.JsonParser.class,
        com.fasterxml.jackson.annotation.JsonProperty.class,
        com.fasterxml.jackson.dataformat.csv.CsvMapper.class,
        javax.money.MonetaryAmount.class)) {
      modulePath.add(jarOf(c));
    }
    String classPath = jarOf(org.javamoney.moneta.Money.class) + java.io.File.pathSeparator + jarOf(jakarta.annotation.Priority.class);
    String mp = modulePath.stream().map(Path::toString).distinct().collect(Collectors.joining(java.io.File.pathSeparator));

    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "--module-path", mp,
        "--module-source-path", dir.resolve("src").toString(), "--module", "village.app", "-Xlint:-module");
    assertEquals(0, rc, () -> "javac: " + diagnostics.toString(UTF_8));

    Path budget = Path.of("examples/apbdes-sumberagung-2025.json").toAbsolutePath();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "--module-path", classes.resolve("village.app") + java.io.File.pathSeparator + mp,
        "--class-path", classPath, "--add-modules", "ALL-MODULE-PATH", "-m", "village.app/village.app.Main", budget.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the application ends");
    assertEquals(0, p.exitValue(), () -> "the application failed:\n" + out);
    assertTrue(out.contains("module village.app uses id.smartkampung.core"), out);
    assertTrue(out.contains("clean"), out);
    assertTrue(out.contains("Rp6.500.000"), out);
    assertTrue(out.contains("anggaran berimbang"), "the catalogue is read from inside the named module: " + out);
  }

  static Path jarOf(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The module's jar as the build makes it: a directory of classes (a reactor build) is jarred with its Automatic-Module-Name. */
  private Path asModuleJar(Path location, String moduleName) throws IOException {
    if (Files.isRegularFile(location)) {
      return location;
    }
    Path jar = dir.resolve(moduleName + ".jar");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), moduleName);
    try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, mf); Stream<Path> files = Files.walk(location)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        j.putNextEntry(new JarEntry(location.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, j);
        j.closeEntry();
      }
    }
    return jar;
  }
}
