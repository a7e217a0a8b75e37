package id.smartkampung.core.ledger;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import id.smartkampung.core.official.Role;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The steps of a payment request as one declared state machine — <i>tahapan SPP</i> (Permendagri
 * 20/2018 pasal 51-58): from which {@link SppStatus}, to which, by which role, and which persons of
 * earlier steps the actor must not be. The {@link Ledger} reads this table for every SPP operation
 * (I7); the independent {@code ReferenceLedger} re-derives the same rules on its own and must agree
 * with it. Which operation takes which step is {@link OperationKind#sppSteps()}.
 *
 * <table>
 *   <caption>The SPP state machine</caption>
 *   <tr><th>step</th><th>operation</th><th>from</th><th>to</th><th>actor</th><th>must differ from</th></tr>
 *   <tr><td>SUBMIT</td><td>submit-spp</td><td>(new)</td><td>SUBMITTED</td><td>PKA of the kegiatan</td><td></td></tr>
 *   <tr><td>VERIFY</td><td>verify-spp</td><td>SUBMITTED</td><td>VERIFIED</td><td>Sekretaris Desa</td><td>submitter</td></tr>
 *   <tr><td>REJECT_AT_VERIFICATION</td><td>reject-spp</td><td>SUBMITTED</td><td>REJECTED</td><td>Sekretaris Desa</td><td>submitter</td></tr>
 *   <tr><td>APPROVE</td><td>approve-spp</td><td>VERIFIED</td><td>APPROVED</td><td>Kepala Desa</td><td>submitter, verifier</td></tr>
 *   <tr><td>REJECT_AT_APPROVAL</td><td>reject-spp</td><td>VERIFIED</td><td>REJECTED</td><td>Kepala Desa</td><td>submitter, verifier</td></tr>
 *   <tr><td>PAY</td><td>pay-spp</td><td>APPROVED</td><td>PAID</td><td>Kaur Keuangan</td><td>submitter, verifier, approver</td></tr>
 *   <tr><td>SETTLE</td><td>settle-panjar</td><td>PAID (UM)</td><td>SETTLED</td><td>PKA: the submitter or a PKA of the kegiatan</td><td></td></tr>
 *   <tr><td>REVERSE_PAYMENT</td><td>reverse-payment</td><td>PAID</td><td>REVERSED</td><td>Kaur Keuangan</td><td></td></tr>
 *   <tr><td>CANCEL_BY_SUBMITTER</td><td>cancel-spp</td><td>SUBMITTED, VERIFIED, APPROVED</td><td>CANCELLED</td><td>the submitter themself</td><td></td></tr>
 *   <tr><td>CANCEL_BY_KEPALA_DESA</td><td>cancel-spp</td><td>SUBMITTED, VERIFIED, APPROVED</td><td>CANCELLED</td><td>Kepala Desa</td><td></td></tr>
 * </table>
 *
 * <p>How a step is judged, for an operation of a kind on an SPP in a status: the steps of the kind
 * that start from the status are its candidates; none: {@link id.smartkampung.core.rule.Rule#STEP_ORDER}
 * (out of order, or repeated: each step happens at most once, because no step leads back). Among
 * the candidates, the one whose actor the official is; none: {@link
 * id.smartkampung.core.rule.Rule#WRONG_ROLE}. An actor who took one of the "must differ" steps of
 * the same SPP: {@link id.smartkampung.core.rule.Rule#SEGREGATION_OF_DUTIES}. REJECTED, CANCELLED,
 * REVERSED and SETTLED are final. Other rules of a step (the enacted budget and the item for
 * SUBMIT, cash for PAY, a panjar only for SETTLE, no tax deposited for REVERSE_PAYMENT) are the
 * ledger's checks of that operation; a reversal of an SPP that is not PAID is refused by the
 * reversal rule, {@link id.smartkampung.core.rule.Rule#REVERSAL_NOT_ALLOWED}, as before. A tax deposit refers to a paid SPP but is not a step: it
 * moves no status.
 */
public enum SppStep {
  /** The PKA of the kegiatan submits the SPP — <i>pengajuan</i>. */
  SUBMIT(EnumSet.noneOf(SppStatus.class), SppStatus.SUBMITTED, Role.PELAKSANA_KEGIATAN, "submit", "submitted"),
  /** The Sekretaris Desa verifies it — <i>verifikasi</i>. */
  VERIFY(EnumSet.of(SppStatus.SUBMITTED), SppStatus.VERIFIED, Role.SEKRETARIS_DESA, "verify", "verified", Party.SUBMITTER),
  /** The Sekretaris Desa rejects it at verification — <i>penolakan</i>. */
  REJECT_AT_VERIFICATION(EnumSet.of(SppStatus.SUBMITTED), SppStatus.REJECTED, Role.SEKRETARIS_DESA, "reject", "rejected", Party.SUBMITTER),
  /** The Kepala Desa approves it — <i>persetujuan</i>. */
  APPROVE(EnumSet.of(SppStatus.VERIFIED), SppStatus.APPROVED, Role.KEPALA_DESA, "approve", "approved", Party.SUBMITTER, Party.VERIFIER),
  /** The Kepala Desa rejects it at approval — <i>penolakan</i>. */
  REJECT_AT_APPROVAL(EnumSet.of(SppStatus.VERIFIED), SppStatus.REJECTED, Role.KEPALA_DESA, "reject", "rejected", Party.SUBMITTER, Party.VERIFIER),
  /** The Kaur Keuangan pays it — <i>pembayaran</i>; only the treasurer pays. */
  PAY(EnumSet.of(SppStatus.APPROVED), SppStatus.PAID, Role.KAUR_KEUANGAN, "pay", "paid", Party.SUBMITTER, Party.VERIFIER, Party.APPROVER),
  /** The PKA accounts for a paid panjar — <i>SPJ panjar</i>. */
  SETTLE(EnumSet.of(SppStatus.PAID), SppStatus.SETTLED, Role.PELAKSANA_KEGIATAN, "account for (SPJ)", "accounted for"),
  /** The Kaur Keuangan reverses the payment — <i>koreksi pembayaran</i>. */
  REVERSE_PAYMENT(EnumSet.of(SppStatus.PAID), SppStatus.REVERSED, Role.KAUR_KEUANGAN, "reverse", "reversed"),
  /** The submitter withdraws the SPP before it is paid — <i>pembatalan</i>; in whatever role they now hold. */
  CANCEL_BY_SUBMITTER(EnumSet.of(SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED), SppStatus.CANCELLED, null, "cancel", "cancelled"),
  /** The Kepala Desa withdraws the SPP before it is paid — <i>pembatalan</i>. */
  CANCEL_BY_KEPALA_DESA(EnumSet.of(SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED), SppStatus.CANCELLED, Role.KEPALA_DESA, "cancel", "cancelled");

  /** The person of an earlier step of the same SPP. */
  public enum Party {
    /** Who submitted it (SUBMIT). */
    SUBMITTER,
    /** Who verified it (VERIFY). */
    VERIFIER,
    /** Who approved it (APPROVE). */
    APPROVER
  }

  final ImmutableSet<SppStatus> from;
  /** {@link #from} as a bit per status ordinal (the hot path tests it without hashing). */
  private final int fromMask;
  final SppStatus to;
  /** The role of the actor; null: the submitter themself, in any role. */
  final Role role;
  /** The verb, for messages ("verify"). */
  final String verb;
  /** The past participle, for messages ("verified"). */
  final String done;
  /** The persons of earlier steps the actor must not be, as an array (the hot path iterates it). */
  final Party[] distinct;

  SppStep(EnumSet<SppStatus> from, SppStatus to, Role role, String verb, String done, Party... distinct) {
    this.from = Sets.immutableEnumSet(from);
    int mask = 0;
    for (SppStatus st : from) {
      mask |= 1 << st.ordinal();
    }
    this.fromMask = mask;
    this.to = to;
    this.role = role;
    this.verb = verb;
    this.done = done;
    this.distinct = distinct;
  }

  /** The statuses the step starts from; empty for {@link #SUBMIT} (the SPP is new). */
  public ImmutableSet<SppStatus> from() {
    return from;
  }

  /** The status the step leads to. */
  public SppStatus to() {
    return to;
  }

  /** The role of the actor; empty when the actor is the submitter themself (in any role). */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  /** Whether only the submitter of the SPP takes the step. */
  public boolean bySubmitter() {
    return role == null;
  }

  /** The persons of earlier steps of the same SPP the actor must not be. */
  public ImmutableSet<Party> distinctFrom() {
    return distinct.length == 0 ? ImmutableSet.of() : Sets.immutableEnumSet(java.util.Arrays.asList(distinct));
  }

  /** Whether the step starts from {@code status}. */
  public boolean startsFrom(SppStatus status) {
    return (fromMask & (1 << status.ordinal())) != 0;
  }
}
