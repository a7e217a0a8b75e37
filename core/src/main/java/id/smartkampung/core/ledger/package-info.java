/**
 * Budget execution — <i>penatausahaan keuangan desa</i> (Permendagri 20/2018): the {@link
 * id.smartkampung.core.ledger.Ledger} of one village and fiscal year, the {@link
 * id.smartkampung.core.ledger.Operation}s it accepts (receipts, SPP, panjar and SPJ, taxes,
 * reversals, the year-end close), its {@link id.smartkampung.core.ledger.OperationLog} hook for a
 * durable journal, and, in sub-packages, the books ({@code book}: BKU, buku pembantu pajak and
 * panjar) and reports ({@code report}: realisation, semester I, year-end LRA).
 *
 * <h2>Where each rule of the steps lives</h2>
 *
 * <ul>
 *   <li>What is fixed per kind of operation — its journal wire name, the roles that may take it,
 *       whether it is an approval or payment to be signed, whether it moves money: {@link
 *       id.smartkampung.core.ledger.OperationKind}.
 *   <li>The payment request (SPP) as a state machine — from which status, to which, by which role,
 *       which earlier actors must differ: the table {@link id.smartkampung.core.ledger.SppStep}.
 *   <li>The budget lifecycle (draft, agree, evaluate, enact; one revision): the table {@link
 *       id.smartkampung.core.budget.ApbdesLifecycle.Transition}.
 * </ul>
 *
 * A step by an official in another role is always {@code I7.wrong-role}; a step out of order or
 * repeated {@code I7.step-order} (SPP) or {@code I4.lifecycle-order} (budget); one person taking
 * two steps of an SPP that the table keeps apart {@code I7.segregation-of-duties}.
 *
 * <h2>Adding an operation</h2>
 *
 * Code that treats operations differently dispatches with a {@code switch} expression over {@link
 * id.smartkampung.core.ledger.Operation#kind()} without a {@code default} branch, which the
 * compiler checks covers every kind. To add an operation:
 *
 * <ol>
 *   <li>add its record to {@link id.smartkampung.core.ledger.Operation}, returning its kind from
 *       {@code kind()} (the compiler requires the method);
 *   <li>add its constant to {@link id.smartkampung.core.ledger.OperationKind}: wire name, record
 *       type, role (or its rows of {@code SppStep} / {@code ApbdesLifecycle.Transition}), the
 *       signature and money flags;
 *   <li>then the build fails until each of these handles the new kind: the journal codec ({@code
 *       OperationEncoder.write}, which {@code OperationCodec.write} and the journal's streamed
 *       lines use, and {@code OperationCodec.read}), the ledger ({@code LedgerState.check}, {@code
 *       nextLifecycle}, {@code post}), the books ({@code Books.bku}, {@code taxBook}), the
 *       independent model ({@code ReferenceLedger.apply}), the auditor's contracts ({@code
 *       ContractRun}: amounts, roles, the SPP referred to, duties, movements, tracking), the
 *       generator's planner ({@code LedgerPlanner.track}) and the benchmark baseline ({@code
 *       BareBooks.post} in the demo);
 *   <li>by hand, as for any new rule: its checks in its ledger check method, a step of the
 *       generator that attempts it, and its example and golden journal bytes in the tests ({@code
 *       OperationKindTest} fails until every kind has one).
 * </ol>
 *
 * The wire name, the signature policy ({@code SignaturePolicy.isApprovalOrPayment}), the fiscal-year
 * rule of money operations in the contracts and the coverage labels are read from the kind: nothing
 * to edit. Before the kinds existed a new operation had to be threaded by hand through about twenty
 * {@code instanceof} chains in eleven files (158 {@code instanceof} tests over the operation records
 * in main code), none of them checked by the compiler: forgotten in {@code OperationCodec.write} it
 * was journaled without its fields; forgotten in the ledger it fell into the lifecycle branch and
 * an unchecked cast; forgotten in the books, the reference model or the contracts it was silently
 * ignored. Nine {@code instanceof} tests remain, none a dispatch: the first Kepala Desa registering
 * themselves (a registration's fields), looking up an SPP's submission, and printing a budget
 * operation in one line.
 */
@NullMarked
package id.smartkampung.core.ledger;

import org.jspecify.annotations.NullMarked;
