package id.smartkampung.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.smartkampung.core.Api;
import id.smartkampung.demo.scenario.ScenarioResult;
import id.smartkampung.monitoring.Percent;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 5: no {@code Optional} parameters in public methods or constructors (a record's
 * canonical constructor included) of core, monitoring and demo. An absent value is a {@code
 * @Nullable} parameter or record component (JSpecify), or an overload without it.
 */
class NoOptionalParametersTest {
  private static final Set<Class<?>> OPTIONALS = Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  @Test
  void noPublicMethodOrConstructorTakesAnOptional() throws Exception {
    List<String> offending = new ArrayList<>();
    int scanned = 0;
    for (Class<?> anchor : List.of(Api.class, Percent.class, ScenarioResult.class)) {
      for (String name : classNames(anchor)) {
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (!isPublicApi(c)) {
          continue;
        }
        scanned++;
        List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
        members.addAll(List.of(c.getDeclaredMethods()));
        for (Executable e : members) {
          if (!Modifier.isPublic(e.getModifiers()) || e.isSynthetic()) {
            continue;
          }
          for (Class<?> p : e.getParameterTypes()) {
            if (OPTIONALS.contains(p)) {
              offending.add(c.getName() + " " + e);
              break;
            }
          }
        }
      }
    }
    assertFalse(scanned < 100, "only " + scanned + " public types found: the scan did not see the classes");
    assertEquals(List.of(), offending, "public members with an Optional parameter (use @Nullable or an overload)");
  }

  private static boolean isPublicApi(Class<?> c) {
    if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The classes of the module (directory or jar) {@code anchor} was loaded from. */
  private static Set<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.map(root::relativize).map(Path::toString).forEach(f -> add(names, f.replace('\\', '/')));
      }
    } else {
      try (ZipFile zip = new ZipFile(root.toFile())) {
        zip.stream().forEach(e -> add(names, e.getName()));
      }
    }
    return names;
  }

  private static void add(Set<String> names, String file) {
    if (file.endsWith(".class") && !file.endsWith("module-info.class") && !file.endsWith("package-info.class")) {
      names.add(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
    }
  }
}
