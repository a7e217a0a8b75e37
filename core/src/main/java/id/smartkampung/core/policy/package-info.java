/**
 * Policy packs — <i>paket kebijakan</i>: every rate, share and threshold of a fiscal year's
 * regulations as data, each with its regulation and article ({@link
 * id.smartkampung.core.policy.PolicyPack}).
 */
@NullMarked
package id.smartkampung.core.policy;

import org.jspecify.annotations.NullMarked;
