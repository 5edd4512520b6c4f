package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A task: run on demand in a container of its own, with only its own authorizations. */
public record TaskDefinition(
    String name,
    SourceLocation at,
    String type,
    String command,
    Duration timeout,
    Optional<Authorizations> authorizations,
    Map<String, String> variables) {

  public TaskDefinition {
    variables = Map.copyOf(variables);
  }
}
