/**
 * The rules — <i>aturan</i>: every guarantee as a {@link id.smartkampung.core.rule.Rule} with its
 * invariant and code, and the {@link id.smartkampung.core.rule.Finding}s that name a broken one.
 */
@NullMarked
package id.smartkampung.core.rule;

import org.jspecify.annotations.NullMarked;
