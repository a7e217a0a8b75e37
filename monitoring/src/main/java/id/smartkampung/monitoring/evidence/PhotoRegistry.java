package id.smartkampung.monitoring.evidence;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.project.ProjectId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The district's register of photo evidence — <i>daftar foto kabupaten</i>: for each photo hash,
 * every village, project and report that used it. A project's assessment asks it whether a photo
 * also appears in another project or village; without a registry ({@link #empty()}) only reuse
 * within the project is found.
 *
 * <p>Immutable and thread-safe once built; look-ups are hash look-ups, so assessing a district
 * against its registry is linear in the number of photos. Almost every photo is used once, so a
 * single use is stored as itself, not as a list: one map entry per photo, built in one pass.
 */
@Api(Api.Status.STABLE)
public final class PhotoRegistry {
  private static final PhotoRegistry EMPTY = new PhotoRegistry(Map.of());

  /** Per photo: its one {@link PhotoUse}, or an {@code ImmutableList<PhotoUse>} of two or more. Never changed. */
  private final Map<PhotoHash, Object> uses;

  private PhotoRegistry(Map<PhotoHash, Object> uses) {
    this.uses = uses;
  }

  /** A registry that knows no photos. */
  public static PhotoRegistry empty() {
    return EMPTY;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every use of the photo, in the order registered; empty when unknown. */
  public ImmutableList<PhotoUse> uses(PhotoHash photo) {
    return asList(uses.get(requireNonNull(photo, "photo")));
  }

  /** The uses of the photo outside the given project of the given village. */
  public ImmutableList<PhotoUse> usesElsewhere(PhotoHash photo, String villageCode, ProjectId project) {
    Object u = uses.get(requireNonNull(photo, "photo"));
    if (u == null) {
      return ImmutableList.of();
    }
    if (u instanceof PhotoUse one) {
      return one.isIn(villageCode, project) ? ImmutableList.of() : ImmutableList.of(one);
    }
    ImmutableList.Builder<PhotoUse> b = ImmutableList.builder();
    for (PhotoUse use : asList(u)) {
      if (!use.isIn(villageCode, project)) {
        b.add(use);
      }
    }
    return b.build();
  }

  /** The number of distinct photos registered. */
  public int size() {
    return uses.size();
  }

  @SuppressWarnings("unchecked")
  private static ImmutableList<PhotoUse> asList(Object u) {
    if (u == null) {
      return ImmutableList.of();
    }
    return u instanceof PhotoUse one ? ImmutableList.of(one) : (ImmutableList<PhotoUse>) u;
  }

  /**
   * Collects photo uses; not thread-safe. {@link #build} may be called more than once, and adding
   * after it never changes a registry already built (the first add after a build copies the map).
   */
  public static final class Builder {
    /** Per photo: a PhotoUse, an ArrayList of uses (while building) or an ImmutableList (after a build). */
    private Map<PhotoHash, Object> uses = new HashMap<>();
    private boolean shared;

    private Builder() {}

    /** Registers one use of a photo. */
    @SuppressWarnings("unchecked")
    public Builder add(PhotoHash photo, PhotoUse use) {
      requireNonNull(photo, "photo");
      requireNonNull(use, "use");
      if (shared) {
        uses = new HashMap<>(uses);
        shared = false;
      }
      Object prior = uses.putIfAbsent(photo, use);
      if (prior == null) {
        return this;
      }
      if (prior instanceof ArrayList<?> list) {
        ((ArrayList<PhotoUse>) list).add(use);
      } else {
        ArrayList<PhotoUse> list = new ArrayList<>(4);
        if (prior instanceof PhotoUse one) {
          list.add(one);
        } else {
          list.addAll((ImmutableList<PhotoUse>) prior);
        }
        list.add(use);
        uses.put(photo, list);
      }
      return this;
    }

    /** The registry of every use added so far. */
    @SuppressWarnings("unchecked")
    public PhotoRegistry build() {
      if (!shared) {
        uses.replaceAll((h, u) -> u instanceof ArrayList<?> list ? ImmutableList.copyOf((ArrayList<PhotoUse>) list) : u);
        shared = true;
      }
      return new PhotoRegistry(Collections.unmodifiableMap(uses));
    }
  }
}
