package dev.upsim.workloads.resolve;

import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.Authorizations;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.config.TaskDefinition;
import dev.upsim.workloads.config.Worker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validated configuration into each workload's effective grants.
 *
 * <p>The platform's rules, applied once when a container is spawned:
 *
 * <ul>
 *   <li>an application's web instance holds the application's list;
 *   <li>a worker that declares {@code authorizations} holds that list only, which replaces the
 *       application's whole, even when empty; otherwise it inherits the application's;
 *   <li>a cron holds exactly the application's list (declaring one is a configuration error);
 *   <li>a task holds its own list only and never inherits.
 * </ul>
 *
 * A pure function: the same configuration always resolves to the same value.
 */
public final class AuthorizationResolver {

  private AuthorizationResolver() {}

  /** Resolves every workload of {@code config}, applications first, then tasks. */
  public static Resolution resolve(ProjectConfig config) {
    Map<WorkloadId, ResolvedWorkload> resolved = new LinkedHashMap<>();
    for (Application app : config.applications().values()) {
      resolveApplication(app, resolved);
    }
    for (TaskDefinition task : config.tasks().values()) {
      WorkloadId id = WorkloadId.task(task.name());
      resolved.put(id, own(id, task.authorizations()));
    }
    return new Resolution(resolved);
  }

  private static void resolveApplication(
      Application app, Map<WorkloadId, ResolvedWorkload> resolved) {
    WorkloadId appId = WorkloadId.app(app.name());
    resolved.put(appId, own(appId, app.authorizations()));

    for (Worker worker : app.workers().values()) {
      WorkloadId id = WorkloadId.worker(app.name(), worker.name());
      resolved.put(
          id,
          worker.authorizations().isPresent()
              ? own(id, worker.authorizations())
              : inherited(id, appId, app.authorizations()));
    }
    for (String cron : app.crons().keySet()) {
      WorkloadId id = WorkloadId.cron(app.name(), cron);
      resolved.put(id, inherited(id, appId, app.authorizations()));
    }
  }

  private static ResolvedWorkload own(WorkloadId id, Optional<Authorizations> declared) {
    if (declared.isEmpty()) {
      return new ResolvedWorkload(id, List.of(), "no authorizations declared");
    }
    Authorizations list = declared.get();
    String basis = "own list at " + list.at().fileAndLine();
    return new ResolvedWorkload(id, held(list, GrantOrigin.OWN), basis);
  }

  private static ResolvedWorkload inherited(
      WorkloadId id, WorkloadId from, Optional<Authorizations> declared) {
    if (declared.isEmpty()) {
      return new ResolvedWorkload(
          id, List.of(), "inherited from " + from + ", which declares none");
    }
    Authorizations list = declared.get();
    String basis = "inherited from " + from + " (" + list.at().fileAndLine() + ")";
    return new ResolvedWorkload(id, held(list, GrantOrigin.INHERITED), basis);
  }

  private static List<HeldGrant> held(Authorizations list, GrantOrigin origin) {
    return list.entries().stream()
        .map(entry -> new HeldGrant(entry.grant(), origin, entry.at()))
        .distinct()
        .toList();
  }
}
