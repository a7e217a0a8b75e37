/**
 * The books of the treasurer — <i>buku penatausahaan</i>: Buku Kas Umum (BKU), buku pembantu pajak
 * and buku pembantu panjar, each an immutable value computed by {@link
 * id.smartkampung.core.ledger.Ledger}.
 */
@NullMarked
package id.smartkampung.core.ledger.book;

import org.jspecify.annotations.NullMarked;
