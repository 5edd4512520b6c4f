package dev.upsim.auth.check;

import java.util.Locale;

/**
 * Why a request was refused, with a stable code that scenarios, the trace and HTTP error bodies all
 * use, and the HTTP status the platform answers with.
 */
public enum Reason {
  MISSING_TOKEN(401),
  MALFORMED_TOKEN(401),
  BAD_SIGNATURE(401),
  EXPIRED(401),
  WRONG_ENVIRONMENT(403),
  WRONG_PROJECT(403),
  MISSING_GRANT(403),
  UNKNOWN_TASK(404),
  BAD_REQUEST(400),
  RUN_ENDED(401),
  RATE_LIMITED(429),
  CHAIN_TOO_DEEP(409);

  private final int status;

  Reason(int status) {
    this.status = status;
  }

  /** The stable code, for example {@code missing-grant}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The HTTP status the platform answers with for this reason. */
  public int status() {
    return status;
  }

  /** The reason with code {@code code}, or null when there is none. */
  public static Reason fromCode(String code) {
    for (Reason reason : values()) {
      if (reason.code().equals(code)) {
        return reason;
      }
    }
    return null;
  }
}
