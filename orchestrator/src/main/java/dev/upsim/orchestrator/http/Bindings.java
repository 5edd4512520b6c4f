package dev.upsim.orchestrator.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.server.Route;

/** Binds routes to addresses and waits, briefly, for the operating system to say yes or no. */
final class Bindings {

  /** How long a bind may take; binding a loopback address takes milliseconds. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** How long open connections get to finish their requests when a server stops. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private Bindings() {}

  /** Why an address could not be bound, in words: "Address already in use" and such. */
  static final class BindFailed extends Exception {

    private static final long serialVersionUID = 1L;

    BindFailed(String message) {
      super(message);
    }
  }

  /** Serves {@code route} on {@code host}:{@code port} (0: any free port) of {@code system}. */
  static ServerBinding bind(ActorSystem<?> system, String host, int port, Route route)
      throws BindFailed {
    probe(host, port);
    CompletionStage<ServerBinding> binding = Http.get(system).newServerAt(host, port).bind(route);
    try {
      return binding.toCompletableFuture().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      throw new BindFailed("cannot listen on " + host + ":" + port + ": " + rootMessage(failed));
    } catch (TimeoutException slow) {
      throw new BindFailed("cannot listen on " + host + ":" + port + ": no answer in " + PATIENCE);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new BindFailed("interrupted while binding " + host + ":" + port);
    }
  }

  /**
   * Fails when {@code host}:{@code port} cannot be bound now. Pekko would say so too, but with a
   * stack trace in its log; asking the operating system first keeps the console clean.
   */
  private static void probe(String host, int port) throws BindFailed {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (IOException taken) {
      throw new BindFailed("cannot listen on " + host + ":" + port + ": " + taken.getMessage());
    }
  }

  /** The message of the innermost cause, such as "Address already in use". */
  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
