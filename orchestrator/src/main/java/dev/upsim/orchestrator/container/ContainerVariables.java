package dev.upsim.orchestrator.container;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The environment variables a container sees (PLATFORM.md section 7): the configuration's {@code
 * variables.env}, a run's own variables over them, and the platform's variables over both, which a
 * workload cannot override; upsim adds the simulated API's address as {@code UPSIM_API_URL}.
 */
public final class ContainerVariables {

  private ContainerVariables() {}

  /**
   * {@code variables} as an unmodifiable map sorted by name: a map that already is one (as {@link
   * #of} gives) is kept, not copied, so that containers with equal variables can share one map.
   */
  public static Map<String, String> frozen(Map<String, String> variables) {
    return variables instanceof Frozen ? variables : new Frozen(new TreeMap<>(variables));
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
    return new Frozen(variables);
  }

  /**
   * A map sorted by name that nobody can change: it owns its {@code TreeMap}, which no other code
   * sees. Being its own type is what lets {@link #frozen} share it without a defensive copy.
   */
  private static final class Frozen extends AbstractMap<String, String> {

    private final SortedMap<String, String> sorted;

    private Frozen(SortedMap<String, String> owned) {
      this.sorted = Collections.unmodifiableSortedMap(owned);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return sorted.entrySet();
    }

    @Override
    public String get(Object key) {
      return sorted.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return sorted.containsKey(key);
    }

    @Override
    public int size() {
      return sorted.size();
    }
  }
}
