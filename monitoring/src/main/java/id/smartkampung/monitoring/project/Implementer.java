package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * Who carries out the works — <i>pelaksana kegiatan</i>: the village's own activity team (<i>TPK,
 * Tim Pelaksana Kegiatan</i>, working <i>swakelola</i>) or a contractor (<i>penyedia</i>).
 *
 * @param kind swakelola by the TPK or a contractor; never null
 * @param name the team or the firm; never blank
 */
@Api(Api.Status.STABLE)
public record Implementer(Kind kind, String name) {
  /** How the works are carried out. */
  public enum Kind {
    /** <i>Swakelola</i> by the TPK (Tim Pelaksana Kegiatan). */
    TPK_SWAKELOLA,
    /** A contractor (<i>penyedia barang/jasa</i>). */
    CONTRACTOR
  }

  public Implementer {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "an implementer has a name");
  }

  /** The village's TPK working swakelola. */
  public static Implementer tpk(String name) {
    return new Implementer(Kind.TPK_SWAKELOLA, name);
  }

  /** A contractor. */
  public static Implementer contractor(String name) {
    return new Implementer(Kind.CONTRACTOR, name);
  }
}
