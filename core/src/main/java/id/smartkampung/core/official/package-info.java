/**
 * Village officials — <i>perangkat desa</i>: who acts ({@link
 * id.smartkampung.core.official.Official}), in which role, and the Ed25519 keys they sign with.
 */
@NullMarked
package id.smartkampung.core.official;

import org.jspecify.annotations.NullMarked;
