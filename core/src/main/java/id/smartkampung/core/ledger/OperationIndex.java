package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

/**
 * Where each accepted operation stands in a ledger's history, by its id (I8): an open-addressing
 * table from {@link OperationId} to a non-negative {@code int}, for the one lookup every posting
 * makes. Unlike a {@code HashMap<OperationId, Integer>} it boxes no position and makes no node per
 * entry, and it spreads the ids' hash codes before using them, so ids that differ only in their last
 * characters (a counter: {@code op-1}, {@code op-2}, …) do not pile up in a few buckets. Inserting,
 * finding and removing cost the same however many ids it holds (amortised over its growth). Not
 * thread-safe: the {@link Ledger} guards it with its lock.
 */
final class OperationIndex {
  /** What {@link #get} and {@link #putIfAbsent} return for an id not in the index. */
  static final int ABSENT = -1;

  private static final int MIN_CAPACITY = 16;

  private OperationId[] keys;
  private int[] positions;
  /** Slots - 1: the table's length is a power of two. */
  private int mask;
  private int size;

  /** An index sized for about {@code expected} ids (a hint: any number fits). */
  OperationIndex(int expected) {
    int capacity = MIN_CAPACITY;
    // at most half full: probe sequences stay short
    while (capacity < (long) expected * 2 && capacity < (1 << 30)) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new OperationId[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  /** The slot an id's probe sequence starts at: its hash code spread over all bits (Fibonacci hashing). */
  private int home(OperationId id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The number of ids held. */
  int size() {
    return size;
  }

  /** The position of the id, or {@link #ABSENT}. */
  int get(OperationId id) {
    requireNonNull(id, "id");
    OperationId[] k = keys;
    for (int i = home(id); ; i = (i + 1) & mask) {
      OperationId at = k[i];
      if (at == null) {
        return ABSENT;
      }
      if (at == id || at.equals(id)) {
        return positions[i];
      }
    }
  }

  /**
   * Gives the id the position unless it has one.
   *
   * @return the position it already had, or {@link #ABSENT} when it had none and now has {@code position}
   * @throws IllegalArgumentException if {@code position} is negative
   */
  int putIfAbsent(OperationId id, int position) {
    requireNonNull(id, "id");
    if (position < 0) {
      throw new IllegalArgumentException("position " + position + " is negative");
    }
    OperationId[] k = keys;
    int i = home(id);
    for (; ; i = (i + 1) & mask) {
      OperationId at = k[i];
      if (at == null) {
        break;
      }
      if (at == id || at.equals(id)) {
        return positions[i];
      }
    }
    k[i] = id;
    positions[i] = position;
    if (++size * 2 > k.length) {
      grow();
    }
    return ABSENT;
  }

  /** Removes the id; nothing when it is not held. */
  void remove(OperationId id) {
    requireNonNull(id, "id");
    OperationId[] k = keys;
    int i = home(id);
    for (; ; i = (i + 1) & mask) {
      OperationId at = k[i];
      if (at == null) {
        return;
      }
      if (at == id || at.equals(id)) {
        break;
      }
    }
    // backward-shift deletion: move later entries of the run into the gap when their home allows it
    int gap = i;
    for (int j = (gap + 1) & mask; k[j] != null; j = (j + 1) & mask) {
      int h = home(k[j]);
      // the entry at j may move to the gap unless its home lies cyclically in (gap, j]
      boolean stays = gap <= j ? (gap < h && h <= j) : (gap < h || h <= j);
      if (!stays) {
        k[gap] = k[j];
        positions[gap] = positions[j];
        gap = j;
      }
    }
    k[gap] = null;
    positions[gap] = 0;
    size--;
  }

  private void grow() {
    OperationId[] oldKeys = keys;
    int[] oldPositions = positions;
    allocate(oldKeys.length * 2);
    for (int j = 0; j < oldKeys.length; j++) {
      OperationId id = oldKeys[j];
      if (id != null) {
        int i = home(id);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = id;
        positions[i] = oldPositions[j];
      }
    }
  }

  @Override
  public String toString() {
    return "OperationIndex (" + size + " ids in " + keys.length + " slots)";
  }
}
