package dev.upsim.orchestrator.runtime;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantSet;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link GrantSet} per distinct content for a whole simulation, so that the proxies of
 * workloads with equal grants (the workers of an application, a workload in every environment)
 * share one, and so do the tokens they issue. The sets come from configurations, so a simulation
 * holds a few, however many containers it spawns.
 */
public final class GrantSets {

  private final ConcurrentMap<Set<Grant>, GrantSet> shared = new ConcurrentHashMap<>();

  /** The simulation's one GrantSet with the content of {@code grants}. */
  public GrantSet intern(Collection<Grant> grants) {
    GrantSet set = GrantSet.of(grants);
    GrantSet known = shared.putIfAbsent(set, set);
    return known == null ? set : known;
  }
}
