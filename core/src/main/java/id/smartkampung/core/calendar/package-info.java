/**
 * The calendar of village finance — <i>kalender kerja</i>: national holidays and cuti bersama per
 * year (SKB of the Ministers of Religious Affairs, Manpower and Administrative Reform) as data, and
 * the working days (<i>hari kerja</i>) that deadlines count.
 */
@NullMarked
package id.smartkampung.core.calendar;

import org.jspecify.annotations.NullMarked;
