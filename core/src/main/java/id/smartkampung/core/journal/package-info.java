/**
 * The journal — <i>jurnal</i>: the append-only, hash-chained, signed event file of one village's
 * year ({@link id.smartkampung.core.journal.VillageBook}, {@link id.smartkampung.core.journal.Journal}),
 * the JSON form of operations and their signatures.
 *
 * <p>Replaying a journal reads most events through a fast path with no tree (the package's {@code
 * CanonicalEventReader}): an everyday event laid out exactly as this library writes it is decoded
 * straight from its bytes through the same factories and caches as the general reading ({@link
 * id.smartkampung.core.journal.OperationCodec}); anything else — another kind, another layout, a
 * value a factory refuses — it declines, and the general reading gives the event or its error.
 */
@NullMarked
package id.smartkampung.core.journal;

import org.jspecify.annotations.NullMarked;
