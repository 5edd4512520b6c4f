package dev.upsim.workloads.program;

import java.util.List;

/**
 * The actions a workload performs, in order, each once. A program that runs out of actions ends as
 * if it had exited with code 0; a refused action does not stop it.
 */
public record Program(List<Action> actions) {

  /** The program of a workload that has none: it does nothing and exits 0 at once. */
  public static final Program EMPTY = new Program(List.of());

  public Program {
    actions = List.copyOf(actions);
  }

  /** A program of {@code actions}, in the order given. */
  public static Program of(Action... actions) {
    return new Program(List.of(actions));
  }
}
