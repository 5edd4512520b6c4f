package dev.upsim.orchestrator.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.JUnit5TestKitBuilder;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WakeUpsTest {

  @JUnit5TestKit final ActorTestKit testKit = new JUnit5TestKitBuilder().build();

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void wakeUpsComeOutInTimeOrderThenInSchedulingOrder() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = testKit.createTestProbe();
    wakeUps.schedule(START.plusSeconds(20), probe.ref(), "late");
    wakeUps.schedule(START.plusSeconds(10), probe.ref(), "first");
    wakeUps.schedule(START.plusSeconds(10), probe.ref(), "second");

    assertThat(wakeUps.next()).contains(START.plusSeconds(10));
    assertThat(wakeUps.takeDueBy(START.plusSeconds(15)).orElseThrow().message()).isEqualTo("first");
    assertThat(wakeUps.takeDueBy(START.plusSeconds(15)).orElseThrow().message())
        .isEqualTo("second");
    assertThat(wakeUps.takeDueBy(START.plusSeconds(15))).isEmpty();
    assertThat(wakeUps.size()).isEqualTo(1);
  }

  @Test
  void aDeadlineComesAfterEveryOtherWakeUpOfItsInstantEvenOnesScheduledLater() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = testKit.createTestProbe();
    wakeUps.scheduleDeadline(START.plusSeconds(10), probe.ref(), "timeout");
    wakeUps.schedule(START.plusSeconds(10), probe.ref(), "sleep ends");
    wakeUps.schedule(START.plusSeconds(11), probe.ref(), "next second");

    WakeUp<?> first = wakeUps.takeDueBy(START.plusSeconds(10)).orElseThrow();
    WakeUp<?> second = wakeUps.takeDueBy(START.plusSeconds(10)).orElseThrow();

    assertThat(first.message()).isEqualTo("sleep ends");
    assertThat(first.deadline()).isFalse();
    assertThat(second.message()).isEqualTo("timeout");
    assertThat(second.deadline()).isTrue();
    assertThat(wakeUps.next()).contains(START.plusSeconds(11));
  }

  @Test
  void aCancelledDeadlineIsNeverDelivered() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = testKit.createTestProbe();

    wakeUps.cancel(wakeUps.scheduleDeadline(START.plusSeconds(5), probe.ref(), "timeout"));

    assertThat(wakeUps.size()).isZero();
  }

  @Test
  void aCancelledWakeUpIsNeverDelivered() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = testKit.createTestProbe();
    long id = wakeUps.schedule(START.plusSeconds(5), probe.ref(), "timeout");

    wakeUps.cancel(id);

    assertThat(wakeUps.next()).isEmpty();
  }

  @Test
  void aWakeUpInThePastIsDueNow() {
    VirtualClock clock = new VirtualClock(START);
    WakeUps wakeUps = new WakeUps(clock);
    TestProbe<String> probe = testKit.createTestProbe();
    clock.moveTo(START.plusSeconds(60));

    wakeUps.schedule(START, probe.ref(), "overdue");

    assertThat(wakeUps.next()).contains(START.plusSeconds(60));
  }

  @Test
  void deliveringAWakeUpSendsItsMessage() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = testKit.createTestProbe();
    wakeUps.schedule(START, probe.ref(), "ring");

    wakeUps.takeDueBy(START).orElseThrow().deliver();

    probe.expectMessage("ring");
  }

  @Test
  void theClockNeverGoesBack() {
    VirtualClock clock = new VirtualClock(START);

    assertThatThrownBy(() -> clock.moveTo(START.minusSeconds(1)))
        .hasMessageContaining("cannot go back");
  }
}
