/**
 * The journal — <i>jurnal</i>: the append-only, hash-chained, signed event file of one village's
 * year ({@link id.smartkampung.core.journal.VillageBook}, {@link id.smartkampung.core.journal.Journal}),
 * the JSON form of operations and their signatures.
 */
@NullMarked
package id.smartkampung.core.journal;

import org.jspecify.annotations.NullMarked;
