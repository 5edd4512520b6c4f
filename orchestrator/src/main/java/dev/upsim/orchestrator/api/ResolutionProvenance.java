package dev.upsim.orchestrator.api;

import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.GrantProvenance;
import dev.upsim.workloads.resolve.Resolution;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.util.List;

/** Where grants come from in the configuration deployed now: the token check's provenance. */
public record ResolutionProvenance(Resolution resolution) implements GrantProvenance {

  @Override
  public List<HeldGrant> heldBy(WorkloadId id) {
    return resolution.find(id).map(ResolvedWorkload::grants).orElse(List.of());
  }

  @Override
  public String basis(WorkloadId id) {
    return resolution
        .find(id)
        .map(ResolvedWorkload::basis)
        .orElse("not in the configuration deployed now");
  }
}
