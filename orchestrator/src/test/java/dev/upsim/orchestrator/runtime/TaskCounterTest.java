package dev.upsim.orchestrator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class TaskCounterTest {

  @Test
  void theExecutorIsQuiescentOnceEveryTaskItWasGivenHasRun() throws Exception {
    TaskCounter counter = new TaskCounter();
    CountingExecutor executor = new CountingExecutor(counter, Executors.defaultThreadFactory());
    CountDownLatch gate = new CountDownLatch(1);
    List<Integer> order = new ArrayList<>();

    executor.execute(() -> await(gate));
    for (int i = 0; i < 5; i++) {
      int task = i;
      executor.execute(() -> order.add(task));
    }
    boolean busy = !counter.isQuiescent();
    gate.countDown();
    counter.awaitQuiescence(Duration.ofSeconds(5));
    executor.shutdown();

    assertThat(busy).isTrue();
    assertThat(counter.isQuiescent()).isTrue();
    assertThat(order).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void aWaiterIsWokenWhenTheLastTaskFinishesOnAnotherThread() {
    // Each wait would end by itself after its patience of a minute, and then pass: bounding all
    // rounds together far below that makes a lost wake-up fail the test instead of slowing it.
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (int round = 0; round < 200; round++) {
            TaskCounter counter = new TaskCounter();
            counter.submitted();
            Thread finisher = new Thread(counter::completed);
            finisher.start();

            counter.awaitQuiescence(Duration.ofMinutes(1));
            finisher.join();

            assertThat(counter.isQuiescent()).isTrue();
          }
        });
  }

  @Test
  void waitingForASimulationThatNeverGoesQuietGivesUp() {
    TaskCounter counter = new TaskCounter();
    counter.submitted();

    assertThatThrownBy(() -> counter.awaitQuiescence(Duration.ofMillis(20)))
        .hasMessageContaining("kept sending messages");
  }

  private static void await(CountDownLatch gate) {
    try {
      gate.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
