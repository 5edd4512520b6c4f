package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one worker of an application. A worker is a modeled part: it may set only the keys of
 * {@link #KEYS} ({@code commands.start} required), and {@code crons}, {@code hooks}, {@code build}
 * and {@code dependencies}, which belong to the application, are refused with a message of their
 * own. Inside {@code commands} only {@code start} is read; other commands are accepted.
 */
final class WorkerValidator {

  /** What a worker may set, as the platform documents it. */
  static final List<String> KEYS =
      List.of(
          "commands",
          "authorizations",
          "relationships",
          "mounts",
          "variables",
          "access",
          "container_profile",
          "firewall",
          "additional_hosts");

  private static final List<String> APPLICATION_ONLY =
      List.of("crons", "hooks", "build", "dependencies");
  private static final String COMMANDS = "a mapping with start: the command that runs";

  private final Problems problems;
  private final AuthorizationValidator authorizations;

  WorkerValidator(Problems problems, AuthorizationValidator authorizations) {
    this.problems = problems;
    this.authorizations = authorizations;
  }

  /** The worker under {@code entry} of application {@code app}; empty when it is unusable. */
  Optional<Worker> read(YamlEntry entry, String app, String path) {
    return Section.named("worker", entry, path, "a mapping with commands.start", problems)
        .flatMap(worker -> worker(entry, worker, app));
  }

  private Optional<Worker> worker(YamlEntry entry, Section worker, String app) {
    worker.allowOnly(KEYS, APPLICATION_ONLY);
    refuseApplicationKeys(worker, app);
    Optional<String> start =
        worker
            .requiredSection("commands", COMMANDS)
            .flatMap(commands -> commands.requiredText("start", "the command that runs"));
    Optional<Authorizations> own = authorizations.read(worker);
    Map<String, String> variables = EnvVariables.read(worker, problems);
    return start.map(command -> new Worker(entry.key(), entry.keyAt(), command, own, variables));
  }

  private void refuseApplicationKeys(Section worker, String app) {
    for (YamlEntry entry : worker.mapping().entries()) {
      if (APPLICATION_ONLY.contains(entry.key())) {
        worker.report(
            entry.keyAt(),
            entry.key(),
            "a worker cannot declare '" + entry.key() + "': it belongs to the application",
            "'"
                + entry.key()
                + "' on application '"
                + app
                + "'; a worker may set: "
                + String.join(", ", KEYS));
      }
    }
  }
}
