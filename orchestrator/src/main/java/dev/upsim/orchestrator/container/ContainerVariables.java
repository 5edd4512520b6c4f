package dev.upsim.orchestrator.container;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The environment variables a container sees (PLATFORM.md section 7): the configuration's {@code
 * variables.env}, a run's own variables over them, and the platform's variables over both, which a
 * workload cannot override; upsim adds the simulated API's address as {@code UPSIM_API_URL}.
 */
public final class ContainerVariables {

  /** The class of the maps {@link #of} gives, which {@link #frozen} keeps as they are. */
  private static final Class<?> FROZEN =
      Collections.unmodifiableSortedMap(new TreeMap<String, String>()).getClass();

  private ContainerVariables() {}

  /**
   * {@code variables} as an unmodifiable map sorted by name: a map that already is one (as {@link
   * #of} gives) is kept, not copied, so that containers with equal variables can share one map.
   */
  public static Map<String, String> frozen(Map<String, String> variables) {
    if (variables.getClass() == FROZEN) {
      return variables;
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(variables));
  }

  /**
   * The variables of a container of {@code applicationName} (a task's name for a task run) in
   * {@code environment} of type {@code environmentType}.
   */
  public static Map<String, String> of(
      String project,
      String environment,
      String environmentType,
      String applicationName,
      Map<String, String> configured,
      Map<String, String> runVariables,
      String apiBaseUrl) {
    SortedMap<String, String> variables = new TreeMap<>(configured);
    variables.putAll(runVariables);
    variables.put("PLATFORM_PROJECT", project);
    variables.put("PLATFORM_ENVIRONMENT", environment);
    variables.put("PLATFORM_BRANCH", environment);
    variables.put("PLATFORM_ENVIRONMENT_TYPE", environmentType);
    variables.put("PLATFORM_APPLICATION_NAME", applicationName);
    variables.put("UPSIM_API_URL", apiBaseUrl);
    return Collections.unmodifiableSortedMap(variables);
  }
}
