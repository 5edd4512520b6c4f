package dev.upsim.orchestrator.simulation;

import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.Cron;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.schedule.CronSchedule;
import dev.upsim.workloads.schedule.CronSpecException;

/** Checks every cron schedule of a configuration before any container plans one. */
final class CronSpecs {

  private CronSpecs() {}

  /** Fails with the cron's place and the problem when a spec of {@code config} cannot run. */
  static void requireValid(ProjectConfig config) {
    for (Application app : config.applications().values()) {
      for (Cron cron : app.crons().values()) {
        try {
          CronSchedule.parse(cron.spec(), app.name() + "/" + cron.name());
        } catch (CronSpecException bad) {
          throw new IllegalArgumentException(
              cron.at()
                  + ": applications."
                  + app.name()
                  + ".crons."
                  + cron.name()
                  + ".spec: "
                  + bad.getMessage(),
              bad);
        }
      }
    }
  }
}
