package dev.upsim.workloads.program;

import java.util.Objects;

/**
 * Which bearer token a {@link Action.Call} sends.
 *
 * @param savedAs the name a previous {@link Action.RequestToken} saved the token under; set only
 *     for {@link Kind#SAVED}
 */
public record TokenChoice(Kind kind, String savedAs) {

  /** The ways a call can authenticate. */
  public enum Kind {
    /** A token asked from the workload's proxy just before the call, with the default lifetime. */
    FRESH,
    /** A token saved earlier by name, which may have expired or outlived its run since. */
    SAVED,
    /** No {@code Authorization} header at all. */
    NONE,
    /** A fresh token with one character of its signature changed, as an attacker would. */
    TAMPERED
  }

  public TokenChoice {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.SAVED) != (savedAs != null)) {
      throw new IllegalArgumentException("a saved token needs a name, and only a saved one");
    }
  }

  /** A fresh token from the proxy. */
  public static TokenChoice fresh() {
    return new TokenChoice(Kind.FRESH, null);
  }

  /** The token saved earlier under {@code name}. */
  public static TokenChoice saved(String name) {
    return new TokenChoice(Kind.SAVED, Objects.requireNonNull(name, "name"));
  }

  /** No token. */
  public static TokenChoice none() {
    return new TokenChoice(Kind.NONE, null);
  }

  /** A fresh token whose signature was altered. */
  public static TokenChoice tampered() {
    return new TokenChoice(Kind.TAMPERED, null);
  }

  @Override
  public String toString() {
    return kind == Kind.SAVED ? "saved " + savedAs : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
