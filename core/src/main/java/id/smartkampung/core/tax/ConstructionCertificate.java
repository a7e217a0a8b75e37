package id.smartkampung.core.tax;

/**
 * A contractor's certificate — <i>sertifikat badan usaha</i> (SBU) or, for a person, <i>sertifikat
 * kompetensi kerja</i> — which decides the PPh 4(2) rate on construction (PP 9/2022).
 */
public enum ConstructionCertificate {
  /** SBU of the small qualification (<i>kualifikasi kecil</i>) or a person's competence certificate. */
  SMALL_QUALIFICATION,
  /** A certificate of another qualification (<i>menengah, besar</i>). */
  OTHER_QUALIFICATION,
  /** No certificate — <i>tidak memiliki sertifikat</i>. */
  NONE
}
