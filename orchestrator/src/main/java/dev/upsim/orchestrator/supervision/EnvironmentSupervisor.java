package dev.upsim.orchestrator.supervision;

import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.Reason;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.container.Container;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import dev.upsim.workloads.resolve.Resolution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The supervisor of one environment.
 *
 * <p>Design notes. At every deploy it resolves each workload's grants once ({@link
 * AuthorizationResolver}); the first deploy takes the resolution the project made once for all its
 * environments, which deploy the same configuration. It spawns one container per application web
 * instance and per worker, each with its own proxy; task run containers it spawns only when the API
 * orders, and stops when the API says a run was cancelled or timed out. A deploy tells the API
 * first (which cancels every run), then stops the old containers and spawns new ones with the newly
 * resolved grants: tokens issued before keep what they carry until they expire. Containers get a
 * generation in their actor name, so a respawned container never waits for its predecessor's name.
 */
public final class EnvironmentSupervisor extends AbstractBehavior<EnvironmentSupervisor.Command> {

  /** What an environment is asked. */
  public sealed interface Command
      permits Perform,
          Deploy,
          HandleRequest,
          RequestToken,
          ListActivities,
          ListContainers,
          RunOrdered,
          RunContainerStopped {}

  /** Performs one step as {@code actor}; a task acts through its latest run in progress. */
  public record Perform(WorkloadId actor, Action action, ActorRef<ActionOutcome> replyTo)
      implements Command {}

  /** Deploys {@code config}, or the configuration deployed now again when it is null. */
  public record Deploy(ProjectConfig config) implements Command {}

  /** Hands a request to the environment's API. */
  public record HandleRequest(ApiRequest request, ActorRef<ApiResponse> replyTo)
      implements Command {}

  /** Asks the proxy of {@code container} for a token, for a client outside the simulation. */
  public record RequestToken(String container, Long ttlSeconds, ActorRef<TokenReply> replyTo)
      implements Command {}

  /** Lists the environment's task runs. */
  public record ListActivities(ActorRef<PlatformApi.ActivitiesListed> replyTo) implements Command {}

  /** Lists the containers running now: applications and workers, then task runs. */
  public record ListContainers(ActorRef<ContainersListed> replyTo) implements Command {}

  /** The containers running now, in the order {@link ListContainers} gives. */
  public record ContainersListed(List<ContainerView> containers) {
    public ContainersListed {
      containers = List.copyOf(containers);
    }
  }

  private record RunOrdered(PlatformApi.RunOrder order) implements Command {}

  private record RunContainerStopped(String activityId) implements Command {}

  /**
   * The supervisor of {@code environment} (of {@code type}), which deploys {@code config}, whose
   * grants {@code resolution} holds.
   */
  public static Behavior<Command> create(
      String environment,
      String type,
      ProjectConfig config,
      Resolution resolution,
      RunServices services) {
    return Behaviors.setup(
        context ->
            new EnvironmentSupervisor(context, environment, type, config, resolution, services));
  }

  private final String environment;
  private final RunServices services;
  private final TokenCodec codec;
  private final ActorRef<PlatformApi.Command> api;
  private final Spawner spawner;
  private final Map<String, ActorRef<Container.Command>> containers = new LinkedHashMap<>();
  private final Map<String, TaskRun> runs = new LinkedHashMap<>();
  private ProjectConfig config;
  private Resolution resolution;
  private int generation = 1;

  private EnvironmentSupervisor(
      ActorContext<Command> context,
      String environment,
      String type,
      ProjectConfig config,
      Resolution resolution,
      RunServices services) {
    super(context);
    this.environment = environment;
    this.services = services;
    this.config = config;
    this.resolution = resolution;
    this.codec = tokenCodec(services, environment);
    ActorRef<PlatformApi.RunOrder> orders =
        context.messageAdapter(PlatformApi.RunOrder.class, RunOrdered::new);
    services.trace().record(environment, "project", "supervisor", TraceKind.SPAWNED, about(type));
    Behavior<PlatformApi.Command> apiBehavior =
        PlatformApi.create(environment, type, config, resolution, codec, orders, services);
    this.api = context.spawn(apiBehavior, "api", RunServices.onSimulationThread());
    this.spawner = new Spawner(context, environment, type, codec, api, services);
    spawnWorkloads();
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Perform.class, this::onPerform)
        .onMessage(Deploy.class, this::onDeploy)
        .onMessage(HandleRequest.class, this::onHandleRequest)
        .onMessage(RequestToken.class, this::onRequestToken)
        .onMessage(ListActivities.class, this::onListActivities)
        .onMessage(ListContainers.class, this::onListContainers)
        .onMessage(RunOrdered.class, this::onRunOrdered)
        .onMessage(RunContainerStopped.class, this::onRunContainerStopped)
        .build();
  }

  private Behavior<Command> onPerform(Perform perform) {
    ActorRef<Container.Command> container = containerOf(perform.actor());
    if (container == null) {
      perform.replyTo().tell(ActionOutcome.notSent(whyNoContainer(perform.actor())));
      return this;
    }
    container.tell(new Container.Perform(perform.actor(), perform.action(), perform.replyTo()));
    return this;
  }

  private Behavior<Command> onDeploy(Deploy deploy) {
    config = deploy.config() == null ? config : deploy.config();
    resolution = AuthorizationResolver.resolve(config);
    generation++;
    String content = "deployment " + generation + " of " + config.files() + ": " + workloads();
    services.trace().record(environment, "project", "supervisor", TraceKind.DEPLOYED, content);

    api.tell(new PlatformApi.Redeploy(config, resolution));
    containers.values().forEach(c -> c.tell(new Container.Stop("the environment is deployed")));
    containers.values().forEach(spawner::forget);
    containers.clear();
    spawnWorkloads();
    return this;
  }

  private Behavior<Command> onHandleRequest(HandleRequest request) {
    api.tell(new PlatformApi.Handle(request.request(), request.replyTo()));
    return this;
  }

  private Behavior<Command> onRequestToken(RequestToken request) {
    ActorRef<Container.Command> container = containerNamed(request.container());
    if (container == null) {
      String why = "no container named " + request.container() + " runs in " + environment;
      request.replyTo().tell(new TokenRefused(Reason.BAD_REQUEST, why + "; running: " + names()));
      return this;
    }
    container.tell(new Container.RequestToken(request.ttlSeconds(), request.replyTo()));
    return this;
  }

  private Behavior<Command> onListActivities(ListActivities list) {
    api.tell(new PlatformApi.ListActivities(list.replyTo()));
    return this;
  }

  private Behavior<Command> onListContainers(ListContainers list) {
    List<ContainerView> views = new ArrayList<>();
    containers.values().forEach(container -> views.add(spawner.viewOf(container)));
    runs.values().forEach(run -> views.add(spawner.viewOf(run.container())));
    list.replyTo().tell(new ContainersListed(views));
    return this;
  }

  private Behavior<Command> onRunOrdered(RunOrdered ordered) {
    if (ordered.order() instanceof PlatformApi.StartRun start) {
      startRun(start.run());
      return this;
    }
    PlatformApi.StopRun stop = (PlatformApi.StopRun) ordered.order();
    TaskRun run = runs.get(stop.activityId());
    if (run != null) {
      run.container().tell(new Container.Stop(stop.why()));
    }
    return this;
  }

  private Behavior<Command> onRunContainerStopped(RunContainerStopped stopped) {
    TaskRun run = runs.remove(stopped.activityId());
    if (run != null) {
      spawner.forget(run.container());
    }
    return this;
  }

  private void startRun(Activity run) {
    ActorRef<Container.Command> container = spawner.taskRun(run, config, resolution);
    getContext().watchWith(container, new RunContainerStopped(run.id()));
    runs.put(run.id(), new TaskRun(run.task(), run.container(), container));
  }

  private void spawnWorkloads() {
    containers.putAll(spawner.workloads(config, resolution, generation));
  }

  private ActorRef<Container.Command> containerOf(WorkloadId actor) {
    switch (actor.kind()) {
      case APP:
        return containers.get(actor.name());
      case WORKER:
        return containers.get(actor.application() + "--" + actor.name());
      case CRON:
        boolean declared = resolution.find(actor).isPresent();
        return declared ? containers.get(actor.application()) : null;
      default:
        return latestRunOf(actor.name());
    }
  }

  private ActorRef<Container.Command> latestRunOf(String task) {
    ActorRef<Container.Command> latest = null;
    for (TaskRun run : runs.values()) {
      latest = run.task().equals(task) ? run.container() : latest;
    }
    return latest;
  }

  private ActorRef<Container.Command> containerNamed(String name) {
    ActorRef<Container.Command> container = containers.get(name);
    if (container != null) {
      return container;
    }
    return runs.values().stream()
        .filter(run -> run.name().equals(name))
        .map(TaskRun::container)
        .findFirst()
        .orElse(null);
  }

  private String whyNoContainer(WorkloadId actor) {
    if (actor.kind() == WorkloadId.Kind.TASK && config.tasks().containsKey(actor.name())) {
      return actor + " has no run in progress in " + environment + ": trigger it first";
    }
    return "no workload " + actor + " in the configuration deployed in " + environment;
  }

  private String names() {
    List<String> names = new ArrayList<>(containers.keySet());
    runs.values().forEach(run -> names.add(run.name()));
    return String.join(", ", names);
  }

  private String about(String type) {
    return "environment " + environment + " (" + type + ") with " + workloads();
  }

  private String workloads() {
    return "applications " + config.applications().keySet() + ", tasks " + config.tasks().keySet();
  }

  private static TokenCodec tokenCodec(RunServices services, String environment) {
    return TokenCodecs.forEnvironment(
        services.tokenSettings().signing(), services.seed(), services.project(), environment);
  }

  /** A task run's container, by the task it runs and its container name. */
  private record TaskRun(String task, String name, ActorRef<Container.Command> container) {}
}
