package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

/**
 * Where each accepted operation stands in a ledger's history, by its id (I8): an open-addressing
 * table from {@link OperationId} to a non-negative {@code int}, for the one lookup every posting
 * makes. Unlike a {@code HashMap<OperationId, Integer>} it boxes no position and makes no node per
 * entry, and it spreads the ids' hash codes before using them, so ids that differ only in their last
 * characters (a counter: {@code op-1}, {@code op-2}, …) do not pile up in a few buckets; it keeps
 * each id's spread hash beside it, so a probe compares ids only when their hashes agree and growing
 * reads no id (as {@code HashMap} keeps the hash in its node). Inserting,
 * finding and removing cost the same however many ids it holds (amortised over its growth). Not
 * thread-safe: the {@link Ledger} guards it with its lock.
 */
final class OperationIndex {
  /** What {@link #get} and {@link #putIfAbsent} return for an id not in the index. */
  static final int ABSENT = -1;

  private static final int MIN_CAPACITY = 16;

  private OperationId[] keys;
  /** The spread hash of the id in the same slot. */
  private int[] hashes;
  /** The position + 1 of the id in the same slot; 0 in an empty slot (so a new table needs no filling). */
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
    hashes = new int[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  /** An id's hash code spread over all bits (Fibonacci hashing); its probe sequence starts at {@code spread & mask}. */
  private static int spread(OperationId id) {
    int h = id.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The number of ids held. */
  int size() {
    return size;
  }

  /** The position of the id, or {@link #ABSENT}. */
  int get(OperationId id) {
    requireNonNull(id, "id");
    return positions[slot(id, spread(id))] - 1; // an empty slot: ABSENT
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
    int h = spread(id);
    int i = slot(id, h);
    if (keys[i] != null) {
      return positions[i] - 1;
    }
    keys[i] = id;
    hashes[i] = h;
    positions[i] = position + 1;
    if (++size * 2 > keys.length) {
      grow();
    }
    return ABSENT;
  }

  /** Removes the id; nothing when it is not held. */
  void remove(OperationId id) {
    requireNonNull(id, "id");
    OperationId[] k = keys;
    int i = slot(id, spread(id));
    if (k[i] == null) {
      return;
    }
    // backward-shift deletion: move later entries of the run into the gap when their home allows it
    int gap = i;
    for (int j = (gap + 1) & mask; k[j] != null; j = (j + 1) & mask) {
      int h = hashes[j] & mask;
      // the entry at j may move to the gap unless its home lies cyclically in (gap, j]
      boolean stays = gap <= j ? (gap < h && h <= j) : (gap < h || h <= j);
      if (!stays) {
        k[gap] = k[j];
        hashes[gap] = hashes[j];
        positions[gap] = positions[j];
        gap = j;
      }
    }
    k[gap] = null;
    hashes[gap] = 0;
    positions[gap] = 0;
    size--;
  }

  /** The slot that holds the id, or the empty slot where its probe sequence ends. */
  private int slot(OperationId id, int h) {
    OperationId[] k = keys;
    int[] hs = hashes;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      OperationId at = k[i];
      if (at == null || (hs[i] == h && (at == id || at.equals(id)))) {
        return i;
      }
    }
  }

  private void grow() {
    OperationId[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldPositions = positions;
    allocate(oldKeys.length * 2);
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        positions[i] = oldPositions[j];
      }
    }
  }

  @Override
  public String toString() {
    return "OperationIndex (" + size + " ids in " + keys.length + " slots)";
  }
}
