package dev.upsim.workloads.program;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of a {@link Program}. Paths may contain {@code {project}} and {@code {env}}, which
 * expand to the project and environment of the workload that runs the step.
 */
public sealed interface Action
    permits Action.RequestToken,
        Action.Call,
        Action.Trigger,
        Action.Cancel,
        Action.Sleep,
        Action.Log,
        Action.Exit {

  /** What the outcome of this step should be; {@link Expectation#NONE} when nothing is checked. */
  default Expectation expect() {
    return Expectation.NONE;
  }

  /** The step in a few words, as the trace shows it. */
  String describe();

  /**
   * Ask the workload's auth proxy for a token.
   *
   * @param ttlSeconds the lifetime asked for ({@code x-token-ttl}); null for the proxy's default
   * @param saveAs the name later calls use to send this token; null to keep it nowhere
   */
  record RequestToken(Long ttlSeconds, String saveAs, Expectation expect) implements Action {

    public RequestToken {
      expect = Expectation.orNone(expect);
    }

    @Override
    public String describe() {
      String ttl = ttlSeconds == null ? "" : " ttl " + ttlSeconds + "s";
      String save = saveAs == null ? "" : " as " + saveAs;
      return "request token" + ttl + save;
    }
  }

  /**
   * Call the environment API.
   *
   * @param bodyJson the request body as JSON text, or null for none
   */
  record Call(String method, String path, String bodyJson, TokenChoice token, Expectation expect)
      implements Action {

    public Call {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      token = token == null ? TokenChoice.fresh() : token;
      expect = Expectation.orNone(expect);
    }

    @Override
    public String describe() {
      return "call " + method + " " + path + " with " + token + " token";
    }
  }

  /**
   * Run a task in the same environment with a fresh token: the run call with {@code variables} as
   * the run's {@code variables.env}.
   */
  record Trigger(String task, Map<String, String> variables, Expectation expect) implements Action {

    public Trigger {
      Objects.requireNonNull(task, "task");
      variables = variables == null ? Map.of() : new TreeMap<>(variables);
      variables = java.util.Collections.unmodifiableMap(variables);
      expect = Expectation.orNone(expect);
    }

    @Override
    public String describe() {
      return variables.isEmpty() ? "trigger " + task : "trigger " + task + " " + variables;
    }
  }

  /**
   * Cancel the latest run of {@code task} in the same environment (the latest one still pending or
   * in progress, else the latest at all) with a fresh token.
   */
  record Cancel(String task, Expectation expect) implements Action {

    public Cancel {
      Objects.requireNonNull(task, "task");
      expect = Expectation.orNone(expect);
    }

    @Override
    public String describe() {
      return "cancel " + task;
    }
  }

  /** Wait on the virtual clock. */
  record Sleep(Duration duration) implements Action {

    public Sleep {
      if (duration == null || duration.isNegative()) {
        throw new IllegalArgumentException("a sleep needs a duration of zero or more");
      }
    }

    @Override
    public String describe() {
      return "sleep " + duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Write a line to the workload's output; {@code stderr} lines show with {@code W:} in logs. */
  record Log(String text, boolean stderr) implements Action {

    public Log {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String describe() {
      return (stderr ? "log to stderr: " : "log: ") + text;
    }
  }

  /** End the program with {@code code}: 0 is success, anything else failure. */
  record Exit(int code) implements Action {

    @Override
    public String describe() {
      return "exit " + code;
    }
  }
}
