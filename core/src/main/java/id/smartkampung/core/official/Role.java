package id.smartkampung.core.official;

import id.smartkampung.core.Api;

/**
 * The roles in village financial administration — <i>penatausahaan</i> (Permendagri 20/2018).
 */
@Api(Api.Status.STABLE)
public enum Role {
  /** Kepala Desa: holds the authority over village finance (PKPKD); approves payments, enacts the budget. */
  KEPALA_DESA,
  /** Sekretaris Desa: coordinates (koordinator PPKD), drafts the budget, verifies payment requests. */
  SEKRETARIS_DESA,
  /** Kaur Keuangan: the treasurer (bendahara); receives and pays, keeps the books. */
  KAUR_KEUANGAN,
  /** Kasi or Kaur as activity implementer (PKA, pelaksana kegiatan anggaran); submits payment requests. */
  PELAKSANA_KEGIATAN,
  /** Badan Permusyawaratan Desa: the village council that agrees the budget with the Kepala Desa. */
  BPD,
  /** An officer of the district (Bupati/camat's staff) who evaluates the draft budget. */
  EVALUATOR_KABUPATEN
}
