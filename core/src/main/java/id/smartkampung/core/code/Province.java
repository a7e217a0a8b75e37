package id.smartkampung.core.code;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A province — <i>provinsi</i> — by its two-digit Kemendagri code (Permendagri 137/2017 pasal 4, with
 * the provinces formed since), with its time zone by Keppres 41/1987: WIB (UTC+7, {@code
 * Asia/Jakarta}), WITA (UTC+8, {@code Asia/Makassar}) or WIT (UTC+9, {@code Asia/Jayapura}). The
 * list is data ({@code provinces.csv}).
 *
 * @param code the two-digit code, e.g. {@code 35}; never null
 * @param name the province's name; never null
 * @param zone its time zone; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record Province(String code, String name, ZoneId zone) {
  /** Western Indonesian time — <i>Waktu Indonesia Barat</i>. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  /** Central Indonesian time — <i>Waktu Indonesia Tengah</i>. */
  public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  /** Eastern Indonesian time — <i>Waktu Indonesia Timur</i>. */
  public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  private static final ImmutableSortedMap<String, Province> ALL = load();

  public Province {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(zone, "zone");
  }

  /** The province with that two-digit code, if it is one. */
  public static Optional<Province> of(String code) {
    return Optional.ofNullable(ALL.get(requireNonNull(code, "code")));
  }

  /** All provinces by code. */
  public static ImmutableSortedMap<String, Province> all() {
    return ALL;
  }

  private static ImmutableSortedMap<String, Province> load() {
    TreeMap<String, Province> out = new TreeMap<>();
    try (InputStream in = Province.class.getResourceAsStream("provinces.csv")) {
      if (in == null) {
        throw new IllegalStateException("provinces.csv missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        ZoneId zone =
            switch (f[2]) {
              case "WIB" -> WIB;
              case "WITA" -> WITA;
              case "WIT" -> WIT;
              default -> throw new IllegalStateException("provinces.csv: zone '" + f[2] + "' is not WIB, WITA or WIT");
            };
        out.put(f[0], new Province(f[0], f[1], zone));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read provinces.csv", e);
    }
    return ImmutableSortedMap.copyOf(out);
  }
}
