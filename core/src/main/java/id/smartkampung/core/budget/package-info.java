/**
 * The village budget — <i>APBDes</i>: lines, items, validation, lifecycle, revision diff, and
 * reading budgets from JSON and CSV.
 */
@NullMarked
package id.smartkampung.core.budget;

import org.jspecify.annotations.NullMarked;
