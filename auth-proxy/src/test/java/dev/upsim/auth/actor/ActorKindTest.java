package dev.upsim.auth.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.ActorRefWithCell;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.JUnit5TestKitBuilder;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestKitJUnit5Extension.class)
class ActorKindTest {

  @JUnit5TestKit public ActorTestKit testKit = new JUnit5TestKitBuilder().build();

  /** An echo that prefixes what it is told with the greeting it was set up with. */
  private static final ActorKind<String, Echo> ECHOES =
      new ActorKind<>((context, greeting) -> echo(greeting), Props.empty());

  private record Echo(String text, ActorRef<String> replyTo) {}

  private static Behavior<Echo> echo(String greeting) {
    return Behaviors.receiveMessage(
        message -> {
          message.replyTo().tell(greeting + " " + message.text());
          return Behaviors.same();
        });
  }

  /** Spawns what it is told to, one echo per greeting, and hands back their refs. */
  private record SpawnEchoes(List<String> greetings, ActorRef<List<ActorRef<Echo>>> replyTo) {}

  private static Behavior<SpawnEchoes> parent() {
    return Behaviors.receive(
        (ActorContext<SpawnEchoes> context, SpawnEchoes spawn) -> {
          List<ActorRef<Echo>> spawned = new ArrayList<>();
          for (String greeting : spawn.greetings()) {
            spawned.add(ECHOES.spawn(context, "echo-" + spawned.size(), greeting));
          }
          spawn.replyTo().tell(spawned);
          return Behaviors.same();
        });
  }

  private List<ActorRef<Echo>> spawnEchoes(String... greetings) {
    ActorRef<SpawnEchoes> parent = testKit.spawn(parent());
    TestProbe<List<ActorRef<Echo>>> spawned = testKit.createTestProbe();
    parent.tell(new SpawnEchoes(List.of(greetings), spawned.getRef()));
    return spawned.receiveMessage();
  }

  @Test
  void eachSpawnedActorStartsFromItsOwnSetup() {
    List<ActorRef<Echo>> echoes = spawnEchoes("hello", "bonjour");
    TestProbe<String> replies = testKit.createTestProbe();

    echoes.get(0).tell(new Echo("world", replies.getRef()));
    echoes.get(1).tell(new Echo("monde", replies.getRef()));

    assertThat(List.of(replies.receiveMessage(), replies.receiveMessage()))
        .containsExactlyInAnyOrder("hello world", "bonjour monde");
    assertThat(echoes.get(1).path().name()).isEqualTo("echo-1");
  }

  @Test
  void everyActorOfTheKindIsSpawnedFromTheSameProps() {
    List<ActorRef<Echo>> echoes = spawnEchoes("hello", "bonjour", "hallo");

    List<Object> props =
        echoes.stream()
            .map(echo -> (Object) ((ActorRefWithCell) Adapter.toClassic(echo)).underlying().props())
            .toList();

    assertThat(props).hasSize(3).allSatisfy(each -> assertThat(each).isSameAs(props.get(0)));
  }

  @Test
  void aMessageToldRightAfterTheSpawnComesAfterTheSetup() {
    TestProbe<String> replies = testKit.createTestProbe();
    Behavior<String> spawnAndTell =
        Behaviors.setup(
            context -> {
              ActorRef<Echo> echo = ECHOES.spawn(context, "echo", "first");
              echo.tell(new Echo("message", replies.getRef()));
              return Behaviors.empty();
            });

    testKit.spawn(spawnAndTell);

    assertThat(replies.receiveMessage()).isEqualTo("first message");
  }

  @Test
  void aBehaviorOfTheKindStartsFromItsSetupAlone() {
    ActorRef<Echo> echo = testKit.spawn(ECHOES.behavior("alone"));
    TestProbe<String> replies = testKit.createTestProbe();

    echo.tell(new Echo("here", replies.getRef()));

    assertThat(replies.receiveMessage()).isEqualTo("alone here");
  }
}
