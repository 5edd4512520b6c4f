package dev.upsim.orchestrator.api;

/**
 * A request target the environment API knows, with the parts of its path.
 *
 * @param environment null for {@link Kind#LIST_ENVIRONMENTS}
 * @param name the activity id or task name the path names, or null
 */
public record ApiRoute(Kind kind, String project, String environment, String name) {

  /** The calls of the environment API. */
  public enum Kind {
    /** {@code GET /projects/{p}/environments}: refused for workload tokens. */
    LIST_ENVIRONMENTS,
    /** {@code GET /projects/{p}/environments/{e}}. */
    ENVIRONMENT,
    /** {@code GET .../activities}. */
    ACTIVITIES,
    /** {@code GET .../activities/{id}}. */
    ACTIVITY,
    /** {@code GET .../activities/{id}/log}. */
    ACTIVITY_LOG,
    /** {@code POST .../activities/{id}/cancel}. */
    CANCEL_ACTIVITY,
    /** {@code GET .../tasks}. */
    TASKS,
    /** {@code GET .../tasks/{name}}. */
    TASK,
    /** {@code POST .../tasks/{name}/run}. */
    RUN_TASK,
    /** {@code GET .../deployments}. */
    DEPLOYMENTS
  }
}
