package id.smartkampung.demo.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.journal.Journal;

/**
 * The journal behind a dashboard — <i>segel jurnal</i>: the file's name and the anchor of its last
 * entry (sequence number and SHA-256), which the officials publish with their report so that anyone
 * auditing the file later ({@code audit JOURNAL --anchor SEQ:HASH}) detects entries removed from its
 * end. An immutable value.
 *
 * @param fileName the journal's file name (without directory); never null or blank
 * @param anchor the anchor of its last entry; never null
 */
public record JournalSeal(String fileName, Journal.Anchor anchor) {
  public JournalSeal {
    requireNonNull(fileName, "fileName");
    checkArgument(!fileName.isBlank(), "a journal has a file name");
    requireNonNull(anchor, "anchor");
  }

  /** The number of operations in the journal (the header is entry 0). */
  public long entries() {
    return anchor.sequence();
  }
}
