package dev.upsim.auth;

import java.util.Objects;

/**
 * A grant as a workload holds it after resolution: the grant, whether it is the workload's own or
 * inherited, and where in the configuration it was declared.
 */
public record HeldGrant(Grant grant, GrantOrigin origin, SourceLocation declaredAt) {

  public HeldGrant {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(declaredAt, "declaredAt");
  }

  /** For example {@code env:view (inherited, config.yaml:12)}. */
  public String describe() {
    return grant + " (" + origin.word() + ", " + declaredAt.fileAndLine() + ")";
  }
}
