package id.smartkampung.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message catalogue — <i>katalog pesan</i>: the texts of the library's codes in one {@link
 * Language}, read from {@code messages_id.properties} / {@code messages_en.properties} beside this
 * class (and, {@link #with with} another module's texts, e.g. the monitoring module's red flags).
 *
 * <p>A finding or flag carries a code and its data (arguments); the text is the code's template
 * ({@code text.CODE}) with each {@code {key}} filled from the data and written the language's way
 * according to the key's kind ({@code kinds.properties}): money as {@code Rp6.500.000} or {@code
 * IDR 6,500,000}, percentages as {@code 45,5%} or {@code 45.5%}, dates as {@code 3 Maret 2025} or
 * {@code 3 March 2025}. Without a template, or with an argument missing, the text is the code's
 * title ({@code title.CODE}: the rule in one sentence). Data keys have labels ({@code key.KEY}).
 *
 * <pre>{@code
 * Catalogue id = Catalogue.of(Language.ID);
 * for (Finding f : outcome.findings()) {
 *   System.out.println(id.severity(f.severity()) + " " + f.rule().code() + ": " + id.message(f));
 * }
 * }</pre>
 *
 * <p>{@link Finding#message()} stays the English sentence the check wrote; the catalogue is for
 * pages and reports in one language.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Catalogue {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
  private static final ImmutableMap<String, String> KINDS = read(Catalogue.class, "kinds.properties");

  private final Language language;
  private final ImmutableMap<String, String> texts;

  private Catalogue(Language language, ImmutableMap<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The library's core texts in a language. */
  public static Catalogue of(Language language) {
    requireNonNull(language, "language");
    return new Catalogue(language, read(Catalogue.class, "messages_" + language.code() + ".properties"));
  }

  /** This catalogue with more texts (another module's); a key of both takes the new text. */
  public Catalogue with(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(texts);
    all.putAll(more);
    return new Catalogue(language, ImmutableMap.copyOf(all));
  }

  /**
   * The texts of a UTF-8 properties file beside a class (in the class's own package, so that it
   * can be read from a named module too).
   *
   * @throws IllegalStateException if there is no such file
   */
  public static ImmutableMap<String, String> read(Class<?> owner, String resource) {
    Properties p = new Properties();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no message catalogue " + resource + " beside " + owner.getName());
      }
      p.load(new InputStreamReader(in, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    p.stringPropertyNames().stream().sorted().forEach(k -> b.put(k, p.getProperty(k)));
    return b.buildOrThrow();
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** True if the catalogue has a text for the key. */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /**
   * The text of a key.
   *
   * @throws IllegalArgumentException naming the key and the language if there is none
   */
  public String get(String key) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no text '" + key + "' in the " + language.code() + " message catalogue");
    }
    return t;
  }

  /** All keys (e.g. for a test that both languages have the same). */
  public Set<String> keys() {
    return texts.keySet();
  }

  /** A rule in one sentence: the {@code title.CODE} text; in English the rule's own statement. */
  public String title(Rule rule) {
    String key = "title." + rule.code();
    return has(key) || language != Language.EN ? get(key) : rule.statement();
  }

  /** A finding's text: its rule's template filled from its data, or else the rule's title. */
  public String message(Finding finding) {
    String template = texts.get("text." + finding.rule().code());
    return template != null && covers(template, finding.data()) ? fill(template, finding.data()) : title(finding.rule());
  }

  /**
   * The text of a code (a rule, flag or other code of the catalogue) with its arguments: the code's
   * template filled, or else its title.
   *
   * @throws IllegalArgumentException if the catalogue has neither for the code
   */
  public String message(String code, Map<String, String> args) {
    String template = texts.get("text." + code);
    if (template != null && covers(template, args)) {
      return fill(template, args);
    }
    for (Rule r : Rule.values()) {
      if (r.code().equals(code)) {
        return title(r);
      }
    }
    return get("title." + code);
  }

  /** A severity of a finding, for a badge. */
  public String severity(Severity severity) {
    return get("severity." + severity.name());
  }

  /** The label of a data or evidence key ({@code key.KEY}), or the key itself if it has none. */
  public String label(String key) {
    return texts.getOrDefault("key." + key, key);
  }

  /** True if a data or evidence key has a label. */
  public boolean hasLabel(String key) {
    return has("key." + key);
  }

  /**
   * A data value written the language's way according to its key's kind: money, percent (0–100),
   * fraction (0–1, shown as a percentage), date, number, points (one decimal), index (three
   * decimals), term (translated by {@code term.VALUE}, the value's words joined by {@code -}); text
   * and values that do not parse as their kind are shown as they are. The kind of a key is {@code
   * kind.KEY} of the catalogue's texts, else of the core's {@code kinds.properties}.
   */
  public String value(String key, String value) {
    String kind = texts.getOrDefault("kind." + key, KINDS.getOrDefault(key, "text"));
    try {
      return switch (kind) {
        case "money" -> money(new BigDecimal(value));
        case "percent" -> percent(new BigDecimal(value));
        case "fraction" -> percent(new BigDecimal(value).movePointRight(2));
        case "number" -> number(new BigDecimal(value));
        case "points" -> decimal(new BigDecimal(value), 1);
        case "index" -> decimal(new BigDecimal(value), 3);
        case "date" -> date(LocalDate.parse(value));
        case "term" -> texts.getOrDefault("term." + slug(value), value);
        default -> value;
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      return value;
    }
  }

  /** An amount of rupiah: {@code Rp6.500.000} or {@code IDR 6,500,000}; sen only when not zero. */
  public String money(BigDecimal rupiah) {
    long sen = rupiah.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    boolean negative = sen < 0;
    BigInteger[] parts = BigInteger.valueOf(sen).abs().divideAndRemainder(BigInteger.valueOf(100));
    boolean id = language == Language.ID;
    String whole = group(parts[0].toString(), id ? '.' : ',');
    int cents = parts[1].intValue();
    String frac = cents == 0 ? "" : (id ? "," : ".") + String.format("%02d", cents);
    return (negative ? "-" : "") + (id ? "Rp" : "IDR ") + whole + frac;
  }

  /** A percentage (0–100) with one decimal: {@code 45,5%} or {@code 45.5%}. */
  public String percent(BigDecimal percent) {
    String s = percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return (language == Language.ID ? s.replace('.', ',') : s) + "%";
  }

  /** A number with thousands grouped and no trailing zeros: {@code 1.250,5} or {@code 1,250.5}. */
  public String number(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0, RoundingMode.UNNECESSARY);
    }
    String plain = s.abs().toPlainString();
    int dot = plain.indexOf('.');
    boolean id = language == Language.ID;
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : (id ? "," : ".") + plain.substring(dot + 1);
    return (s.signum() < 0 ? "-" : "") + group(whole, id ? '.' : ',') + frac;
  }

  /** A date: {@code 3 Maret 2025} or {@code 3 March 2025}. */
  public String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
  }

  /** A decimal with a fixed number of places: {@code -45,0} or {@code -45.0}. */
  public String decimal(BigDecimal value, int places) {
    String s = value.setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    return language == Language.ID ? s.replace('.', ',') : s;
  }

  /**
   * The key of a term: its letters and digits, runs of anything else as one {@code -}, e.g. {@code
   * report-to-the-pka} for "report to the PKA"; an enum constant such as {@code TPK_SWAKELOLA} stays.
   */
  static String slug(String value) {
    if (value.matches("[A-Z0-9_]+")) {
      return value;
    }
    return value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** The placeholders of a template, in order. */
  public static Set<String> placeholders(String template) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static boolean covers(String template, Map<String, String> args) {
    return args.keySet().containsAll(placeholders(template));
  }

  private String fill(String template, Map<String, String> args) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      m.appendReplacement(sb, Matcher.quoteReplacement(value(key, args.get(key))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String group(String digits, char sep) {
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(sep).append(digits, i, i + 3);
    }
    return sb.toString();
  }
}
