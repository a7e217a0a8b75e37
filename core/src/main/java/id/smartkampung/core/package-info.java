/**
 * smartkampung core: the village budget (APBDes) and its execution.
 *
 * <p>Conventions of every package of {@code smartkampung-core} and {@code
 * smartkampung-monitoring}: each package is {@link org.jspecify.annotations.NullMarked} — no
 * parameter, return value or field is null unless it is marked {@link
 * org.jspecify.annotations.Nullable}. A record component that may be absent is {@code @Nullable}
 * and documented ("null when …"), and so is its accessor and the canonical constructor's
 * parameter; no public method takes an {@code Optional} (a {@code @Nullable} parameter or an
 * overload without the value instead); a method that is not a record accessor may return {@link
 * java.util.Optional} for an absent result. Each public type carries its
 * {@link id.smartkampung.core.Api} status.
 */
@NullMarked
package id.smartkampung.core;

import org.jspecify.annotations.NullMarked;
