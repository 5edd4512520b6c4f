package dev.upsim.orchestrator.http;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.model.HttpEntity;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.scaladsl.model.EntityStreamSizeException;

/**
 * Reads request bodies whole, as text, within the size and the time the settings allow: a body
 * larger than the cap is refused with 413 without being read, and a client that sends its body too
 * slowly gets 408, so that no client can hold the server's memory or a connection forever.
 *
 * <p>Most bodies arrive whole with their headers and are read at once. The others are read on the
 * server's own threads: a continuation on a stage Pekko returns without an executor would run on
 * the common pool, which on a two-core machine starts a new thread for every task.
 */
final class Bodies {

  private final long maxBytes;
  private final Duration timeout;
  private final ActorSystem<?> system;

  /** Reads bodies of at most {@code maxBytes} that arrive within {@code timeout}. */
  Bodies(long maxBytes, Duration timeout, ActorSystem<?> system) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.system = system;
  }

  /** What reading a body gave. */
  sealed interface Read permits Text, Refused {}

  /** The body, decoded as UTF-8; empty when there was none. */
  record Text(String text) implements Read {}

  /**
   * The body could not be read.
   *
   * @param reason a short code for logs and problem bodies, such as {@code body-too-large}
   * @param explanation what went wrong and what would be valid
   */
  record Refused(int status, String reason, String explanation) implements Read {}

  /** Reads the body of {@code request}. */
  CompletionStage<Read> read(HttpRequest request) {
    HttpEntity entity = request.entity();
    OptionalLong declared = entity.getContentLengthOption();
    if (declared.isPresent() && declared.getAsLong() > maxBytes) {
      return CompletableFuture.completedFuture(tooLarge());
    }
    if (entity.isStrict()) {
      String text = ((HttpEntity.Strict) entity).getData().utf8String();
      return CompletableFuture.completedFuture(new Text(text));
    }
    return entity
        .toStrict(timeout.toMillis(), maxBytes, system)
        .handleAsync(this::outcome, system.executionContext());
  }

  private Read outcome(HttpEntity.Strict body, Throwable failure) {
    if (failure == null) {
      return new Text(body.getData().utf8String());
    }
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof EntityStreamSizeException) {
      return tooLarge();
    }
    if (cause instanceof TimeoutException) {
      String why = "the body did not arrive within " + timeout.toMillis() + " ms";
      return new Refused(408, "body-too-slow", why + "; send it whole and at once");
    }
    return new Refused(400, "body-unreadable", "the body could not be read: " + cause.getMessage());
  }

  private Refused tooLarge() {
    String why = "the body is larger than " + maxBytes + " bytes, the most this server reads";
    return new Refused(413, "body-too-large", why + " (upsim.serve.max-body-size)");
  }
}
