package dev.upsim.orchestrator.http;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.simulation.Simulation;
import dev.upsim.orchestrator.simulation.SimulationSpec;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pekko.actor.Cancellable;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.server.Directives;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code upsim serve}: a simulation whose environment API and container proxies are real HTTP
 * servers on loopback, so that real programs and real client libraries can be pointed at them.
 *
 * <p>Design notes. The simulation runs on its own actor system, as everywhere; the servers run on a
 * second one, so that HTTP work never shares the simulation's single thread and never counts as
 * simulation work. The API binds first, because its address is what every container sees as {@code
 * UPSIM_API_URL} and a free port is known only once bound; requests that arrive meanwhile wait for
 * the simulation to be ready. Shutdown unbinds everything, then stops both actor systems; it runs
 * once, from {@link #close()} or from the JVM's shutdown hook that the command installs.
 */
public final class UpsimServer implements AutoCloseable {

  /** The address every server of upsim serve listens on, or near: loopback only. */
  public static final String API_HOST = "127.0.0.1";

  /**
   * Created before either actor system, so that SLF4J starts on this thread, not in a race between
   * the systems' threads (which makes SLF4J print a warning about replayed calls).
   */
  private static final Logger LOG = LoggerFactory.getLogger(UpsimServer.class);

  private final ActorSystem<Void> system;
  private final ServerBinding api;
  private final Simulation simulation;
  private final ProxyServers proxies;
  private final SimulationCalls calls;
  private final Cancellable ticker;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private UpsimServer(
      ActorSystem<Void> system,
      ServerBinding api,
      Simulation simulation,
      ProxyServers proxies,
      SimulationCalls calls,
      Cancellable ticker) {
    this.system = system;
    this.api = api;
    this.simulation = simulation;
    this.proxies = proxies;
    this.calls = calls;
    this.ticker = ticker;
  }

  /**
   * Starts serving {@code options}: binds the API, deploys the configuration, binds a proxy per
   * container and prints the containers to {@code out}, where task runs are announced as they start
   * and end.
   *
   * @throws ServeException when an address cannot be bound or the options cannot be served
   */
  public static UpsimServer start(ServeOptions options, PrintWriter out) {
    Config config = options.settings().withFallback(ConfigFactory.load());
    ServeSettings settings = ServeSettings.from(config);
    ActorSystem<Void> system =
        ActorSystem.create(
            Behaviors.empty(), "upsim-serve", httpConfig(settings).withFallback(config));
    try {
      return start(options, settings, system, out);
    } catch (RuntimeException failed) {
      system.terminate();
      throw failed;
    }
  }

  /** The environment API's base URL, such as {@code http://127.0.0.1:8100}. */
  public String apiUrl() {
    return urlOf(api);
  }

  /** The containers served now, in the order they started. */
  public List<ServedContainer> containers() {
    return proxies.served();
  }

  /** The container served as {@code id} ({@code app:admin}) in {@code environment}. */
  public ServedContainer container(String id, String environment) {
    return containers().stream()
        .filter(c -> c.id().equals(id) && c.environment().equals(environment))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no container " + id + " in " + environment));
  }

  /** Blocks until the server has stopped. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops serving: unbinds every server, then stops the servers' and the simulation's actors. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      stopEverything();
      LOG.info("stopped");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (Exception slow) {
      throw new IllegalStateException(
          "upsim serve did not stop cleanly: " + slow.getMessage(), slow);
    } finally {
      stopped.countDown();
    }
  }

  /** Stops taking requests, then the servers' actors, then the simulation's. */
  private void stopEverything() throws Exception {
    ticker.cancel();
    api.terminate(Bindings.GRACE).toCompletableFuture().get(5, TimeUnit.SECONDS);
    proxies.close();
    calls.close();
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
    simulation.close();
  }

  private static UpsimServer start(
      ServeOptions options, ServeSettings settings, ActorSystem<Void> system, PrintWriter out) {
    CompletableFuture<Route> ready = new CompletableFuture<>();
    ServerBinding api = bindApi(system, port(options.apiPort(), settings.apiPort()), ready);
    Simulation simulation = simulation(options, urlOf(api));
    try {
      return serve(options, settings, system, api, simulation, ready, out);
    } catch (RuntimeException failed) {
      simulation.close();
      throw failed;
    }
  }

  /** Binds the proxies of {@code simulation}'s containers and lets the API answer. */
  private static UpsimServer serve(
      ServeOptions options,
      ServeSettings settings,
      ActorSystem<Void> system,
      ServerBinding api,
      Simulation simulation,
      CompletableFuture<Route> ready,
      PrintWriter out) {
    int proxyPort = port(options.proxyPort(), settings.proxyPort());
    ProxyServers proxies = new ProxyServers(system, settings, proxyPort);
    proxies.sync(running(simulation));
    SimulationCalls calls =
        new SimulationCalls(
            simulation, proxies, changes -> announce(changes, out), Clock.systemUTC());
    ready.complete(apiRoute(options, settings, system, calls, proxies));

    Cancellable ticker = ticker(options.clock(), settings, system, calls);
    UpsimServer server = new UpsimServer(system, api, simulation, proxies, calls, ticker);
    LOG.info("serving {} containers, the API at {}", proxies.served().size(), server.apiUrl());
    ServeBanner.print(options, server, proxies.fallbackReason(), out);
    return server;
  }

  private static Route apiRoute(
      ServeOptions options,
      ServeSettings settings,
      ActorSystem<Void> system,
      SimulationCalls calls,
      ProxyServers proxies) {
    Bodies bodies = new Bodies(settings.maxBodyBytes(), settings.bodyTimeout(), system);
    List<String> environments = List.copyOf(options.environments().keySet());
    Optional<String> jwks =
        Jwks.of(options.signing(), options.seed(), options.project(), environments);
    Refusals refusals = new Refusals(Map.of("server", "api"));
    return new ApiEndpoints(calls, proxies, bodies, jwks, options.clock(), refusals).route();
  }

  /** The port asked for in the options, or the setting's when none was. */
  private static int port(Integer asked, int setting) {
    return asked == null ? setting : asked;
  }

  private static String urlOf(ServerBinding binding) {
    return "http://" + API_HOST + ":" + binding.localAddress().getPort();
  }

  private static ServerBinding bindApi(
      ActorSystem<Void> system, int port, CompletableFuture<Route> ready) {
    try {
      return Bindings.bind(system, API_HOST, port, Directives.onSuccess(ready, route -> route));
    } catch (Bindings.BindFailed failed) {
      throw new ServeException(failed.getMessage() + "; choose another port with --api-port");
    }
  }

  private static Simulation simulation(ServeOptions options, String apiUrl) {
    try {
      return Simulation.start(spec(options, apiUrl));
    } catch (IllegalArgumentException cannotServe) {
      throw new ServeException(cannotServe.getMessage());
    }
  }

  private static List<ContainerView> running(Simulation simulation) {
    List<ContainerView> running = new ArrayList<>();
    simulation.environments().forEach(env -> running.addAll(simulation.containers(env)));
    return running;
  }

  private static Cancellable ticker(
      ClockMode clock, ServeSettings settings, ActorSystem<Void> system, SimulationCalls calls) {
    if (clock == ClockMode.VIRTUAL) {
      return Cancellable.alreadyCancelled();
    }
    return system
        .scheduler()
        .scheduleWithFixedDelay(
            settings.wallClockTick(),
            settings.wallClockTick(),
            calls::catchUpWithWallClock,
            system.executionContext());
  }

  private static void announce(ProxyServers.Changes changes, PrintWriter out) {
    synchronized (out) {
      ContainerTable.printChanges(changes, out);
      out.flush();
    }
  }

  /** The simulation of {@code options}, telling containers that the API is at {@code apiUrl}. */
  private static SimulationSpec spec(ServeOptions options, String apiUrl) {
    Config settings =
        ConfigFactory.parseMap(
                Map.of(
                    "upsim.api.base-url",
                    apiUrl,
                    "upsim.tokens.signing",
                    options.signing().word(),
                    "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook",
                    "off",
                    "pekko.jvm-shutdown-hooks",
                    "off"))
            .withFallback(options.settings());
    return new SimulationSpec(
        options.config(),
        options.project(),
        options.environments(),
        options.seed(),
        settings,
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        options.programs());
  }

  /** Pekko HTTP's server settings from upsim's, and a system that leaves shutdown to upsim. */
  private static Config httpConfig(ServeSettings settings) {
    return ConfigFactory.parseMap(
        Map.ofEntries(
            Map.entry(
                "pekko.http.server.request-timeout", settings.requestTimeout().toMillis() + "ms"),
            Map.entry("pekko.http.server.idle-timeout", settings.idleTimeout().toMillis() + "ms"),
            Map.entry("pekko.http.server.max-connections", settings.maxConnections()),
            Map.entry("pekko.http.server.parsing.max-content-length", settings.maxBodyBytes()),
            Map.entry("pekko.http.server.parsing.illegal-header-warnings", "off"),
            Map.entry("pekko.http.server.server-header", "upsim"),
            Map.entry("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off"),
            Map.entry("pekko.jvm-shutdown-hooks", "off"),
            Map.entry("pekko.loggers", List.of("org.apache.pekko.event.slf4j.Slf4jLogger")),
            Map.entry("pekko.logging-filter", "org.apache.pekko.event.slf4j.Slf4jLoggingFilter"),
            Map.entry("pekko.stdout-loglevel", "OFF")));
  }
}
