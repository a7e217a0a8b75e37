/**
 * Money in rupiah — <i>uang</i>: {@link id.smartkampung.core.money.Idr}, amounts exact to the sen
 * (ISO 4217 IDR, two decimals), never floating point.
 */
@NullMarked
package id.smartkampung.core.money;

import org.jspecify.annotations.NullMarked;
