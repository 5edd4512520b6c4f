package dev.upsim.auth.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.junit.jupiter.api.Test;

class HandlerTableTest {

  private static final HandlerTable<Object, Recorder> TABLE =
      HandlerTable.<Object, Recorder>builder()
          .onMessageEquals("stop", Recorder::onStop)
          .onMessage(String.class, Recorder::onText)
          .onMessage(CharSequence.class, Recorder::onChars)
          .build();

  @Test
  void theFirstHandlerThatMatchesIsAppliedToTheBoundActor() throws Exception {
    Recorder first = new Recorder();
    Recorder second = new Recorder();

    TABLE.bind(first).receiveMessage("hello");
    TABLE.bind(second).receiveMessage(new StringBuilder("built"));

    assertThat(first.seen).containsExactly("text hello");
    assertThat(second.seen).containsExactly("chars built");
  }

  @Test
  void aValueHandlerMatchesAnEqualMessage() throws Exception {
    Recorder recorder = new Recorder();

    Behavior<Object> next = TABLE.bind(recorder).receiveMessage("stop");

    assertThat(next).isSameAs(Behaviors.stopped());
    assertThat(recorder.seen).containsExactly("stop");
  }

  @Test
  void aMessageNoHandlerMatchesAndEverySignalAreUnhandled() throws Exception {
    Receive<Object> receive = TABLE.bind(new Recorder());

    assertThat(receive.receiveMessage(42)).isSameAs(Behaviors.unhandled());
    assertThat(receive.receiveSignal(PostStop.instance())).isSameAs(Behaviors.unhandled());
  }

  /** Stands for an actor: records what its handlers were given. */
  private static final class Recorder {

    private final List<String> seen = new ArrayList<>();

    private Behavior<Object> onStop() {
      seen.add("stop");
      return Behaviors.stopped();
    }

    private Behavior<Object> onText(String text) {
      seen.add("text " + text);
      return Behaviors.same();
    }

    private Behavior<Object> onChars(CharSequence chars) {
      seen.add("chars " + chars);
      return Behaviors.same();
    }
  }
}
