package id.smartkampung.monitoring.evidence;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.monitoring.project.ProjectId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The district's register of photo evidence — <i>daftar foto kabupaten</i>: for each photo hash,
 * every village, project and report that used it. A project's assessment asks it whether a photo
 * also appears in another project or village; without a registry ({@link #empty()}) only reuse
 * within the project is found.
 *
 * <p>Immutable and thread-safe once built; look-ups are hash look-ups, so assessing a district
 * against its registry is linear in the number of photos.
 */
public final class PhotoRegistry {
  private static final PhotoRegistry EMPTY = new PhotoRegistry(ImmutableMap.of());

  private final ImmutableMap<PhotoHash, ImmutableList<PhotoUse>> uses;

  private PhotoRegistry(ImmutableMap<PhotoHash, ImmutableList<PhotoUse>> uses) {
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
    ImmutableList<PhotoUse> u = uses.get(requireNonNull(photo, "photo"));
    return u == null ? ImmutableList.of() : u;
  }

  /** The uses of the photo outside the given project of the given village. */
  public ImmutableList<PhotoUse> usesElsewhere(PhotoHash photo, String villageCode, ProjectId project) {
    ImmutableList<PhotoUse> all = uses(photo);
    if (all.size() == 1 && all.get(0).isIn(villageCode, project)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<PhotoUse> b = ImmutableList.builder();
    for (PhotoUse u : all) {
      if (!u.isIn(villageCode, project)) {
        b.add(u);
      }
    }
    return b.build();
  }

  /** The number of distinct photos registered. */
  public int size() {
    return uses.size();
  }

  /** Collects photo uses; not thread-safe. */
  public static final class Builder {
    private final Map<PhotoHash, List<PhotoUse>> uses = new HashMap<>();

    private Builder() {}

    /** Registers one use of a photo. */
    public Builder add(PhotoHash photo, PhotoUse use) {
      uses.computeIfAbsent(requireNonNull(photo, "photo"), h -> new ArrayList<>(1)).add(requireNonNull(use, "use"));
      return this;
    }

    /** The registry. */
    public PhotoRegistry build() {
      ImmutableMap.Builder<PhotoHash, ImmutableList<PhotoUse>> b = ImmutableMap.builderWithExpectedSize(uses.size());
      uses.forEach((h, u) -> b.put(h, ImmutableList.copyOf(u)));
      return new PhotoRegistry(b.buildOrThrow());
    }
  }
}
