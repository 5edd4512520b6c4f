package dev.upsim.orchestrator.simulation;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.auth.proxy.ProxySettings;
import dev.upsim.auth.token.TokenSettings;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.runtime.RuntimeSettings;
import dev.upsim.orchestrator.runtime.SavedTokens;
import dev.upsim.orchestrator.runtime.TaskCounter;
import dev.upsim.orchestrator.runtime.TaskCounterSetup;
import dev.upsim.orchestrator.runtime.WorkTracker;
import dev.upsim.orchestrator.supervision.EnvironmentSupervisor;
import dev.upsim.orchestrator.supervision.ProjectSupervisor;
import dev.upsim.orchestrator.time.VirtualClock;
import dev.upsim.orchestrator.time.WakeUp;
import dev.upsim.orchestrator.time.WakeUps;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.pekko.actor.BootstrapSetup;
import org.apache.pekko.actor.setup.ActorSystemSetup;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

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

  private final SimulationSpec spec;
  private final RunServices services;
  private final TaskCounter counter;
  private final ActorSystem<ProjectSupervisor.Command> system;

  private Simulation(
      SimulationSpec spec,
      RunServices services,
      TaskCounter counter,
      ActorSystem<ProjectSupervisor.Command> system) {
    this.spec = spec;
    this.services = services;
    this.counter = counter;
    this.system = system;
  }

  /** Starts a simulation of {@code spec}: every environment deployed, nothing run yet. */
  public static Simulation start(SimulationSpec spec) {
    Config config = spec.settings().withFallback(ConfigFactory.load());
    CronSpecs.requireValid(spec.config());
    RunServices services = services(spec, config);
    TaskCounter counter = new TaskCounter();
    ActorSystemSetup setup =
        ActorSystemSetup.create(
            BootstrapSetup.create(systemConfig(config)), new TaskCounterSetup(counter));
    ActorSystem<ProjectSupervisor.Command> system =
        ActorSystem.apply(
            ProjectSupervisor.create(spec.environments(), spec.config(), services),
            "upsim",
            setup,
            RunServices.onSimulationThread());
    Simulation simulation = new Simulation(spec, services, counter, system);
    simulation.awaitQuiescence();
    spec.environments().keySet().forEach(simulation::activities);
    return simulation;
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

  /** Answers an HTTP-shaped request with {@code environment}'s API. */
  public synchronized ApiResponse request(String environment, ApiRequest request) {
    return ask(environment, replyTo -> new EnvironmentSupervisor.HandleRequest(request, replyTo));
  }

  /** Asks the proxy of container {@code container} in {@code environment} for a token. */
  public synchronized TokenReply requestToken(String environment, String container, Long ttl) {
    return ask(
        environment, replyTo -> new EnvironmentSupervisor.RequestToken(container, ttl, replyTo));
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

  /** Stops every actor of the simulation. */
  @Override
  public synchronized void close() {
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
    CompletableFuture<T> answer =
        AskPattern.<ProjectSupervisor.Command, T>ask(
                system,
                replyTo -> new ProjectSupervisor.ForEnvironment(environment, ask.apply(replyTo)),
                ASK_TIMEOUT,
                system.scheduler())
            .toCompletableFuture();
    return awaitAnswer(answer);
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

  private void tell(String environment, EnvironmentSupervisor.Command command) {
    system.tell(new ProjectSupervisor.ForEnvironment(environment, command));
    awaitQuiescence();
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

  private static RunServices services(SimulationSpec spec, Config config) {
    VirtualClock clock = new VirtualClock(spec.start());
    return new RunServices(
        spec.project(),
        spec.seed(),
        RuntimeSettings.from(config),
        ProxySettings.from(config),
        TokenSettings.from(config),
        clock,
        new WakeUps(clock),
        new Trace(clock),
        new WorkTracker(),
        new SavedTokens(),
        spec.programs());
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
