package dev.upsim.auth.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Signal;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The message handlers of one actor class, built once and bound to each of its actors.
 *
 * <p>Design notes. Pekko's receive builder runs once per actor and leaves each one a case, a bound
 * lambda and arrays per handler: about 450 B for a container and its proxy, which 100,000 idle
 * containers pay for handlers that are the same in every one. A table reads like the builder, one
 * {@code onMessage} per line, but takes unbound method references ({@code
 * WorkerContainer::onRestart}) and is kept in a static field; each actor then holds only {@link
 * #bind}'s small receive. Handlers are tried in the order they were added and the first that
 * matches is applied, as in the builder; a message none matches, and every signal, is unhandled.
 *
 * @param <T> the actor's message type
 * @param <A> the actor's class, whose instance each handler is applied to
 */
public final class HandlerTable<T, A> {

  // An array, as Pekko's built receive has: every message walks it, and needs no iterator.
  private final Case<?, ?>[] cases;

  private HandlerTable(List<Case<T, A>> cases) {
    this.cases = cases.toArray(new Case<?, ?>[0]);
  }

  /** An empty table to add handlers to. */
  public static <T, A> Builder<T, A> builder() {
    return new Builder<>();
  }

  /** The handlers applied to {@code actor}: what its {@code createReceive} returns. */
  public Receive<T> bind(A actor) {
    return new Bound<>(this, Objects.requireNonNull(actor, "actor"));
  }

  @SuppressWarnings("unchecked")
  private Behavior<T> apply(A actor, T message) {
    for (Case<?, ?> candidate : cases) {
      if (candidate.matches(message)) {
        return ((Case<T, A>) candidate).handler().apply(actor, message);
      }
    }
    return Behaviors.unhandled();
  }

  /** Adds handlers in order, as Pekko's receive builder does, and builds the table once. */
  public static final class Builder<T, A> {

    private final List<Case<T, A>> cases = new ArrayList<>();

    private Builder() {}

    /** Handles every message of {@code type} with {@code handler}. */
    @SuppressWarnings("unchecked")
    public <M extends T> Builder<T, A> onMessage(
        Class<M> type, BiFunction<? super A, ? super M, Behavior<T>> handler) {
      Objects.requireNonNull(handler, "handler");
      cases.add(new Case<>(type, null, (actor, message) -> handler.apply(actor, (M) message)));
      return this;
    }

    /** Handles the message equal to {@code message} with {@code handler}. */
    public Builder<T, A> onMessageEquals(T message, Function<? super A, Behavior<T>> handler) {
      Objects.requireNonNull(handler, "handler");
      cases.add(new Case<>(null, message, (actor, ignored) -> handler.apply(actor)));
      return this;
    }

    /** The table, to keep in a static field. */
    public HandlerTable<T, A> build() {
      return new HandlerTable<>(cases);
    }
  }

  /** One handler: of a type, or of one value when {@code type} is null. */
  private record Case<T, A>(Class<?> type, Object value, BiFunction<A, T, Behavior<T>> handler) {

    boolean matches(Object message) {
      return type != null ? type.isInstance(message) : value.equals(message);
    }
  }

  /** A table bound to one actor: the only part of its handlers that an actor holds. */
  private static final class Bound<T, A> extends Receive<T> {

    private final HandlerTable<T, A> table;
    private final A actor;

    private Bound(HandlerTable<T, A> table, A actor) {
      this.table = table;
      this.actor = actor;
    }

    @Override
    public Behavior<T> receiveMessage(T message) {
      return table.apply(actor, message);
    }

    @Override
    public Behavior<T> receiveSignal(Signal signal) {
      return Behaviors.unhandled();
    }
  }
}
