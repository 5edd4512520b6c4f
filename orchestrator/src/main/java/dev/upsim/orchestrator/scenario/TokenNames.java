package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.config.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names tokens are saved under ({@code save:}) and the calls that send a saved token ({@code
 * token: NAME}), collected over the whole file, so that a call naming a token nobody saves is
 * reported. A program may save a token that a later step sends, so the check waits for the end.
 */
final class TokenNames {

  /** The words a call's {@code token:} gives a meaning of their own; no token is saved so. */
  static final List<String> RESERVED = List.of("fresh", "none", "tampered");

  private final Set<String> saved = new LinkedHashSet<>();
  private final List<Use> uses = new ArrayList<>();

  /** A call that sends the token saved as {@code name}. */
  private record Use(String name, SourceLocation at, String path) {}

  /** Notes that a token is saved as {@code name}; a reserved word is reported. */
  void save(String name, SourceLocation at, String path, Problems out) {
    if (RESERVED.contains(name)) {
      out.add(
          at,
          path,
          "'" + name + "' cannot name a saved token: a call's token: " + name + " means itself",
          "any name but " + String.join(", ", RESERVED));
      return;
    }
    saved.add(name);
  }

  /** Notes that a call sends the token saved as {@code name}. */
  void use(String name, SourceLocation at, String path) {
    uses.add(new Use(name, at, path));
  }

  /** Reports every call that sends a token no step or program saves. */
  void checkUses(Problems out) {
    for (Use use : uses) {
      if (!saved.contains(use.name())) {
        out.add(
            use.at(),
            use.path(),
            "no step or program saves a token named '"
                + use.name()
                + "'"
                + Suggestions.didYouMean(use.name(), saved),
            valid());
      }
    }
  }

  private String valid() {
    String names = saved.isEmpty() ? "none is saved" : "saved: " + String.join(", ", saved);
    return String.join(", ", RESERVED) + ", or a name saved with save: (" + names + ")";
  }
}
