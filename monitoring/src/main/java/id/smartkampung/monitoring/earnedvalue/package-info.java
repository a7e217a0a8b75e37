/**
 * Earned value and earned schedule — <i>nilai hasil</i>: PV, EV, AC and their indices; ES after
 * Lipke.
 */
@NullMarked
package id.smartkampung.monitoring.earnedvalue;

import org.jspecify.annotations.NullMarked;
