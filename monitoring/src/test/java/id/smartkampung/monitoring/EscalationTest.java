package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.START;
import static id.smartkampung.monitoring.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.escalation.Escalation;
import id.smartkampung.monitoring.escalation.EscalationEvent;
import id.smartkampung.monitoring.escalation.EscalationStage;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.Project;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handling of a contractor's kontrak kritis (issue 18): show-cause meetings I–III with their
 * test periods and warning letters I–III (Permen PUPR 14/2020 SSUK "penanganan kontrak kritis";
 * Perlem LKPP 12/2021), termination, the late penalty of 1 ‰ of the contract value per day
 * (Perpres 16/2018 Pasal 79(4)), the extension of at most 50 calendar days, the retention at the
 * provisional handover; each an event with date and document, and the assessment says where the
 * project stands.
 */
class EscalationTest {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();
  private final Project road = Fixtures.road("jalan-1").withImplementer(Implementer.contractor("CV Karya Kemiren")); // Rp100 jt, 10 weeks
  private static final LocalDate W7 = START.plusWeeks(7);

  private static EscalationEvent scm(EscalationStage s, LocalDate d) {
    return EscalationEvent.until(s, d, "BA-" + s.label().replace(' ', '-'), d.plusDays(7));
  }

  private static EscalationEvent letter(EscalationStage s, LocalDate d) {
    return EscalationEvent.of(s, d, s.label().replace(' ', '-') + "/2025");
  }

  private static final Escalation LADDER = Escalation.of(List.of(
      scm(EscalationStage.SHOW_CAUSE_MEETING_1, W7),
      letter(EscalationStage.WARNING_LETTER_1, W7.plusDays(8)),
      scm(EscalationStage.SHOW_CAUSE_MEETING_2, W7.plusDays(8)),
      letter(EscalationStage.WARNING_LETTER_2, W7.plusDays(16))));

  private ProjectAssessment at(LocalDate date, Escalation e, long actualPercent) {
    MonitoredProject mp = MonitoredProject.of(road, List.of(report(START, 0, 1), report(W7, actualPercent, 2)), Idr.ZERO).withEscalation(e);
    return assessor.assess(mp, date);
  }

  @Test
  void theAssessmentSaysWhereTheProjectStands() {
    assertTrue(at(W7, LADDER, 50).escalation().stage().isPresent());
    assertEquals(EscalationStage.SHOW_CAUSE_MEETING_1, at(W7.plusDays(3), LADDER, 50).escalation().stage().orElseThrow());
    assertEquals(EscalationStage.SHOW_CAUSE_MEETING_2, at(W7.plusDays(10), LADDER, 50).escalation().stage().orElseThrow());
    assertEquals("SP-II/2025", at(W7.plusDays(20), LADDER, 50).escalation().latest().document());
    assertTrue(at(W7.minusDays(1), LADDER, 50).escalation().stage().isEmpty(), "nothing yet the day before SCM I");
  }

  @Test
  void theLadderIsKept() {
    // SCM II without warning letter I, SP I without SCM I, termination without SP III or an extension
    assertThrows(IllegalArgumentException.class, () -> Escalation.of(List.of(scm(EscalationStage.SHOW_CAUSE_MEETING_2, W7))));
    assertThrows(IllegalArgumentException.class, () -> Escalation.of(List.of(letter(EscalationStage.WARNING_LETTER_1, W7))));
    assertThrows(IllegalArgumentException.class, () -> Escalation.of(List.of(scm(EscalationStage.SHOW_CAUSE_MEETING_1, W7),
        letter(EscalationStage.TERMINATION, W7.plusDays(1)))));
    // swakelola has no contract to escalate: deviasi kritis goes to the PKA and the Kepala Desa
    assertThrows(IllegalArgumentException.class, () -> MonitoredProject.of(Fixtures.road("tpk-1"), List.of(), Idr.ZERO).withEscalation(LADDER));
  }

  @Test
  void theLatePenaltyIsOnePerMilleOfTheContractValuePerDay() {
    LocalDate finish = road.plannedFinish(); // 12 May 2025
    assertEquals(Idr.ZERO, at(finish, Escalation.none(), 80).escalation().latePenalty());
    ProjectAssessment late = at(finish.plusDays(12), Escalation.none(), 80);
    assertEquals(12, late.escalation().daysLate());
    assertEquals("1200000.00", Idr.format(late.escalation().latePenalty())); // 1 ‰ × Rp100 jt × 12 days
    // the penalty stops at termination
    Escalation terminated = Escalation.of(List.of(
        EscalationEvent.until(EscalationStage.EXTENSION, finish, "ADD-01", finish.plusDays(50)),
        letter(EscalationStage.TERMINATION, finish.plusDays(20))));
    assertEquals("2000000.00", Idr.format(at(finish.plusDays(40), terminated, 80).escalation().latePenalty()));
    // swakelola owes no contractual penalty
    MonitoredProject tpk = MonitoredProject.of(Fixtures.road("tpk-1"), List.of(report(START, 0, 1)), Idr.ZERO);
    assertEquals(Idr.ZERO, assessor.assess(tpk, finish.plusDays(12)).escalation().latePenalty());
  }

  @Test
  void anExtensionOfAtMostFiftyDays() {
    LocalDate finish = road.plannedFinish();
    Escalation fifty = Escalation.of(List.of(EscalationEvent.until(EscalationStage.EXTENSION, finish, "ADD-01", finish.plusDays(50))));
    assertFalse(at(finish.plusDays(1), fifty, 80).has(RedFlagCode.EXTENSION_BEYOND_LIMIT));
    Escalation more = Escalation.of(List.of(EscalationEvent.until(EscalationStage.EXTENSION, finish, "ADD-01", finish.plusDays(51))));
    assertTrue(at(finish.plusDays(1), more, 80).has(RedFlagCode.EXTENSION_BEYOND_LIMIT));
  }

  @Test
  void theRetentionIsHeldAtTheProvisionalHandover() {
    Escalation pho = Escalation.of(List.of(letter(EscalationStage.PROVISIONAL_HANDOVER, W7)));
    assertEquals("5000000.00", Idr.format(at(W7, pho, 100).escalation().retention())); // 5 % of Rp100 jt
    assertTrue(at(W7.minusDays(1), pho, 100).escalation().retention() == null);
  }
}
