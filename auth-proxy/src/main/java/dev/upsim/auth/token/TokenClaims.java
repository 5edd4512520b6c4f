package dev.upsim.auth.token;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantSet;
import dev.upsim.auth.WorkloadId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a token says: who it was issued to, where, with which grants, and for how long.
 *
 * @param runId the task run's activity id when the token was issued inside a task run, else null
 * @param tokenId a unique id per token (the JWT {@code jti}), drawn from the run's seed
 */
public record TokenClaims(
    String project,
    String environment,
    WorkloadId workload,
    String runId,
    Set<Grant> grants,
    Instant issuedAt,
    Instant expiresAt,
    String tokenId) {

  public TokenClaims {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(workload, "workload");
    grants = GrantSet.of(grants);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(tokenId, "tokenId");
  }
}
