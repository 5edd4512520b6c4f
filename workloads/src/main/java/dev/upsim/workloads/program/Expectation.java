package dev.upsim.workloads.program;

import dev.upsim.auth.Grant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a step's outcome should be. Every part is optional (null means "not checked"); only the
 * parts given are compared.
 *
 * @param status the HTTP status, for example 202 or 403
 * @param reason the refusal's reason code, for example {@code missing-grant}
 * @param errorContains text the error message must contain
 * @param grants exactly the grants the issued or checked token must carry
 * @param expiresIn the lifetime in seconds an issued token must have
 */
public record Expectation(
    Integer status, String reason, String errorContains, Set<Grant> grants, Long expiresIn) {

  /** Checks nothing. */
  public static final Expectation NONE = new Expectation(null, null, null, null, null);

  public Expectation {
    grants = grants == null ? null : Collections.unmodifiableSet(new TreeSet<>(grants));
  }

  /** Expects exactly {@code status}. */
  public static Expectation status(int status) {
    return new Expectation(status, null, null, null, null);
  }

  /** Expects a refusal with {@code status} and reason code {@code reason}. */
  public static Expectation refused(int status, String reason) {
    return new Expectation(status, reason, null, null, null);
  }

  /** {@code expect}, or {@link #NONE} when null. */
  public static Expectation orNone(Expectation expect) {
    return expect == null ? NONE : expect;
  }

  /** Whether this expectation checks nothing. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Each part of {@code outcome} that differs from this expectation, as "expected vs actual". */
  public List<String> mismatches(ActionOutcome outcome) {
    List<String> found = new ArrayList<>();
    compare(found, "status", status, outcome.status());
    compare(found, "reason", reason, outcome.reason());
    if (errorContains != null && !containsError(outcome)) {
      String expected = "text containing \"" + errorContains + "\"";
      found.add("error: expected " + expected + ", got " + orNothing(outcome.message()));
    }
    compare(found, "grants", grants, grantsOf(outcome));
    compare(found, "expires_in", expiresIn, outcome.expiresIn());
    return found;
  }

  /** Adds "part: expected x, got y" when {@code expected} is given and differs. */
  private static void compare(List<String> found, String part, Object expected, Object actual) {
    if (expected != null && !expected.equals(actual)) {
      found.add(part + ": expected " + expected + ", got " + orNothing(actual));
    }
  }

  private boolean containsError(ActionOutcome outcome) {
    return outcome.message() != null && outcome.message().contains(errorContains);
  }

  private static Set<Grant> grantsOf(ActionOutcome outcome) {
    return outcome.claims() == null ? null : outcome.claims().grants();
  }

  private static String orNothing(Object value) {
    return Objects.toString(value, "nothing");
  }
}
