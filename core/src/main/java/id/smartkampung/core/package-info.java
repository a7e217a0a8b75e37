/**
 * smartkampung core: the village budget (APBDes) and its execution.
 *
 * <p>Conventions of every package of {@code smartkampung-core} and {@code
 * smartkampung-monitoring}: each package is {@link org.jspecify.annotations.NullMarked} — no
 * parameter, return value or field is null unless it is marked {@link
 * org.jspecify.annotations.Nullable} (the public API uses {@link java.util.Optional} for an absent
 * result, and overloads rather than {@code Optional} parameters); each public type carries its
 * {@link id.smartkampung.core.Api} status.
 */
@NullMarked
package id.smartkampung.core;

import org.jspecify.annotations.NullMarked;
