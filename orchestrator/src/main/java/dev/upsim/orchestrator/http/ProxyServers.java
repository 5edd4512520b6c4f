package dev.upsim.orchestrator.http;

import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.orchestrator.container.Container;
import dev.upsim.orchestrator.container.ContainerView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP servers of the containers' proxies: one per running container, each on a loopback
 * address of its own with the same port, so that every container has its own "localhost:8200" as on
 * the platform. Where the address cannot be bound (a system that routes only 127.0.0.1, or the port
 * taken there), the proxy falls back to a free port of 127.0.0.1 and says so. Task runs get a
 * server when they start and lose it when they end.
 */
final class ProxyServers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProxyServers.class);
  private static final String FALLBACK_HOST = "127.0.0.1";

  private final ActorSystem<?> system;
  private final ServeSettings settings;
  private final int port;
  private final Bodies bodies;
  private final LoopbackAddresses addresses = new LoopbackAddresses();
  private final Map<ActorRef<Container.Command>, Bound> bound = new LinkedHashMap<>();
  private String fallbackReason;

  /** What one sync started and ended. */
  record Changes(List<ServedContainer> started, List<ServedContainer> ended) {

    /** Whether nothing changed. */
    boolean none() {
      return started.isEmpty() && ended.isEmpty();
    }
  }

  private record Bound(ServedContainer served, ServerBinding binding) {}

  /** Proxy servers on {@code port} (0: a free port each) in {@code system}. */
  ProxyServers(ActorSystem<?> system, ServeSettings settings, int port) {
    this.system = system;
    this.settings = settings;
    this.port = port;
    this.bodies = new Bodies(settings.maxBodyBytes(), settings.bodyTimeout(), system);
  }

  /** Binds a server for each container of {@code running} without one; stops those gone. */
  synchronized Changes sync(List<ContainerView> running) {
    return new Changes(bindNew(running), stopGone(running));
  }

  /** The containers served now, in the order they started. */
  synchronized List<ServedContainer> served() {
    return bound.values().stream().map(Bound::served).toList();
  }

  /** Why the first proxy that fell back to 127.0.0.1 could not have its own address, if any did. */
  synchronized Optional<String> fallbackReason() {
    return Optional.ofNullable(fallbackReason);
  }

  /** Stops every proxy server, letting open requests finish for a moment. */
  @Override
  public synchronized void close() {
    CompletableFuture<?>[] stopping =
        bound.values().stream()
            .map(server -> server.binding().terminate(Bindings.GRACE).toCompletableFuture())
            .toArray(CompletableFuture[]::new);
    bound.clear();
    try {
      CompletableFuture.allOf(stopping).get(Bindings.GRACE.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (Exception slowOrInterrupted) {
      LOG.warn("some proxy servers did not stop in time: {}", slowOrInterrupted.toString());
    }
  }

  private List<ServedContainer> bindNew(List<ContainerView> running) {
    List<ServedContainer> started = new ArrayList<>();
    for (ContainerView view : running) {
      if (!bound.containsKey(view.container())) {
        Optional<Bound> server = proxyOf(view).map(proxy -> bind(view, proxy));
        server.ifPresent(added -> bound.put(view.container(), added));
        server.ifPresent(added -> started.add(added.served()));
      }
    }
    return started;
  }

  private List<ServedContainer> stopGone(List<ContainerView> running) {
    Set<ActorRef<Container.Command>> alive = new HashSet<>();
    running.forEach(view -> alive.add(view.container()));
    List<ServedContainer> ended = new ArrayList<>();
    for (ActorRef<Container.Command> container : List.copyOf(bound.keySet())) {
      if (!alive.contains(container)) {
        Bound server = bound.remove(container);
        server.binding().terminate(Bindings.GRACE);
        ended.add(server.served());
      }
    }
    return ended;
  }

  /** The proxy of {@code view}'s container; empty when the container stopped meanwhile. */
  private Optional<ActorRef<AuthProxy.Command>> proxyOf(ContainerView view) {
    try {
      return Optional.of(
          AskPattern.<Container.Command, Container.ProxyFound>ask(
                  view.container(),
                  Container.FindProxy::new,
                  settings.tokenTimeout(),
                  system.scheduler())
              .toCompletableFuture()
              .get()
              .proxy());
    } catch (ExecutionException stopped) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Bound bind(ContainerView view, ActorRef<AuthProxy.Command> proxy) {
    TokenEndpoint endpoint =
        new TokenEndpoint(
            proxy,
            bodies,
            settings.tokenTimeout(),
            system.scheduler(),
            system.executionContext(),
            new Refusals(context(view)));
    String host = addresses.next();
    try {
      return bound(view, host, Bindings.bind(system, host, port, endpoint.route()), false);
    } catch (Bindings.BindFailed failed) {
      fallbackReason = fallbackReason == null ? failed.getMessage() : fallbackReason;
    }
    try {
      return bound(
          view, FALLBACK_HOST, Bindings.bind(system, FALLBACK_HOST, 0, endpoint.route()), true);
    } catch (Bindings.BindFailed failed) {
      throw new IllegalStateException(
          "no address for the proxy of " + view.name() + ": " + failed.getMessage());
    }
  }

  private static Bound bound(
      ContainerView view, String host, ServerBinding binding, boolean fallback) {
    String url = "http://" + host + ":" + binding.localAddress().getPort();
    return new Bound(new ServedContainer(view, url, fallback), binding);
  }

  private static Map<String, String> context(ContainerView view) {
    return Map.of(
        "server", "proxy",
        "environment", view.environment(),
        "workload", view.workload().toString(),
        "container", view.name());
  }
}
