package dev.upsim.orchestrator.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WakeUpsTest {

  private static final ActorTestKit KIT = ActorTestKit.create();
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  @AfterAll
  static void stop() {
    KIT.shutdownTestKit();
  }

  @Test
  void wakeUpsComeOutInTimeOrderThenInSchedulingOrder() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = KIT.createTestProbe();
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
  void aCancelledWakeUpIsNeverDelivered() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = KIT.createTestProbe();
    long id = wakeUps.schedule(START.plusSeconds(5), probe.ref(), "timeout");

    wakeUps.cancel(id);

    assertThat(wakeUps.next()).isEmpty();
  }

  @Test
  void aWakeUpInThePastIsDueNow() {
    VirtualClock clock = new VirtualClock(START);
    WakeUps wakeUps = new WakeUps(clock);
    TestProbe<String> probe = KIT.createTestProbe();
    clock.moveTo(START.plusSeconds(60));

    wakeUps.schedule(START, probe.ref(), "overdue");

    assertThat(wakeUps.next()).contains(START.plusSeconds(60));
  }

  @Test
  void deliveringAWakeUpSendsItsMessage() {
    WakeUps wakeUps = new WakeUps(new VirtualClock(START));
    TestProbe<String> probe = KIT.createTestProbe();
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
