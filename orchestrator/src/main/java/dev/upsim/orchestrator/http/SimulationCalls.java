package dev.upsim.orchestrator.http;

import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.ApiRoutes;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.simulation.Simulation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the simulation from one thread of its own, in the order the calls arrive.
 *
 * <p>Design notes. The simulation's facade blocks until the simulation has gone quiet, so its calls
 * must not run on the HTTP server's threads; one thread also keeps them from queueing on the
 * facade's lock. After every call that may start or end containers (a POST to the API, a move of
 * the clock) the proxy servers are brought in line with the containers running, before the call's
 * answer goes out, so a run's proxy is bound by the time its 202 arrives. Token requests do not
 * come here: they go to their container directly.
 */
final class SimulationCalls implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationCalls.class);

  private final Simulation simulation;
  private final ProxyServers proxies;
  private final Consumer<ProxyServers.Changes> watcher;
  private final Clock wall;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread calls = new Thread(work, "upsim-simulation-calls");
            calls.setDaemon(true);
            return calls;
          });
  private final AtomicBoolean catchUpQueued = new AtomicBoolean();

  /**
   * Calls to {@code simulation}, whose containers {@code proxies} serve; {@code watcher} hears of
   * every change, and {@code wall} is the clock that simulated time catches up with when asked.
   */
  SimulationCalls(
      Simulation simulation,
      ProxyServers proxies,
      Consumer<ProxyServers.Changes> watcher,
      Clock wall) {
    this.simulation = simulation;
    this.proxies = proxies;
    this.watcher = watcher;
    this.wall = wall;
  }

  /** Answers {@code request} with the API of the environment its path names, or the first's. */
  CompletableFuture<ApiResponse> request(ApiRequest request) {
    boolean changes = "POST".equals(request.method());
    return call(() -> simulation.request(environmentOf(request), request), changes);
  }

  /** Moves simulated time by {@code duration}; answers the instant it reached. */
  CompletableFuture<Instant> advance(Duration duration) {
    return call(() -> advanced(duration), true);
  }

  /** The trace so far as JSON lines. */
  CompletableFuture<String> trace() {
    return call(simulation::traceJsonLines, false);
  }

  /** The simulated instant now. */
  Instant now() {
    return simulation.now();
  }

  /** Brings the proxy servers in line with the containers running now, on the caller's thread. */
  void syncProxies() {
    List<ContainerView> running = new ArrayList<>();
    simulation.environments().forEach(env -> running.addAll(simulation.containers(env)));
    ProxyServers.Changes changes = proxies.sync(running);
    if (!changes.none()) {
      watcher.accept(changes);
    }
  }

  /** Queues one move of simulated time up to the wall clock, unless one is already queued. */
  void catchUpWithWallClock() {
    if (catchUpQueued.compareAndSet(false, true)) {
      thread.execute(this::catchUp);
    }
  }

  /** Stops taking calls, letting the one running finish. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void catchUp() {
    catchUpQueued.set(false);
    Instant target = wall.instant().truncatedTo(ChronoUnit.MILLIS);
    Duration behind = Duration.between(simulation.now(), target);
    if (behind.isNegative() || behind.isZero()) {
      return;
    }
    try {
      simulation.advance(behind);
      syncProxies();
    } catch (RuntimeException failed) {
      LOG.error("simulated time could not follow the wall clock: {}", failed.getMessage());
    }
  }

  private <T> CompletableFuture<T> call(Supplier<T> call, boolean mayChangeContainers) {
    return CompletableFuture.supplyAsync(() -> answerOf(call, mayChangeContainers), thread);
  }

  private <T> T answerOf(Supplier<T> call, boolean mayChangeContainers) {
    T answer = call.get();
    if (mayChangeContainers) {
      syncProxies();
    }
    return answer;
  }

  private Instant advanced(Duration duration) {
    simulation.advance(duration);
    return simulation.now();
  }

  private String environmentOf(ApiRequest request) {
    ApiRoutes.Match match = ApiRoutes.match(request.method(), request.path());
    List<String> environments = simulation.environments();
    String named = match instanceof ApiRoutes.Found found ? found.route().environment() : null;
    return named != null && environments.contains(named) ? named : environments.get(0);
  }
}
