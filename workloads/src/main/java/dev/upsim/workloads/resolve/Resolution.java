package dev.upsim.workloads.resolve;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every workload of a configuration with its effective grants, in declaration order. */
public record Resolution(Map<WorkloadId, ResolvedWorkload> workloads) {

  public Resolution {
    workloads = Collections.unmodifiableMap(new LinkedHashMap<>(workloads));
  }

  /** The resolved workload named {@code id}, if the configuration declares it. */
  public Optional<ResolvedWorkload> find(WorkloadId id) {
    return Optional.ofNullable(workloads.get(id));
  }

  /** The workloads that hold {@code grant}, in declaration order. */
  public List<ResolvedWorkload> whoCan(Grant grant) {
    return workloads.values().stream().filter(workload -> workload.holds(grant)).toList();
  }
}
