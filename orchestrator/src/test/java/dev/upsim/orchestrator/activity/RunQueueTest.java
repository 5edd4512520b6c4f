package dev.upsim.orchestrator.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunQueueTest {

  @Test
  void runsUpToTheCapStartAtOnceAndTheRestWait() {
    RunQueue queue = new RunQueue(2);

    assertThat(queue.offer("export", "a")).isTrue();
    assertThat(queue.offer("export", "b")).isTrue();
    assertThat(queue.offer("export", "c")).isFalse();
    assertThat(queue.running("export")).isEqualTo(2);
  }

  @Test
  void runsOfOtherTasksDoNotWaitForEachOther() {
    RunQueue queue = new RunQueue(1);
    queue.offer("export", "a");

    assertThat(queue.offer("cleanup", "b")).isTrue();
  }

  @Test
  void anEndingRunLetsTheOldestWaitingRunStart() {
    RunQueue queue = new RunQueue(1);
    queue.offer("export", "a");
    queue.offer("export", "b");
    queue.offer("export", "c");

    assertThat(queue.release("export")).contains("b");
    assertThat(queue.release("export")).contains("c");
    assertThat(queue.release("export")).isEmpty();
    assertThat(queue.running("export")).isZero();
  }

  @Test
  void aWithdrawnRunNeverStarts() {
    RunQueue queue = new RunQueue(1);
    queue.offer("export", "a");
    queue.offer("export", "b");

    assertThat(queue.withdraw("export", "b")).isTrue();
    assertThat(queue.release("export")).isEmpty();
    assertThat(queue.withdraw("export", "b")).isFalse();
  }

  @Test
  void aCapBelowOneIsRefused() {
    assertThatThrownBy(() -> new RunQueue(0)).hasMessageContaining("at least 1");
  }
}
