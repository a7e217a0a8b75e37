package id.smartkampung.monitoring.testkit;

import id.smartkampung.core.budget.Village;
import id.smartkampung.monitoring.site.GeoPoint;
import java.util.List;

/**
 * Villages of Kabupaten Banyuwangi with an approximate centre — <i>desa dan titik pusatnya</i> —
 * for the generators. Names and kecamatan are real; the kode desa and the coordinates are
 * illustrative (near the real ones, not authoritative). Package-private.
 */
final class Places {
  /** A village and the point its projects are built around. */
  record Place(Village village, GeoPoint centre) {}

  /** Bounding box of the kabupaten, degrees. */
  static final double MIN_LAT = -8.75;
  static final double MAX_LAT = -7.85;
  static final double MIN_LON = 113.90;
  static final double MAX_LON = 114.42;

  static final List<Place> ALL = List.of(
      place("35.10.16.2003", "Kemiren", "Glagah", -8.2105, 114.3302),
      place("35.10.16.2004", "Olehsari", "Glagah", -8.2060, 114.3220),
      place("35.10.16.2010", "Tamansuruh", "Glagah", -8.1900, 114.3100),
      place("35.10.01.2003", "Sumberagung", "Pesanggaran", -8.5900, 114.0200),
      place("35.10.01.2005", "Sarongan", "Pesanggaran", -8.5800, 113.9500),
      place("35.10.12.2002", "Gombengsari", "Kalipuro", -8.1300, 114.3300),
      place("35.10.15.2005", "Tamansari", "Licin", -8.1600, 114.2300),
      place("35.10.08.2009", "Sumberarum", "Songgon", -8.2500, 114.1700));

  private Places() {}

  private static Place place(String code, String name, String kecamatan, double lat, double lon) {
    return new Place(Village.of(code, name, kecamatan, "Banyuwangi"), GeoPoint.of(lat, lon));
  }
}
