package dev.upsim.orchestrator.supervision;

import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.container.ApplicationContainer;
import dev.upsim.orchestrator.container.Container;
import dev.upsim.orchestrator.container.ContainerSetup;
import dev.upsim.orchestrator.container.ContainerVariables;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.container.TaskContainer;
import dev.upsim.orchestrator.container.WorkerContainer;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.config.TaskDefinition;
import dev.upsim.workloads.config.Worker;
import dev.upsim.workloads.resolve.Resolution;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * Spawns an environment's containers as children of its supervisor, each with its resolved grants
 * and the environment variables it sees.
 */
final class Spawner {

  private final ActorContext<?> context;
  private final String environment;
  private final String type;
  private final TokenCodec codec;
  private final ActorRef<PlatformApi.Command> api;
  private final RunServices services;
  // Setups, not views: a container keeps its setup anyway, and a view is made when listed.
  private final Map<ActorRef<Container.Command>, ContainerSetup> setups = new HashMap<>();

  /**
   * The variables of the workloads spawned at the last deploy, each distinct map once: the workers
   * of an application usually see the same variables, and 100,000 containers should not hold
   * 100,000 copies of a few maps.
   */
  private final Map<Map<String, String>, Map<String, String>> sharedVariables = new HashMap<>();

  Spawner(
      ActorContext<?> context,
      String environment,
      String type,
      TokenCodec codec,
      ActorRef<PlatformApi.Command> api,
      RunServices services) {
    this.context = context;
    this.environment = environment;
    this.type = type;
    this.codec = codec;
    this.api = api;
    this.services = services;
  }

  /** Spawns every application web instance and worker of {@code config}, by container name. */
  Map<String, ActorRef<Container.Command>> workloads(
      ProjectConfig config, Resolution resolution, int generation) {
    Map<String, ActorRef<Container.Command>> spawned = new LinkedHashMap<>();
    sharedVariables.clear();
    for (Application app : config.applications().values()) {
      WorkloadId id = WorkloadId.app(app.name());
      ContainerSetup setup = longLived(app.name(), id, resolution, variables(app, Map.of()));
      String actor = shared("app-" + app.name() + "-" + generation);
      spawned.put(
          app.name(), remember(ApplicationContainer.spawn(context, actor, setup, app), setup));
      for (Worker worker : app.workers().values()) {
        String name = shared(app.name() + "--" + worker.name());
        spawned.put(name, worker(name, app, worker, resolution, generation));
      }
    }
    return spawned;
  }

  /** Spawns the container of task run {@code run}. */
  ActorRef<Container.Command> taskRun(Activity run, ProjectConfig config, Resolution resolution) {
    TaskDefinition task = config.tasks().get(run.task());
    Map<String, String> configured = task == null ? Map.of() : task.variables();
    Map<String, String> variables =
        ContainerVariables.of(
            services.project(),
            environment,
            type,
            run.task(),
            configured,
            run.variables(),
            services.settings().apiBaseUrl());
    WorkloadId id = WorkloadId.task(run.task());
    ResolvedWorkload resolved = resolve(resolution, id);
    String name = run.container();
    ContainerSetup setup =
        setup(name, ContainerSetup.proxyNameOf(name), resolved, run.id(), variables);
    return remember(TaskContainer.spawn(context, "run-" + run.id(), setup, run), setup);
  }

  /** Spawns a worker's container as {@code name}, the one string its map key and trace share. */
  private ActorRef<Container.Command> worker(
      String name, Application app, Worker worker, Resolution resolution, int generation) {
    WorkloadId id = WorkloadId.worker(app.name(), worker.name());
    ContainerSetup setup = longLived(name, id, resolution, variables(app, worker.variables()));
    String actor = shared("worker-" + name + "-" + generation);
    return remember(WorkerContainer.spawn(context, actor, setup), setup);
  }

  /** How a client outside the simulation sees {@code container}, spawned here and not forgotten. */
  ContainerView viewOf(ActorRef<Container.Command> container) {
    ContainerSetup setup = setups.get(container);
    return setup == null ? null : ContainerView.of(setup, container);
  }

  /** Forgets {@code container}, which has stopped or is stopping. */
  void forget(ActorRef<Container.Command> container) {
    setups.remove(container);
  }

  private Map<String, String> variables(Application app, Map<String, String> own) {
    Map<String, String> configured = new HashMap<>(app.variables());
    configured.putAll(own);
    Map<String, String> variables =
        ContainerVariables.of(
            services.project(),
            environment,
            type,
            app.name(),
            configured,
            Map.of(),
            services.settings().apiBaseUrl());
    return sharedVariables.computeIfAbsent(variables, same -> same);
  }

  /**
   * The setup of an application's or worker's container. Its names are the same in every
   * environment and at every deploy, so each is one string for the whole simulation.
   */
  private ContainerSetup longLived(
      String name, WorkloadId id, Resolution resolution, Map<String, String> variables) {
    String proxyName = shared(ContainerSetup.proxyNameOf(name));
    return setup(name, proxyName, resolve(resolution, id), null, variables);
  }

  private ContainerSetup setup(
      String name,
      String proxyName,
      ResolvedWorkload resolved,
      String runId,
      Map<String, String> variables) {
    // The resolution's id: containers of one workload share it across environments.
    return new ContainerSetup(
        environment,
        name,
        proxyName,
        resolved.id(),
        resolved,
        runId,
        variables,
        codec,
        api,
        services);
  }

  private static ResolvedWorkload resolve(Resolution resolution, WorkloadId id) {
    return resolution
        .find(id)
        .orElse(new ResolvedWorkload(id, List.of(), "not in the configuration deployed now"));
  }

  /** The simulation's one copy of {@code name}. */
  private String shared(String name) {
    return services.names().intern(name);
  }

  private ActorRef<Container.Command> remember(
      ActorRef<Container.Command> container, ContainerSetup setup) {
    setups.put(container, setup);
    return container;
  }
}
