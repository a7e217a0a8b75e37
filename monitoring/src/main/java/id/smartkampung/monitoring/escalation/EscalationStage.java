package id.smartkampung.monitoring.escalation;

/**
 * The stages of handling a contractor's <i>kontrak kritis</i> — <i>tahap penanganan kontrak
 * kritis</i> — as a district monitor reports them (Permen PUPR 14/2020, SSUK "penanganan kontrak
 * kritis"; Perlem LKPP 12/2021, which replaced Perlem LKPP 9/2018; Perpres 16/2018 as amended by
 * Perpres 12/2021): show-cause meeting I with a first test period; failed, warning letter I and
 * show-cause meeting II; failed, warning letter II and show-cause meeting III; failed, warning
 * letter III, after which the contract may be terminated. A contract that ends unfinished may be
 * given an extension of up to 50 calendar days (late penalty running); the works end in the
 * provisional handover, when the retention is held for the maintenance period.
 *
 * <p>The order of the constants is the order of the ladder.
 */
public enum EscalationStage {
  /** <i>Rapat pembuktian (show cause meeting) tahap I</i>, agreeing the progress of uji coba pertama. */
  SHOW_CAUSE_MEETING_1("SCM I"),
  /** <i>Surat peringatan kontrak kritis I</i>, after failing the first test. */
  WARNING_LETTER_1("SP I"),
  /** <i>Rapat pembuktian tahap II</i> (uji coba kedua). */
  SHOW_CAUSE_MEETING_2("SCM II"),
  /** <i>Surat peringatan kontrak kritis II</i>. */
  WARNING_LETTER_2("SP II"),
  /** <i>Rapat pembuktian tahap III</i> (uji coba ketiga). */
  SHOW_CAUSE_MEETING_3("SCM III"),
  /** <i>Surat peringatan kontrak kritis III</i>: the contract may now be terminated. */
  WARNING_LETTER_3("SP III"),
  /** <i>Pemberian kesempatan</i>: up to 50 calendar days past the contract's end, late penalty running. */
  EXTENSION("kesempatan"),
  /** <i>Pemutusan kontrak</i>. */
  TERMINATION("pemutusan"),
  /** <i>Serah terima pertama pekerjaan (PHO)</i>: works handed over, retention held for maintenance. */
  PROVISIONAL_HANDOVER("PHO");

  private final String label;

  EscalationStage(String label) {
    this.label = label;
  }

  /** The short label used in reports, e.g. {@code SCM II}. */
  public String label() {
    return label;
  }

  /** The stage that must come before this one on the ladder, if any. */
  java.util.Optional<EscalationStage> requires() {
    return switch (this) {
      case SHOW_CAUSE_MEETING_1, EXTENSION, PROVISIONAL_HANDOVER, TERMINATION -> java.util.Optional.empty();
      case WARNING_LETTER_1 -> java.util.Optional.of(SHOW_CAUSE_MEETING_1);
      case SHOW_CAUSE_MEETING_2 -> java.util.Optional.of(WARNING_LETTER_1);
      case WARNING_LETTER_2 -> java.util.Optional.of(SHOW_CAUSE_MEETING_2);
      case SHOW_CAUSE_MEETING_3 -> java.util.Optional.of(WARNING_LETTER_2);
      case WARNING_LETTER_3 -> java.util.Optional.of(SHOW_CAUSE_MEETING_3);
    };
  }
}
