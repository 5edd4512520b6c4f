package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one application. The application level is free: upsim reads {@code authorizations}, {@code
 * variables.env}, {@code workers} and {@code crons}, and accepts every other key ({@code type},
 * {@code web}, {@code hooks}, {@code mounts}, {@code relationships}, ...) without reading it, so
 * that a real project's configuration loads as it is.
 */
final class ApplicationValidator {

  private final Problems problems;
  private final AuthorizationValidator authorizations;
  private final WorkerValidator workers;
  private final CronValidator crons;

  ApplicationValidator(Problems problems, AuthorizationValidator authorizations) {
    this.problems = problems;
    this.authorizations = authorizations;
    this.workers = new WorkerValidator(problems, authorizations);
    this.crons = new CronValidator(problems);
  }

  /** The application under {@code entry}; empty when it is unusable. */
  Optional<Application> read(YamlEntry entry) {
    String path = KeyPath.child("applications", entry.key());
    return Section.named(
            "application", entry, path, "a mapping of the application's keys", problems)
        .map(app -> application(entry, app));
  }

  private Application application(YamlEntry entry, Section app) {
    String name = entry.key();
    return new Application(
        name,
        entry.keyAt(),
        authorizations.read(app),
        EnvVariables.read(app, problems),
        named(app, "workers", "worker", (worker, path) -> workers.read(worker, name, path)),
        named(app, "crons", "cron", (cron, path) -> crons.read(cron, name, path)));
  }

  /** The workers or crons under {@code key}, by name, in declaration order. */
  private <T> Map<String, T> named(Section app, String key, String kind, Reader<T> reader) {
    Map<String, T> read = new LinkedHashMap<>();
    Optional<Section> section =
        app.optionalSection(key, "a mapping of " + kind + " names to " + key);
    if (section.isEmpty()) {
      return read;
    }
    for (YamlEntry entry : section.get().mapping().entries()) {
      String path = section.get().pathOf(entry.key());
      reader.read(entry, path).ifPresent(value -> read.put(entry.key(), value));
    }
    return read;
  }

  /** Reads one named part at its key path. */
  @FunctionalInterface
  private interface Reader<T> {
    Optional<T> read(YamlEntry entry, String path);
  }
}
