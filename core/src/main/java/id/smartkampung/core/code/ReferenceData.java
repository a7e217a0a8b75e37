package id.smartkampung.core.code;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The reference lists — <i>data referensi</i> — of the village chart of accounts
 * (<i>Bagan Akun Standar</i>, Permendagri 20/2018): account codes, bidang/sub-bidang/kegiatan codes
 * and fund sources, with their names. Shipped as CSV resources next to this class.
 *
 * <p>Account codes are listed down to jenis (and objek where the name is standard); an objek number
 * under a listed jenis is known, since objek lists differ per district. Kegiatan numbers under a
 * listed sub-bidang are known for the same reason. Fund sources are known only when listed; the
 * list can be extended with {@link #withFundSource}.
 *
 * <p>Immutable and safe to share between threads.
 */
@Api(Api.Status.STABLE)
public final class ReferenceData {
  private static final ReferenceData STANDARD = loadStandard();

  private final ImmutableSortedMap<AccountCode, String> accounts;
  private final ImmutableMap<AccountCode, FundSource> revenueFundSources;
  private final ImmutableSortedMap<String, String> kegiatan;
  private final ImmutableSortedMap<FundSource, String> fundSources;
  /** The listed accounts and fund sources again, as hash sets: ledgers ask on every receipt. */
  private final ImmutableSet<AccountCode> accountSet;
  private final ImmutableSet<FundSource> fundSourceSet;

  private ReferenceData(
      ImmutableSortedMap<AccountCode, String> accounts,
      ImmutableMap<AccountCode, FundSource> revenueFundSources,
      ImmutableSortedMap<String, String> kegiatan,
      ImmutableSortedMap<FundSource, String> fundSources) {
    this.accounts = accounts;
    this.revenueFundSources = revenueFundSources;
    this.kegiatan = kegiatan;
    this.fundSources = fundSources;
    this.accountSet = ImmutableSet.copyOf(accounts.keySet());
    this.fundSourceSet = ImmutableSet.copyOf(fundSources.keySet());
  }

  /** The standard lists shipped with the library. */
  public static ReferenceData standard() {
    return STANDARD;
  }

  /** A copy that also knows the given fund source (e.g. a district's own {@code SWD} swadaya). */
  public ReferenceData withFundSource(FundSource source, String name) {
    var copy = new java.util.TreeMap<>(fundSources);
    copy.put(requireNonNull(source), requireNonNull(name));
    return new ReferenceData(accounts, revenueFundSources, kegiatan, ImmutableSortedMap.copyOf(copy));
  }

  /** True when the code is listed, or is an objek under a listed jenis. */
  public boolean isKnown(AccountCode code) {
    return accountSet.contains(code)
        || (code.level() == AccountCode.Level.OBJEK
            && accountSet.contains(code.truncatedTo(AccountCode.Level.JENIS)));
  }

  /** True when the code's sub-bidang is listed (kegiatan numbers within it are open). */
  public boolean isKnown(KegiatanCode code) {
    return kegiatan.containsKey(code.subBidangCode());
  }

  /** True when the fund source is listed. */
  public boolean isKnown(FundSource source) {
    return fundSourceSet.contains(source);
  }

  /** The name of the account, or of its nearest listed ancestor. */
  public Optional<String> name(AccountCode code) {
    for (AccountCode.Level l = code.level(); ; l = AccountCode.Level.values()[l.ordinal() - 1]) {
      String n = accounts.get(code.truncatedTo(l));
      if (n != null || l == AccountCode.Level.AKUN) {
        return Optional.ofNullable(n);
      }
    }
  }

  /** The name of a kegiatan, sub-bidang ({@code 02.03}) or bidang ({@code 02}) code, if listed. */
  public Optional<String> kegiatanName(String code) {
    return Optional.ofNullable(kegiatan.get(code));
  }

  /** The name of a kegiatan if listed. */
  public Optional<String> name(KegiatanCode code) {
    return kegiatanName(code.toString());
  }

  /** The name of the fund source, if listed. */
  public Optional<String> name(FundSource source) {
    return Optional.ofNullable(fundSources.get(source));
  }

  /**
   * The fund source a revenue account brings in by its nature (4.2.1 → DDS, 4.2.3 → ADD, 4.1 → PAD,
   * …), used when a published budget leaves the fund source column empty.
   */
  public Optional<FundSource> naturalFundSource(AccountCode revenueAccount) {
    for (AccountCode.Level l = revenueAccount.level(); ; l = AccountCode.Level.values()[l.ordinal() - 1]) {
      FundSource f = revenueFundSources.get(revenueAccount.truncatedTo(l));
      if (f != null || l == AccountCode.Level.AKUN) {
        return Optional.ofNullable(f);
      }
    }
  }

  /** All listed fund sources with their names, in code order. */
  public Map<FundSource, String> fundSources() {
    return fundSources;
  }

  /** All listed bidang, sub-bidang and kegiatan codes with their names, in code order. */
  public Map<String, String> kegiatanCodes() {
    return kegiatan;
  }

  /** All listed account codes with their names, in code order. */
  public Map<AccountCode, String> accounts() {
    return accounts;
  }

  private static ReferenceData loadStandard() {
    var accounts = ImmutableSortedMap.<AccountCode, String>naturalOrder();
    var natural = ImmutableMap.<AccountCode, FundSource>builder();
    for (Map<String, String> row : rows("accounts.csv")) {
      AccountCode code = AccountCode.parse(row.get("code"));
      accounts.put(code, row.get("name"));
      String fs = row.get("fund_source");
      if (fs != null && !fs.isEmpty()) {
        natural.put(code, FundSource.parse(fs));
      }
    }
    var kegiatan = ImmutableSortedMap.<String, String>naturalOrder();
    for (Map<String, String> row : rows("kegiatan.csv")) {
      kegiatan.put(row.get("code"), row.get("name"));
    }
    var sources = ImmutableSortedMap.<FundSource, String>naturalOrder();
    for (Map<String, String> row : rows("fund-sources.csv")) {
      sources.put(FundSource.parse(row.get("code")), row.get("name"));
    }
    return new ReferenceData(accounts.build(), natural.build(), kegiatan.build(), sources.build());
  }

  private static Iterable<Map<String, String>> rows(String resource) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference list " + resource + " missing from the jar");
      }
      MappingIterator<Map<String, String>> it =
          new CsvMapper()
              .readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(in);
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference list " + resource, e);
    }
  }
}
