package dev.upsim.orchestrator.container;

import dev.upsim.orchestrator.runtime.RuntimeSettings;
import dev.upsim.workloads.config.Cron;
import dev.upsim.workloads.schedule.CronPlan;
import dev.upsim.workloads.schedule.CronSchedule;
import dev.upsim.workloads.schedule.Durations;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * When one cron of one application container starts next: its schedule, the minimum interval after
 * its last start, and a random offset per trigger drawn from a generator seeded by the run's seed
 * and the cron's place, so the same seed gives the same times.
 */
final class CronTimer {

  private final CronPlan plan;
  private final SplittableRandom random;
  private CronPlan.Trigger next;

  /** The timer of {@code cron} of {@code application} in {@code environment}. */
  CronTimer(
      Cron cron, String application, String environment, RuntimeSettings settings, long seed) {
    String key = application + "/" + cron.name();
    CronSchedule schedule = CronSchedule.parse(cron.spec(), key);
    this.plan =
        new CronPlan(schedule, settings.cronMinimumInterval(), settings.cronMaximumOffset());
    this.random = new SplittableRandom(seed ^ (environment + "/" + key).hashCode());
  }

  /** Plans the first trigger after {@code now} and returns when it starts. */
  Instant planFirst(Instant now) {
    next = plan.nextTrigger(now, null, random);
    return next.start();
  }

  /** Plans the trigger after the one that started at {@code started}; returns when it starts. */
  Instant planAfter(Instant started) {
    next = plan.nextTrigger(next.due(), started, random);
    return next.start();
  }

  /** The planned trigger in words: {@code due 02:00Z + 3m12s}. */
  String describe() {
    return "due " + next.due() + " + offset " + Durations.format(next.offset());
  }
}
