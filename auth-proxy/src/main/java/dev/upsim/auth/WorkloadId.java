package dev.upsim.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The name of a workload as scenarios, reports and tokens spell it: {@code app:shop}, {@code
 * worker:shop/queue}, {@code cron:shop/nightly}, {@code task:export}.
 *
 * <p>{@code application} is the owning application for workers and crons and the application itself
 * for {@code app:}; it is null for tasks, which belong to no application.
 */
public record WorkloadId(Kind kind, String application, String name)
    implements Comparable<WorkloadId> {

  /** The four kinds of workload the platform runs. */
  public enum Kind {
    APP("app"),
    WORKER("worker"),
    CRON("cron"),
    TASK("task");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The word before the colon in the text form. */
    public String prefix() {
      return prefix;
    }
  }

  public WorkloadId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The web instance of an application. */
  public static WorkloadId app(String application) {
    return new WorkloadId(Kind.APP, application, application);
  }

  /** A worker of an application. */
  public static WorkloadId worker(String application, String worker) {
    return new WorkloadId(Kind.WORKER, application, worker);
  }

  /** A cron of an application. */
  public static WorkloadId cron(String application, String cron) {
    return new WorkloadId(Kind.CRON, application, cron);
  }

  /** A task (the definition; each run gets its own container). */
  public static WorkloadId task(String task) {
    return new WorkloadId(Kind.TASK, null, task);
  }

  /** Parses the text form; empty when the text does not name a workload in that form. */
  public static Optional<WorkloadId> parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    String prefix = text.substring(0, colon);
    String rest = text.substring(colon + 1);
    int slash = rest.indexOf('/');
    boolean nested = slash > 0 && slash < rest.length() - 1 && rest.indexOf('/', slash + 1) < 0;
    switch (prefix) {
      case "app":
        return rest.contains("/") ? Optional.empty() : Optional.of(app(rest));
      case "task":
        return rest.contains("/") ? Optional.empty() : Optional.of(task(rest));
      case "worker":
        return nested
            ? Optional.of(worker(rest.substring(0, slash), rest.substring(slash + 1)))
            : Optional.empty();
      case "cron":
        return nested
            ? Optional.of(cron(rest.substring(0, slash), rest.substring(slash + 1)))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case WORKER:
      case CRON:
        return kind.prefix() + ":" + application + "/" + name;
      default:
        return kind.prefix() + ":" + name;
    }
  }

  @Override
  public int compareTo(WorkloadId other) {
    return toString().compareTo(other.toString());
  }
}
