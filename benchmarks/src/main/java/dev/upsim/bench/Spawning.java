package dev.upsim.bench;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * Spawns actors from a benchmark thread, outside any actor, through a system whose guardian speaks
 * {@link SpawnProtocol}.
 */
public final class Spawning {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private Spawning() {}

  /** A system whose guardian spawns what it is asked to, configured by bench.conf. */
  public static ActorSystem<SpawnProtocol.Command> system(String name) {
    return ActorSystem.create(SpawnProtocol.create(), name, ConfigFactory.load("bench"));
  }

  /** Stops {@code system} and waits until it has terminated. */
  public static void stop(ActorSystem<?> system) {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }

  /** Props that run an actor on the single-threaded dispatcher of an environment. */
  public static Props environmentDispatcher() {
    return DispatcherSelector.fromConfig("upsim-bench.environment-dispatcher");
  }

  /** Spawns {@code behavior} as a child of the guardian and waits for its reference. */
  public static <T> ActorRef<T> spawn(
      ActorSystem<SpawnProtocol.Command> system, Behavior<T> behavior, String name, Props props) {
    return AskPattern.<SpawnProtocol.Command, ActorRef<T>>ask(
            system,
            replyTo -> new SpawnProtocol.Spawn<>(behavior, name, props, replyTo),
            TIMEOUT,
            system.scheduler())
        .toCompletableFuture()
        .join();
  }
}
