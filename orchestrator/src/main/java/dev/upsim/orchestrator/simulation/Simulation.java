package dev.upsim.orchestrator.simulation;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.runtime.SimulationDispatcher;
import dev.upsim.orchestrator.runtime.TaskCounter;
import dev.upsim.orchestrator.supervision.EnvironmentSupervisor;
import dev.upsim.orchestrator.supervision.ProjectSupervisor;
import dev.upsim.orchestrator.time.WakeUp;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * A running simulation of one project: what scenario runs, the HTTP server and tests drive.
 *
 * <p>Design notes. Every simulation actor runs on one thread, and this facade acts only while that
 * thread has nothing left to do: it sends one command, waits until the simulation is quiescent, and
 * reads the answer. The clock moves only here, to the next wake-up in the queue, and each wake-up
 * is delivered and fully processed before the next, so the same spec gives the same trace byte for
 * byte. Methods are synchronized: callers on several threads (an HTTP server) are served one at a
 * time.
 */
public final class Simulation implements AutoCloseable {

  /** Real time allowed for the simulation to go quiet after one command; only a guard. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final Duration ASK_TIMEOUT = Duration.ofHours(1);

  private static final AtomicLong STARTED = new AtomicLong();

  private final SimulationSpec spec;
  private final RunServices services;
  private final TaskCounter counter;
  private final ActorSystem<?> system;
  private final ActorRef<ProjectSupervisor.Command> project;
  private final boolean ownsSystem;

  private Simulation(
      SimulationSpec spec,
      RunServices services,
      TaskCounter counter,
      ActorSystem<?> system,
      ActorRef<ProjectSupervisor.Command> project,
      boolean ownsSystem) {
    this.spec = spec;
    this.services = services;
    this.counter = counter;
    this.system = system;
    this.project = project;
    this.ownsSystem = ownsSystem;
  }

  /**
   * Starts a simulation of {@code spec} in an actor system of its own, which close() stops: every
   * environment deployed, nothing run yet. The system is the one made ahead when there is one
   * ({@link SystemAhead}).
   */
  public static Simulation start(SimulationSpec spec) {
    RunServices services = services(spec);
    ActorSystem<Void> system = SystemAhead.take();
    if (system == null) {
      system = ActorSystem.create(Behaviors.empty(), "upsim", systemConfig(settingsOf(spec)));
    }
    try {
      return begin(spec, services, system, true);
    } catch (RuntimeException failed) {
      system.terminate();
      throw failed;
    }
  }

  /**
   * Starts a simulation of {@code spec} inside {@code system}, for example an ActorTestKit's, whose
   * configuration must hold the simulation dispatcher of {@link #systemConfig()}. Every environment
   * is deployed, nothing run yet; close() stops the simulation's actors and leaves the system.
   */
  public static Simulation startIn(ActorSystem<?> system, SimulationSpec spec) {
    return begin(spec, services(spec), system, false);
  }

  /**
   * The configuration of an actor system that hosts simulations: the simulation dispatcher and
   * Pekko's quiet defaults for a short-lived system, over the application's configuration. Give it
   * to an ActorTestKit whose system {@link #startIn} is to use.
   */
  public static Config systemConfig() {
    return systemConfig(ConfigFactory.load());
  }

  /**
   * Performs {@code action} in {@code environment} as {@code actor} (an application, a worker, a
   * cron through its application's container, or a task through its latest run in progress) and
   * returns its outcome once the simulation is quiet again. A sleep moves the clock.
   */
  public synchronized ActionOutcome perform(String environment, WorkloadId actor, Action action) {
    return ask(environment, replyTo -> new EnvironmentSupervisor.Perform(actor, action, replyTo));
  }

  /**
   * Runs until no task run is pending or in progress and no cron runs, moving the clock only as far
   * as that work needs; crons not yet due are not waited for. Stops at {@code upsim.settle.horizon}
   * from now, so that it always ends.
   */
  public synchronized SettleResult settle() {
    Instant horizon = now().plus(services.settings().settleHorizon());
    awaitQuiescence();
    while (!services.work().isIdle()) {
      Optional<Instant> next = services.wakeUps().next();
      if (next.isEmpty()) {
        return unsettled(now(), "nothing is scheduled that could end it");
      }
      if (next.get().isAfter(horizon)) {
        services.clock().moveTo(horizon);
        return unsettled(horizon, "the settle horizon, upsim.settle.horizon, was reached");
      }
      deliverNext();
    }
    return new SettleResult(true, now(), List.of(), "settled at " + now());
  }

  /** Moves the clock by {@code duration}; everything due meanwhile happens, in order. */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward, not by " + duration);
    }
    Instant until = now().plus(duration);
    awaitQuiescence();
    for (Optional<WakeUp<?>> due = services.wakeUps().takeDueBy(until);
        due.isPresent();
        due = services.wakeUps().takeDueBy(until)) {
      deliver(due.get());
    }
    services.clock().moveTo(until);
  }

  /**
   * Deploys {@code config} to {@code environment} (the configuration deployed now again when null):
   * its runs are cancelled and its containers respawned with newly resolved grants.
   */
  public synchronized void deploy(String environment, ProjectConfig config) {
    requireEnvironment(environment);
    if (config != null) {
      CronSpecs.requireValid(config);
    }
    tell(environment, new EnvironmentSupervisor.Deploy(config));
  }

  /** The task runs of {@code environment}, oldest first. */
  public synchronized List<Activity> activities(String environment) {
    PlatformApi.ActivitiesListed listed =
        ask(environment, replyTo -> new EnvironmentSupervisor.ListActivities(replyTo));
    return listed.activities();
  }

  /**
   * The containers running in {@code environment} now, applications and workers first, then task
   * runs, oldest first; a client outside the simulation sends token requests to their actors.
   */
  public synchronized List<ContainerView> containers(String environment) {
    EnvironmentSupervisor.ContainersListed listed =
        ask(environment, replyTo -> new EnvironmentSupervisor.ListContainers(replyTo));
    return listed.containers();
  }

  /** Answers an HTTP-shaped request with {@code environment}'s API. */
  public synchronized ApiResponse request(String environment, ApiRequest request) {
    return ask(environment, replyTo -> new EnvironmentSupervisor.HandleRequest(request, replyTo));
  }

  /** Asks the proxy of container {@code container} in {@code environment} for a token. */
  public synchronized TokenReply requestToken(String environment, String container, Long ttl) {
    return ask(
        environment, replyTo -> new EnvironmentSupervisor.RequestToken(container, ttl, replyTo));
  }

  /**
   * Asks the proxy of each of {@code containers} in {@code environment} for a token, all at once,
   * and returns the replies in the order of {@code containers}. The requests reach the environment
   * in that order and the simulation waits for quiescence once, not once per token, which is what a
   * client with many requests in flight (a benchmark, a load test) needs.
   */
  public synchronized List<TokenReply> requestTokens(
      String environment, List<String> containers, Long ttl) {
    requireEnvironment(environment);
    List<CompletableFuture<TokenReply>> replies = new ArrayList<>(containers.size());
    for (String container : containers) {
      replies.add(
          send(
              environment,
              replyTo -> new EnvironmentSupervisor.RequestToken(container, ttl, replyTo)));
    }
    List<TokenReply> answered = new ArrayList<>(replies.size());
    replies.forEach(reply -> answered.add(awaitAnswer(reply)));
    return answered;
  }

  /**
   * Hands {@code command} to the supervisor of {@code environment} as it is, and returns once the
   * simulation is quiet again, without moving the clock. For tests whose probe is the command's
   * {@code replyTo}, watching a message cross from the simulation's actors to their own.
   */
  public synchronized void tell(String environment, EnvironmentSupervisor.Command command) {
    requireEnvironment(environment);
    project.tell(new ProjectSupervisor.ForEnvironment(environment, command));
    awaitQuiescence();
  }

  /** Every trace event so far, in order. */
  public List<TraceEvent> trace() {
    return services.trace().events();
  }

  /** The trace as JSON lines, the form two runs are compared in. */
  public String traceJsonLines() {
    return services.trace().toJsonLines();
  }

  /** The virtual clock's instant. */
  public Instant now() {
    return services.clock().now();
  }

  /** The environments, in the order of the spec. */
  public List<String> environments() {
    return List.copyOf(spec.environments().keySet());
  }

  /**
   * Stops every actor of the simulation, and the actor system too when the simulation built it; a
   * system given to {@link #startIn} keeps running.
   */
  @Override
  public synchronized void close() {
    if (!ownsSystem) {
      project.tell(ProjectSupervisor.Stop.INSTANCE);
      awaitQuiescence();
      return;
    }
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException failed) {
      throw new IllegalStateException("the simulation did not stop", failed);
    }
  }

  private <T> T ask(String environment, Function<ActorRef<T>, EnvironmentSupervisor.Command> ask) {
    requireEnvironment(environment);
    return awaitAnswer(send(environment, ask));
  }

  private <T> CompletableFuture<T> send(
      String environment, Function<ActorRef<T>, EnvironmentSupervisor.Command> ask) {
    return AskPattern.<ProjectSupervisor.Command, T>ask(
            project,
            replyTo -> new ProjectSupervisor.ForEnvironment(environment, ask.apply(replyTo)),
            ASK_TIMEOUT,
            system.scheduler())
        .toCompletableFuture();
  }

  /**
   * Waits until the project has started and is quiet, then for its first answer, both in real time.
   * The system guardian starts the project actor from a thread of its own, which the task counter
   * does not see: until the project has answered once, a message to it may wait outside any
   * simulation mailbox, and the simulation would look quiet too early. Nothing is sent before the
   * start is quiet, so the start runs in the same order every time.
   */
  private void awaitStart(CompletableFuture<Void> started) {
    inRealTime(started, "start");
    awaitQuiescence();
    inRealTime(send(environments().get(0), EnvironmentSupervisor.ListActivities::new), "answer");
    awaitQuiescence();
  }

  private static void inRealTime(CompletableFuture<?> future, String what) {
    try {
      future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the simulation started", interrupted);
    } catch (ExecutionException | TimeoutException failed) {
      throw new IllegalStateException("the simulation did not " + what + " in time", failed);
    }
  }

  /** Lets the simulation run, moving the clock when it must, until {@code answer} comes. */
  private <T> T awaitAnswer(CompletableFuture<T> answer) {
    Instant horizon = now().plus(services.settings().settleHorizon());
    awaitQuiescence();
    while (!answer.isDone()) {
      Optional<Instant> next = services.wakeUps().next();
      if (next.isEmpty() || next.get().isAfter(horizon)) {
        throw new IllegalStateException(
            "the simulation went quiet at "
                + now()
                + " without answering; work going on: "
                + services.work().describe());
      }
      deliverNext();
    }
    return answer.join();
  }

  private void deliverNext() {
    deliver(services.wakeUps().takeDueBy(services.wakeUps().next().orElseThrow()).orElseThrow());
  }

  private void deliver(WakeUp<?> wakeUp) {
    services.clock().moveTo(wakeUp.at());
    wakeUp.deliver();
    awaitQuiescence();
  }

  private SettleResult unsettled(Instant at, String why) {
    List<String> unfinished = services.work().describe();
    String message =
        "settle stopped at " + at + " because " + why + "; still going on: " + unfinished;
    services.trace().record(null, "runner", null, TraceKind.HORIZON_REACHED, message);
    return new SettleResult(false, at, unfinished, message);
  }

  private void awaitQuiescence() {
    counter.awaitQuiescence(PATIENCE);
  }

  private void requireEnvironment(String environment) {
    if (!spec.environments().containsKey(environment)) {
      throw new IllegalArgumentException(
          "no environment " + environment + "; the environments are " + environments());
    }
  }

  private static Simulation begin(
      SimulationSpec spec, RunServices services, ActorSystem<?> system, boolean ownsSystem) {
    TaskCounter counter = SimulationDispatcher.counterIn(system);
    CompletableFuture<Void> started = new CompletableFuture<>();
    Behavior<ProjectSupervisor.Command> root =
        ProjectSupervisor.create(
            spec.environments(), spec.config(), services, () -> started.complete(null));
    String name = "upsim-" + spec.project() + "-" + STARTED.incrementAndGet();
    ActorRef<ProjectSupervisor.Command> project =
        system.systemActorOf(root, name, RunServices.onSimulationThread());
    Simulation simulation = new Simulation(spec, services, counter, system, project, ownsSystem);
    simulation.awaitStart(started);
    spec.environments().keySet().forEach(simulation::activities);
    return simulation;
  }

  /** The services of a run of {@code spec}; every setting and cron is checked here, first. */
  private static RunServices services(SimulationSpec spec) {
    Config config = settingsOf(spec);
    CronSpecs.requireValid(spec.config());
    return RunServices.fresh(spec.project(), spec.seed(), config, spec.start(), spec.programs());
  }

  private static Config settingsOf(SimulationSpec spec) {
    return spec.settings().withFallback(ConfigFactory.load());
  }

  /** The simulation's settings over Pekko's quiet defaults for a short-lived system. */
  private static Config systemConfig(Config config) {
    return ConfigFactory.parseString(
            "pekko.log-dead-letters = off\n"
                + "pekko.log-dead-letters-during-shutdown = off\n"
                + "pekko.loglevel = WARNING\n"
                + "pekko.stdout-loglevel = WARNING\n"
                + "pekko.actor.default-dispatcher.fork-join-executor.parallelism-max = 2\n")
        .withFallback(config);
  }
}
