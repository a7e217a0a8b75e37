package id.smartkampung.demo.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the auditor's guide ({@code core/AUDITING.md}) honest: every Java example in it is a test
 * of this package, verbatim ({@link SumberagungHistoryProperties}, {@link
 * VillageAppLedgerProperties}), compiled against the kit's public API only and run by {@code mvn
 * verify} like any auditor's property class. Change an example here and in the guide together.
 */
class AuditorKitUsageTest {
  private static final Path GUIDE = Path.of("..", "core", "AUDITING.md");
  private static final Path EXAMPLES = Path.of("src", "test", "java", "id", "smartkampung", "demo", "audit");

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void everyJavaExampleOfTheGuideIsATestOfThisPackageVerbatim() throws IOException {
    String guide = Files.readString(GUIDE).replace("\r\n", "\n");
    List<String> blocks = javaBlocks(guide);
    assertFalse(blocks.isEmpty(), "the guide shows Java examples");
    List<String> sources = new ArrayList<>();
    for (String file : List.of("SumberagungHistoryProperties.java", "VillageAppLedgerProperties.java", "VillageJournalProperties.java")) {
      sources.add(Files.readString(EXAMPLES.resolve(file)).replace("\r\n", "\n"));
    }
    for (String block : blocks) {
      assertTrue(sources.stream().anyMatch(s -> s.contains(block)), () -> "not found verbatim in the example tests:\n" + block);
    }
  }

  @Test
  void theGuideShowsWholeClassesNotFragments() throws IOException {
    String guide = Files.readString(GUIDE).replace("\r\n", "\n");
    assertTrue(javaBlocks(guide).stream().anyMatch(b -> b.contains("class SumberagungHistoryProperties implements LedgerHistoryContract")));
    assertTrue(javaBlocks(guide).stream().anyMatch(b -> b.contains("class VillageAppLedgerProperties implements LedgerContract")));
    assertTrue(javaBlocks(guide).stream().anyMatch(b -> b.contains("class VillageJournalProperties implements LedgerHistoryContract")));
  }
}
