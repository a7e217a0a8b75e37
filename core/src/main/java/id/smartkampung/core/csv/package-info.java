/**
 * CSV tables for spreadsheets and programs — <i>berkas CSV</i>: the dialects ({@code ,} with decimal
 * point, or {@code ;} with decimal comma and byte-order mark for a spreadsheet set to Indonesian)
 * and the one rule against formula injection in exported cells.
 */
package id.smartkampung.core.csv;
