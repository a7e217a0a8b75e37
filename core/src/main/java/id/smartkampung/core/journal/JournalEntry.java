package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.smartkampung.core.Api;

/**
 * One verified entry of a journal — <i>entri jurnal</i>: its sequence number (0 is the header), the
 * hash of the entry before it, its own hash, and its body (the event, as JSON).
 *
 * @param sequence 0 for the header, then 1, 2, …
 * @param previousHash the SHA-256 (hex) of the previous entry; 64 zeros for the header
 * @param hash this entry's SHA-256 (hex)
 * @param body the event; never null
 */
@Api(Api.Status.STABLE)
public record JournalEntry(long sequence, String previousHash, String hash, JsonNode body) {
  public JournalEntry {
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    requireNonNull(body, "body");
  }
}
