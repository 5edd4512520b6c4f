package dev.upsim.auth.actor;

import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.internal.adapter.PropsAdapter;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The actors of one class, each started from a setup value: spawned as children from one set of
 * Pekko props made once, or made one at a time as a {@link #behavior} (a test kit's spawn).
 *
 * <p>Design notes. Pekko 1 turns the behavior of every typed {@code spawn} into classic props of
 * its own (the props, a deploy, a creator and two closures, and whatever the behavior captures:
 * ~250 B) and keeps them as long as the actor lives, to restart it from them. For containers and
 * proxies spawned by the hundred thousand, that was a fifth of their memory. Here every actor of
 * the kind is spawned from the same props, whose behavior waits for the actor's setup as its first
 * message and then becomes the actor the start function makes. {@link #spawn} tells the setup
 * before it returns the actor's ref, so no other message can come first: nobody else knows the ref
 * yet, and one sender's messages arrive in the order sent. The actor starts in the mailbox run that
 * creates it, as a behavior from {@code Behaviors.setup} would: the setup is processed right after
 * the create, so the order in which actors act is unchanged.
 *
 * @param <S> what each actor starts from
 * @param <T> the actors' message type
 */
public final class ActorKind<S, T> {

  private final BiFunction<ActorContext<T>, S, Behavior<T>> start;
  private final org.apache.pekko.actor.Props sharedProps;

  /**
   * The kind whose actors {@code start} makes from their context and setup, spawned by {@link
   * #spawn} with {@code deploy} (a dispatcher, say).
   */
  public ActorKind(BiFunction<ActorContext<T>, S, Behavior<T>> start, Props deploy) {
    this.start = start;
    Behavior<Object> awaitingSetup =
        Behaviors.setup(context -> Behaviors.receiveMessage(first -> begin(context, first)));
    // What a typed spawn makes its props with, the same every time. Not Adapter.props, the public
    // way: it wraps each actor's behavior in a stop supervisor of its own (~110 B an actor), where
    // a spawn leaves a failure to the parent, as here. PropsAdapter is internal to Pekko: should
    // an upgrade change it, this stops compiling, and ActorKindTest checks the props are shared.
    this.sharedProps = PropsAdapter.apply(() -> awaitingSetup, deploy, true);
  }

  /** Spawns a child of {@code parent} named {@code name}, started from {@code setup}. */
  public ActorRef<T> spawn(ActorContext<?> parent, String name, S setup) {
    Objects.requireNonNull(setup, "setup");
    org.apache.pekko.actor.ActorRef child = Adapter.actorOf(parent, sharedProps, name);
    child.tell(new Setup(this, setup), org.apache.pekko.actor.ActorRef.noSender());
    return Adapter.toTyped(child);
  }

  /** One actor's behavior, started from {@code setup}, for a spawn of its own. */
  public Behavior<T> behavior(S setup) {
    return Behaviors.setup(context -> start.apply(context, setup));
  }

  // The actor's context and its first message come typed as Object: the shared props serve
  // every actor of the kind, whose message type the props cannot carry.
  @SuppressWarnings("unchecked")
  private Behavior<Object> begin(ActorContext<Object> context, Object first) {
    if (!(first instanceof Setup setup) || setup.kind() != this) {
      throw new IllegalStateException(
          context.getSelf().path().name() + " got " + first + " before its setup");
    }
    Behavior<T> started = start.apply((ActorContext<T>) (Object) context, (S) setup.value());
    return (Behavior<Object>) (Object) started;
  }

  /** The first message of every actor of {@code kind}. */
  private record Setup(ActorKind<?, ?> kind, Object value) {}
}
