/**
 * Strict JSON reading and writing of projects and progress reports — <i>berkas JSON</i>: a clear
 * error naming the JSON path and the rule for every bad input.
 */
@NullMarked
package id.smartkampung.monitoring.json;

import org.jspecify.annotations.NullMarked;
