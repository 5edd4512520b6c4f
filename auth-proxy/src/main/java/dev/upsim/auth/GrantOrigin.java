package dev.upsim.auth;

/** Whether a workload declared a grant itself or received it from its application. */
public enum GrantOrigin {
  /** Declared on the workload itself (an application, a worker's override, a task). */
  OWN,
  /** Declared on the application and passed to a worker without an override, or to a cron. */
  INHERITED;

  /** The lower-case word used in reports and JSON: {@code own} or {@code inherited}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
