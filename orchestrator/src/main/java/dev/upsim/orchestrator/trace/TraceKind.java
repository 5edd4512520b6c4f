package dev.upsim.orchestrator.trace;

import java.util.Locale;

/** What a {@link TraceEvent} records. */
public enum TraceKind {
  /** A container or proxy started; the content names what it holds or sees. */
  SPAWNED,
  /** A container or proxy stopped; the content says why. */
  STOPPED,
  /** A workload asked its proxy for a token. */
  TOKEN_REQUESTED,
  /** A proxy issued a token; the decision carries its claims. */
  TOKEN_ISSUED,
  /** A proxy refused a token (rate limit); the decision says why. */
  TOKEN_REFUSED,
  /** A request reached the environment API. */
  API_REQUESTED,
  /** The environment API answered; the decision says why, when a token was checked. */
  API_ANSWERED,
  /** A task run was created or changed state. */
  ACTIVITY_CHANGED,
  /** A workload wrote a line of output. */
  LOG_WRITTEN,
  /** A cron came due and started. */
  CRON_FIRED,
  /** A cron came due while another cron ran in the same container, and waits. */
  CRON_DEFERRED,
  /** A worker's or cron's program ended with an exit code. */
  PROGRAM_ENDED,
  /** A chain of task runs revisited a task: a warning naming the loop. */
  LOOP_DETECTED,
  /** A step of a program did not turn out as its expectation said. */
  EXPECTATION_FAILED,
  /** An environment was deployed, with its configuration (anew or unchanged). */
  DEPLOYED,
  /** settle() reached its horizon with work still going on. */
  HORIZON_REACHED;

  /** The stable lower-case code used in JSON, for example {@code token-issued}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
