/**
 * Codes and reference lists — <i>kode rekening, kode kegiatan, sumber dana</i> (Permendagri
 * 20/2018): account, activity and fund source codes and the reference data that knows them.
 */
@NullMarked
package id.smartkampung.core.code;

import org.jspecify.annotations.NullMarked;
