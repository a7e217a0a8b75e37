/**
 * The handling of a contractor's <i>kontrak kritis</i> — <i>penanganan kontrak kritis</i> — as a
 * district monitor reports it: {@link id.smartkampung.monitoring.escalation.EscalationStage the
 * ladder} (show-cause meetings I–III, warning letters I–III, extension, termination, provisional
 * handover), {@link id.smartkampung.monitoring.escalation.EscalationEvent events} with their date
 * and document, the checked {@link id.smartkampung.monitoring.escalation.Escalation history}, and
 * the {@link id.smartkampung.monitoring.escalation.EscalationStatus status} an assessment reports.
 * Swakelola by the TPK has no contract and no escalation here: its critical deviation (<i>deviasi
 * kritis</i>) is reported to the PKA and the Kepala Desa.
 */
package id.smartkampung.monitoring.escalation;
