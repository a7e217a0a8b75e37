/**
 * The one strict JSON reading layer of smartkampung — <i>pembacaan JSON yang ketat</i>: one
 * configuration ({@link id.smartkampung.core.json.StrictJson}: duplicate keys and trailing tokens
 * refused, {@code BigDecimal} numbers, the {@link id.smartkampung.core.json.InputLimits}), one
 * path-aware reader ({@link id.smartkampung.core.json.JsonFields} over {@link
 * id.smartkampung.core.json.JsonObject}, built straight from parser tokens), and one exception type
 * for bad input ({@link id.smartkampung.core.json.InvalidInputException}). Budget files, journal
 * events and monitoring documents are all read through it, so they accept and refuse alike. The
 * journal's replay reads an event body its own fast path declines (see {@code id.smartkampung.core.journal}) first with {@link id.smartkampung.core.json.PlainJsonReader},
 * a fast path into the same {@code JsonObject} that declines anything but plain JSON (escapes,
 * non-ASCII text, fractions, repeated names, errors) to the general reading, which alone gives
 * verdicts and error messages.
 */
package id.smartkampung.core.json;
