package dev.upsim.bench.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large, valid {@code .upsun} configuration: applications with workers and a cron each,
 * and tasks that each may trigger the next, spread over several files as real projects split them.
 * Every application carries the keys upsim reads past (relationships, mounts, hooks, web), so that
 * the loader skips realistic bulk as well as reading what it models.
 *
 * <p>Authorizations mix every rule: applications hold {@code env:view} and operate a task, every
 * other worker overrides its application's list, crons inherit, and every task operates the next
 * one, so resolution has real work to do.
 */
public final class GeneratedConfig {

  private static final int APPLICATION_FILES = 4;
  private static final int TASK_FILES = 4;

  private final int applications;
  private final int workersPerApplication;
  private final int tasks;

  /** A configuration of {@code applications}, each with that many workers, and {@code tasks}. */
  public GeneratedConfig(int applications, int workersPerApplication, int tasks) {
    this.applications = applications;
    this.workersPerApplication = workersPerApplication;
    this.tasks = tasks;
  }

  /** Writes the configuration's files into {@code project}/.upsun and returns that directory. */
  public Path writeTo(Path project) {
    Path upsun = project.resolve(".upsun");
    try {
      Files.createDirectories(upsun);
      for (int file = 0; file < APPLICATION_FILES; file++) {
        Files.writeString(upsun.resolve("applications-" + file + ".yaml"), applicationFile(file));
      }
      for (int file = 0; file < TASK_FILES; file++) {
        Files.writeString(upsun.resolve("tasks-" + file + ".yaml"), taskFile(file));
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return upsun;
  }

  /** The files written, in the order the loader reads them. */
  public static List<Path> files(Path upsun) {
    List<Path> files = new ArrayList<>();
    for (int file = 0; file < APPLICATION_FILES; file++) {
      files.add(upsun.resolve("applications-" + file + ".yaml"));
    }
    for (int file = 0; file < TASK_FILES; file++) {
      files.add(upsun.resolve("tasks-" + file + ".yaml"));
    }
    return files;
  }

  private String applicationFile(int file) {
    StringBuilder yaml = new StringBuilder("applications:\n");
    for (int app = file; app < applications; app += APPLICATION_FILES) {
      application(yaml, app);
    }
    return yaml.toString();
  }

  private void application(StringBuilder yaml, int app) {
    yaml.append("  app-").append(app).append(":\n");
    yaml.append("    type: \"php:8.3\"\n");
    yaml.append("    relationships:\n      database: \"db:mysql\"\n");
    yaml.append("    mounts:\n      \"var/cache\":\n        source: storage\n");
    yaml.append("    hooks:\n      build: |\n        set -e\n        composer install\n");
    yaml.append("    web:\n      locations:\n        \"/\":\n          root: public\n");
    yaml.append("    variables:\n      env:\n        APP_ENV: prod\n");
    yaml.append("    authorizations:\n");
    yaml.append("      - type: env\n        action: view\n");
    operate(yaml, "      ", app % tasks);
    yaml.append("    workers:\n");
    for (int worker = 0; worker < workersPerApplication; worker++) {
      worker(yaml, app, worker);
    }
    yaml.append("    crons:\n      nightly:\n        spec: \"H 2 * * *\"\n");
    yaml.append("        commands:\n          start: php bin/console nightly\n");
  }

  private void worker(StringBuilder yaml, int app, int worker) {
    yaml.append("      queue-").append(worker).append(":\n");
    yaml.append("        commands:\n          start: php bin/console consume\n");
    if (worker % 2 == 1) {
      yaml.append("        authorizations:\n");
      operate(yaml, "          ", (app + worker) % tasks);
    }
  }

  private String taskFile(int file) {
    StringBuilder yaml = new StringBuilder("tasks:\n");
    for (int task = file; task < tasks; task += TASK_FILES) {
      yaml.append("  task-").append(task).append(":\n");
      yaml.append("    type: \"python:3.12\"\n");
      yaml.append("    run:\n      command: python run.py\n      timeout: 600\n");
      yaml.append("    authorizations:\n");
      operate(yaml, "      ", (task + 1) % tasks);
    }
    return yaml.toString();
  }

  private static void operate(StringBuilder yaml, String indent, int task) {
    yaml.append(indent).append("- type: task\n");
    yaml.append(indent).append("  action: operate\n");
    yaml.append(indent).append("  resource: task-").append(task).append('\n');
  }
}
