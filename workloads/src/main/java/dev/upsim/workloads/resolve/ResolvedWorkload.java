package dev.upsim.workloads.resolve;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantSet;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.WorkloadId;
import java.util.List;

/**
 * A workload's effective grants, fixed when its container is spawned.
 *
 * @param basis where the list as a whole comes from, in words: "own list at config.yaml:12",
 *     "inherited from app:shop (config.yaml:8)", "no authorizations declared"
 */
public record ResolvedWorkload(WorkloadId id, List<HeldGrant> grants, String basis) {

  public ResolvedWorkload {
    grants = List.copyOf(grants);
  }

  /** The grants alone, sorted by their text form, without provenance. */
  public GrantSet grantSet() {
    return GrantSet.of(grants.stream().map(HeldGrant::grant).toList());
  }

  /** Whether the workload holds {@code grant}. */
  public boolean holds(Grant grant) {
    return grants.stream().anyMatch(held -> held.grant().equals(grant));
  }
}
