/**
 * Budget execution — <i>penatausahaan keuangan desa</i> (Permendagri 20/2018): the {@link
 * id.smartkampung.core.ledger.Ledger} of one village and fiscal year, the {@link
 * id.smartkampung.core.ledger.Operation}s it accepts (receipts, SPP, panjar and SPJ, taxes,
 * reversals, the year-end close), its {@link id.smartkampung.core.ledger.OperationLog} hook for a
 * durable journal, and, in sub-packages, the books ({@code book}: BKU, buku pembantu pajak and
 * panjar) and reports ({@code report}: realisation, semester I, year-end LRA).
 */
@NullMarked
package id.smartkampung.core.ledger;

import org.jspecify.annotations.NullMarked;
