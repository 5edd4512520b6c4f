package dev.upsim.orchestrator.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.activity.Activity.Result;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityLogTest {

  private static final Instant NOON = Instant.parse("2025-01-01T12:00:00Z");

  @Test
  void aRunIsNamedAfterItsTaskAndTheFirstEightCharactersOfItsId() {
    Activity run = run("abcdefgh12345", "export");

    assertThat(run.container()).isEqualTo("export--task--abcdefgh");
    assertThat(run.describeState()).isEqualTo("pending");
  }

  @Test
  void aRunGoesFromPendingThroughInProgressToComplete() {
    Activity run = run("aaaaaaaa1", "export").started(NOON);
    Activity done = run.completed(NOON.plusSeconds(5), Result.FAILURE);

    assertThat(run.isActive()).isTrue();
    assertThat(done.isActive()).isFalse();
    assertThat(done.describeState()).isEqualTo("complete (failure)");
    assertThat(done.startedAt()).isEqualTo(NOON);
  }

  @Test
  void theLatestActiveRunOfATaskIsTheOneToCancel() {
    ActivityLog log = new ActivityLog();
    log.put(run("aaaaaaaa1", "export"));
    log.put(run("bbbbbbbb2", "export"));
    log.put(run("cccccccc3", "export").cancelled(NOON));

    assertThat(log.latestOf("export")).map(Activity::id).contains("bbbbbbbb2");
  }

  @Test
  void withoutActiveRunsTheLatestRunOfATaskIsTheOneToCancel() {
    ActivityLog log = new ActivityLog();
    log.put(run("aaaaaaaa1", "export").cancelled(NOON));
    log.put(run("bbbbbbbb2", "export").cancelled(NOON));
    log.put(run("cccccccc3", "cleanup"));

    assertThat(log.latestOf("export")).map(Activity::id).contains("bbbbbbbb2");
    assertThat(log.latestOf("report")).isEmpty();
  }

  @Test
  void onlyAKnownRunThatEndedHasEnded() {
    ActivityLog log = new ActivityLog();
    log.put(run("aaaaaaaa1", "export").started(NOON));
    log.put(run("bbbbbbbb2", "export").completed(NOON, Result.SUCCESS));

    assertThat(log.hasEnded("aaaaaaaa1")).isFalse();
    assertThat(log.hasEnded("bbbbbbbb2")).isTrue();
    assertThat(log.hasEnded("unknown")).isFalse();
  }

  @Test
  void stderrLinesShowWithAWarningMark() {
    assertThat(new LogLine(NOON, "disk full", true).message()).isEqualTo("W: disk full");
    assertThat(new LogLine(NOON, "done", false).message()).isEqualTo("done");
  }

  @Test
  void theSameSeedDrawsTheSameIds() {
    ActivityIds first = new ActivityIds(42);
    ActivityIds second = new ActivityIds(42);

    assertThat(first.next()).isEqualTo(second.next()).hasSize(24).matches("[a-z0-9]+");
    assertThat(first.next()).isNotEqualTo(new ActivityIds(43).next());
  }

  private static Activity run(String id, String task) {
    return Activity.pending(id, task, NOON, Map.of(), RunChain.root(task), "app:shop");
  }
}
