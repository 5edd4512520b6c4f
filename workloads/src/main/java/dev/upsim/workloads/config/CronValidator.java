package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.schedule.CronSchedule;
import dev.upsim.workloads.schedule.CronSpecException;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlScalar;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads one cron of an application. A cron is a modeled part: its keys are {@code spec}, {@code
 * commands} (closed too: {@code start}, {@code stop}), {@code shutdown_timeout} and {@code
 * timeout}, and any other is an "Unknown key". {@code authorizations} gets a message of its own,
 * since a cron always holds its application's. The spec is checked by {@link CronSchedule} with the
 * job key {@code <application>/<cron>}, so a spec that loads is one the simulation can run.
 */
final class CronValidator {

  /** {@code shutdown_timeout} when not declared. */
  static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  /** {@code timeout} when not declared, which is also its maximum. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(86_400);

  private static final List<String> KEYS =
      List.of("spec", "commands", "shutdown_timeout", "timeout");
  private static final List<String> COMMAND_KEYS = List.of("start", "stop");
  private static final Seconds.Range SHUTDOWN_RANGE = new Seconds.Range(0, 86_400);
  private static final Seconds.Range TIMEOUT_RANGE = new Seconds.Range(1, 86_400);
  private static final String COMMANDS = "a mapping with start and, optionally, stop";
  private static final String COMMAND = "a shell command";
  private static final String SPEC =
      "five fields (minute hour day-of-month month day-of-week), for example 'H 3 * * *'";

  private final Problems problems;

  CronValidator(Problems problems) {
    this.problems = problems;
  }

  /** The cron under {@code entry} of application {@code app}; empty when it is unusable. */
  Optional<Cron> read(YamlEntry entry, String app, String path) {
    return Section.named("cron", entry, path, "a mapping with spec and commands.start", problems)
        .flatMap(cron -> cron(entry, cron, app));
  }

  private Optional<Cron> cron(YamlEntry entry, Section cron, String app) {
    refuseAuthorizations(cron, app);
    cron.allowOnly(KEYS, List.of("authorizations"));
    Optional<String> spec = spec(cron, app + "/" + entry.key());
    Optional<Section> commands = cron.requiredSection("commands", COMMANDS);
    commands.ifPresent(section -> section.allowOnly(COMMAND_KEYS));
    Optional<String> start = commands.flatMap(section -> section.requiredText("start", COMMAND));
    Optional<String> stop = commands.flatMap(section -> section.optionalText("stop", COMMAND));
    Duration shutdown = cron.seconds("shutdown_timeout", SHUTDOWN_RANGE, DEFAULT_SHUTDOWN_TIMEOUT);
    Duration timeout = cron.seconds("timeout", TIMEOUT_RANGE, DEFAULT_TIMEOUT);
    if (spec.isEmpty() || start.isEmpty() || shutdown == null || timeout == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Cron(
            entry.key(),
            entry.keyAt(),
            spec.get(),
            start.get(),
            stop.orElse(null),
            shutdown,
            timeout));
  }

  private void refuseAuthorizations(Section cron, String app) {
    Optional<YamlEntry> declared = cron.mapping().entry("authorizations");
    if (declared.isEmpty()) {
      return;
    }
    String problem =
        "crons cannot declare authorizations: a cron runs inside the web container of application '"
            + app
            + "' and inherits that application's authorizations";
    String valid = "authorizations declared on application '" + app + "', which its crons hold";
    cron.report(declared.get().keyAt(), "authorizations", problem, valid);
  }

  /**
   * The spec when {@link CronSchedule} accepts it, the one parser of cron specs; its complaint is
   * placed on the character it names, counted from the value's place (plus one for a quote).
   */
  private Optional<String> spec(Section cron, String jobKey) {
    Optional<String> spec = cron.requiredText("spec", SPEC);
    try {
      spec.ifPresent(text -> CronSchedule.parse(text, jobKey));
      return spec;
    } catch (CronSpecException e) {
      YamlScalar value = (YamlScalar) cron.mapping().get("spec").orElseThrow();
      SourceLocation start = value.at();
      int column = start.column() + (value.quoted() ? 1 : 0) + e.offset();
      SourceLocation at = new SourceLocation(start.file(), start.line(), column);
      cron.report(at, "spec", "cron spec '" + value.text() + "': " + e.getMessage(), e.validHint());
      return Optional.empty();
    }
  }
}
