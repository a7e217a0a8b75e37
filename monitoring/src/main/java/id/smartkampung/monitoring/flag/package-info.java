/**
 * Red flags — <i>tanda bahaya</i>: codes, severities and the risk score.
 */
@NullMarked
package id.smartkampung.monitoring.flag;

import org.jspecify.annotations.NullMarked;
