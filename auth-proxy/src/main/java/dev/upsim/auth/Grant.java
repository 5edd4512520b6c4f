package dev.upsim.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * One permission a workload may hold, as an immutable value with a single canonical text form.
 *
 * <p>The platform knows exactly two kinds: {@code task:operate:<task>} (trigger and manage runs of
 * one task) and {@code env:view} (read the environment API). The text form is what tokens carry,
 * what reports print and what error messages name, so it is produced in one place: {@link
 * #toString()}.
 */
public record Grant(String type, String action, String resource) implements Comparable<Grant> {

  /** The one grant that reads the environment API. */
  public static final Grant ENV_VIEW = new Grant("env", "view", null);

  public Grant {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(action, "action");
  }

  /** The grant that triggers and manages runs of {@code task}. */
  public static Grant operateTask(String task) {
    return new Grant("task", "operate", Objects.requireNonNull(task, "task"));
  }

  /** Parses the canonical text form; empty when the text is not a grant the platform knows. */
  public static Optional<Grant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.equals("env:view")) {
      return Optional.of(ENV_VIEW);
    }
    String prefix = "task:operate:";
    if (text.startsWith(prefix) && text.length() > prefix.length()) {
      return Optional.of(operateTask(text.substring(prefix.length())));
    }
    return Optional.empty();
  }

  /** The canonical text form, for example {@code task:operate:export} or {@code env:view}. */
  @Override
  public String toString() {
    return resource == null ? type + ":" + action : type + ":" + action + ":" + resource;
  }

  @Override
  public int compareTo(Grant other) {
    return toString().compareTo(other.toString());
  }
}
