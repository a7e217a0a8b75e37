/**
 * The plan — <i>rencana</i>: the cost plan (<i>RAB</i>) and the planned S-curve (<i>kurva S
 * rencana</i>).
 */
@NullMarked
package id.smartkampung.monitoring.plan;

import org.jspecify.annotations.NullMarked;
