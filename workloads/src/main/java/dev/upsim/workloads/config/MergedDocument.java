package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level keys of every file of a configuration, merged. When two files define the same
 * application or task, the later file's definition replaces the earlier one whole (no deep merge)
 * and keeps the earlier one's place in the order. {@code services} and {@code routes} are accepted
 * and not read. The top level is a modeled part: any other key is an "Unknown key".
 */
final class MergedDocument {

  static final List<String> TOP_LEVEL = List.of("applications", "services", "routes", "tasks");

  private static final String APPLICATIONS = "a mapping of application names to applications";
  private static final String TASKS = "a mapping of task names to tasks";

  private final Map<String, YamlEntry> applications = new LinkedHashMap<>();
  private final Map<String, YamlEntry> tasks = new LinkedHashMap<>();
  private SourceLocation firstApplicationsKey;
  private boolean applicationsReadable;

  private MergedDocument() {}

  /** Merges the top level of each file's {@code root}, in the order given (at least one). */
  static MergedDocument merge(List<YamlMapping> roots, Problems problems) {
    MergedDocument merged = new MergedDocument();
    roots.forEach(root -> merged.add(root, problems));
    merged.checkApplications(roots.get(0), problems);
    return merged;
  }

  /** The applications of every file, the later file's definition winning, in first order. */
  Map<String, YamlEntry> applications() {
    return applications;
  }

  /** The tasks of every file, the later file's definition winning, in first order. */
  Map<String, YamlEntry> tasks() {
    return tasks;
  }

  private void add(YamlMapping root, Problems problems) {
    Section top = Section.of(root, root.at(), "", APPLICATIONS, problems).orElseThrow();
    top.allowOnly(TOP_LEVEL);
    root.entry("applications").ifPresent(entry -> addApplications(top, entry));
    top.optionalSection("tasks", TASKS).ifPresent(section -> addAll(section, tasks));
  }

  private void addApplications(Section top, YamlEntry entry) {
    if (firstApplicationsKey == null) {
      firstApplicationsKey = entry.keyAt();
    }
    Optional<Section> section = top.optionalSection("applications", APPLICATIONS);
    section.ifPresent(apps -> addAll(apps, applications));
    applicationsReadable |= section.isPresent();
  }

  private static void addAll(Section section, Map<String, YamlEntry> into) {
    section.mapping().entries().forEach(entry -> into.put(entry.key(), entry));
  }

  private void checkApplications(YamlMapping firstRoot, Problems problems) {
    if (firstApplicationsKey == null) {
      problems.add(
          firstRoot.at(),
          "applications",
          "missing required key 'applications'",
          "applications: " + APPLICATIONS);
    } else if (applicationsReadable && applications.isEmpty()) {
      problems.add(
          firstApplicationsKey,
          "applications",
          "no application is declared",
          "at least one application under 'applications'");
    }
  }
}
