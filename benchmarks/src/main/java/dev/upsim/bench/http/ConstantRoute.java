package dev.upsim.bench.http;

import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.server.Directives;

/**
 * A Pekko HTTP server on loopback that answers every GET of {@code /} with a constant body: the
 * least the HTTP layer costs per request.
 *
 * <p>Usage: {@code ConstantRoute <port>}; it prints {@code bound <address>} once listening and runs
 * until the process is stopped.
 */
public final class ConstantRoute {

  private static final String BODY = "{\"status\":\"ok\"}";

  private ConstantRoute() {}

  /** Binds the route on 127.0.0.1 and waits forever. */
  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "constant-route");
    ServerBinding binding =
        Http.get(system)
            .newServerAt("127.0.0.1", port)
            .bind(Directives.get(() -> Directives.complete(BODY)))
            .toCompletableFuture()
            .join();
    System.out.println("bound " + binding.localAddress());
    new CompletableFuture<Void>().join();
  }
}
