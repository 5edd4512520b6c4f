package dev.upsim.workloads.config;

import java.util.List;
import java.util.Map;

/**
 * A project's whole configuration after loading and validation: applications and tasks in the order
 * they were declared, and the files they came from (in the order they were read).
 */
public record ProjectConfig(
    Map<String, Application> applications, Map<String, TaskDefinition> tasks, List<String> files) {

  public ProjectConfig {
    applications =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(applications));
    tasks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tasks));
    files = List.copyOf(files);
  }
}
