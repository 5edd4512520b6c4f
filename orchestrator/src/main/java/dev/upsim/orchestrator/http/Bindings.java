package dev.upsim.orchestrator.http;

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

  /** The message of the innermost cause, such as "Address already in use". */
  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
