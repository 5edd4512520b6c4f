package dev.upsim.auth.check;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The phrases that decisions are built from, so that every explanation reads alike. */
final class Wording {

  private Wording() {}

  /** For example {@code task:cleanup holds env:view only (own list at config.yaml:31)}. */
  static String holds(WorkloadId workload, Set<Grant> grants, String basis) {
    String where = basis == null || basis.isBlank() ? "" : " (" + basis + ")";
    return workload + " holds " + grantList(grants) + where;
  }

  /** For example {@code environment main of project acme}. */
  static String place(String project, String environment) {
    return "environment " + environment + " of project " + project;
  }

  private static String grantList(Set<Grant> grants) {
    List<String> texts = grants.stream().map(Grant::toString).collect(Collectors.toList());
    if (texts.isEmpty()) {
      return "no grants";
    }
    if (texts.size() == 1) {
      return texts.get(0) + " only";
    }
    String allButLast = String.join(", ", texts.subList(0, texts.size() - 1));
    return allButLast + " and " + texts.get(texts.size() - 1);
  }
}
