/**
 * Texts for people — <i>katalog pesan</i>: the library's findings, rules and (with the monitoring
 * module's flags) red flags in Indonesian or English, from message catalogues keyed by code, with
 * money, percentages and dates written the language's way.
 */
@NullMarked
package id.smartkampung.core.text;

import org.jspecify.annotations.NullMarked;
