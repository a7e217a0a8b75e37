package id.smartkampung.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API status of a public type — <i>status API</i>: what an app that embeds smartkampung may
 * rely on. Every public type of {@code smartkampung-core} and {@code smartkampung-monitoring} carries
 * it; a nested type has the status of the type it is declared in. Kept in the class files ({@link
 * RetentionPolicy#CLASS}) for tools such as API checkers, and shown in the Javadoc.
 */
@Api(Api.Status.STABLE)
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Api {

  /** The status of the annotated type. */
  Status value();

  /** How far a type may be relied on. */
  enum Status {
    /**
     * Part of the library's contract: changed incompatibly only in a new major version, after
     * being deprecated.
     */
    STABLE,
    /**
     * Usable, but its shape may still change in a minor version (e.g. a type whose units or
     * parameters are being reworked, or the auditor kit, whose contracts grow with each new
     * operation). Pin the version if you build on it.
     */
    EXPERIMENTAL,
    /**
     * Public only because another package of the library needs it; not for apps. It may change or
     * disappear in any version.
     */
    INTERNAL
  }
}
