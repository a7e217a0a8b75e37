/**
 * Taxes the village treasurer withholds or collects — <i>pajak yang dipotong/dipungut bendahara
 * desa</i>: who is paid ({@link id.smartkampung.core.tax.Payee}, kept in a {@link
 * id.smartkampung.core.tax.PayeeRegister}), what the payment buys ({@link
 * id.smartkampung.core.tax.PurchaseKind}), and the {@link id.smartkampung.core.tax.TaxDetermination}
 * that the fiscal year's {@link id.smartkampung.core.tax.TaxPolicy} makes of them: every tax (PPN,
 * PPh 21, 22, 23, 4(2)) and every deduction that is not a tax (PFK, such as the employee's BPJS
 * Kesehatan share) as a {@link id.smartkampung.core.tax.TaxLine} with its base, rate, amount and
 * regulation. Every rate, threshold and table is data in {@code policy/tax-YYYY.json}. The {@link
 * id.smartkampung.core.tax.TaxPeriodBook} keeps what was withheld and deposited per levy and tax
 * period ({@link id.smartkampung.core.tax.TaxPeriod}): one deposit (NTPN) covers many withholdings,
 * never more than is owed; what is owed at the close is carried into the next year.
 */
package id.smartkampung.core.tax;
