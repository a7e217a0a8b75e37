package id.smartkampung.monitoring.testkit;

import id.smartkampung.core.code.KegiatanCode;
import java.util.List;

/**
 * The kinds of village works the generators build — <i>jenis pekerjaan fisik</i> — with the
 * kegiatan they are budgeted under (Permendagri 20/2018), the output unit, realistic volumes and
 * unit prices (East Java, 2024–2025, order of magnitude of the district's HSPK) and the shape of
 * their RAB. Package-private: the generators' catalogue, not API.
 */
enum WorkType {
  RABAT_BETON("Rabat beton jalan", "02.03.10", "m", 100, 800, 300_000, 550_000, true,
      "Beton rabat K-175 t=12 cm"),
  PAVING("Paving block jalan lingkungan", "02.03.11", "m2", 200, 1500, 120_000, 180_000, true,
      "Pemasangan paving block K-300"),
  DRAINASE("Saluran drainase pasangan batu", "02.03.15", "m", 50, 600, 400_000, 900_000, true,
      "Pasangan batu kali 1:4"),
  TALUD("Talud / tembok penahan tanah", "02.03.15", "m", 30, 300, 600_000, 1_200_000, true,
      "Pasangan batu kali talud 1:4"),
  GORONG_GORONG("Gorong-gorong box culvert", "02.03.15", "unit", 1, 4, 15_000_000, 45_000_000, false,
      "Box culvert beton bertulang"),
  JEMBATAN("Jembatan desa", "02.03.13", "m", 4, 20, 8_000_000, 20_000_000, false,
      "Lantai dan gelagar beton bertulang"),
  POSYANDU("Rehabilitasi gedung Posyandu", "02.02.07", "unit", 1, 1, 60_000_000, 150_000_000, false,
      "Pekerjaan struktur dan atap");

  /** A RAB item template: name, base weight, start and duration as shares of the plan. */
  record ItemTemplate(String name, int weight, double startShare, double durationShare, boolean main) {}

  final String label;
  final KegiatanCode kegiatan;
  final String unit;
  final int minVolume;
  final int maxVolume;
  final long minUnitPriceRupiah;
  final long maxUnitPriceRupiah;
  final boolean lineSite;
  final List<ItemTemplate> rab;

  WorkType(String label, String kegiatan, String unit, int minVolume, int maxVolume, long minPrice, long maxPrice,
      boolean lineSite, String mainItem) {
    this.label = label;
    this.kegiatan = KegiatanCode.parse(kegiatan);
    this.unit = unit;
    this.minVolume = minVolume;
    this.maxVolume = maxVolume;
    this.minUnitPriceRupiah = minPrice;
    this.maxUnitPriceRupiah = maxPrice;
    this.lineSite = lineSite;
    this.rab = List.of(
        new ItemTemplate("Pekerjaan persiapan dan papan nama", 3, 0.0, 0.15, false),
        new ItemTemplate("Galian dan urugan tanah", 14, 0.05, 0.30, false),
        new ItemTemplate("Bekisting dan pembesian", 12, 0.20, 0.45, false),
        new ItemTemplate(mainItem, 66, 0.30, 0.60, true),
        new ItemTemplate("Pembersihan akhir dan dokumentasi", 5, 0.85, 0.15, false));
  }
}
