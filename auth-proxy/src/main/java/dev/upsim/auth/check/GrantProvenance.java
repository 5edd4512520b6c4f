package dev.upsim.auth.check;

import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.WorkloadId;
import java.util.List;

/**
 * Where a workload's grants come from in the current configuration, so that a decision can name the
 * file and line behind each grant a token carries.
 */
public interface GrantProvenance {

  /** The grants {@code id} holds after resolution, with origin and place; empty when none. */
  List<HeldGrant> heldBy(WorkloadId id);

  /** One phrase on where the list comes from, for example {@code own list at config.yaml:31}. */
  String basis(WorkloadId id);
}
