package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * An application: its web instance, its workers and its crons.
 *
 * @param variables the {@code variables.env} entries, which its containers see as environment
 *     variables
 */
public record Application(
    String name,
    SourceLocation at,
    Optional<Authorizations> authorizations,
    Map<String, String> variables,
    Map<String, Worker> workers,
    Map<String, Cron> crons) {

  public Application {
    variables = Map.copyOf(variables);
    workers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(workers));
    crons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(crons));
  }
}
