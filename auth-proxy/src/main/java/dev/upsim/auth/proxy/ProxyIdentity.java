package dev.upsim.auth.proxy;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantSet;
import dev.upsim.auth.WorkloadId;
import java.util.Objects;
import java.util.Set;

/**
 * Whom a proxy issues tokens to: the container's project, environment and workload, the task run
 * when the container runs one, and the workload's grants as resolved when the container spawned.
 *
 * @param runId the task run's activity id, or null outside a task run
 */
public record ProxyIdentity(
    String project, String environment, WorkloadId workload, String runId, Set<Grant> grants) {

  public ProxyIdentity {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(workload, "workload");
    grants = GrantSet.of(grants);
  }
}
