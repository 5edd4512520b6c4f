package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * A worker of an application. An {@code authorizations} list here, even an empty one, replaces the
 * application's whole; without one the worker inherits the application's.
 */
public record Worker(
    String name,
    SourceLocation at,
    String startCommand,
    Optional<Authorizations> authorizations,
    Map<String, String> variables) {

  public Worker {
    variables = Map.copyOf(variables);
  }
}
