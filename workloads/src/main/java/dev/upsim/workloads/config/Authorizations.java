package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.util.List;

/**
 * An {@code authorizations} list as declared on an application, a worker or a task.
 *
 * <p>{@code at} is where the key itself stands, so that an empty list still has a place to name.
 */
public record Authorizations(List<Entry> entries, SourceLocation at) {

  public Authorizations {
    entries = List.copyOf(entries);
  }

  /** One valid entry of the list, already turned into its grant. */
  public record Entry(dev.upsim.auth.Grant grant, SourceLocation at) {}
}
