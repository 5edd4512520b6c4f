package dev.upsim.workloads.config;

import dev.upsim.workloads.config.ConfigFiles.ConfigFile;
import dev.upsim.workloads.yaml.LocatedYaml;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads and validates a project's {@code .upsun} configuration.
 *
 * <p>The steps: find the files (a file, or every YAML file of a {@code .upsun} directory in name
 * order), read each into a located tree, merge their top-level keys (a later file's application or
 * task replaces an earlier one whole), then read the merged tree into the model. Every error of
 * every file is reported at once, sorted by file and position. YAML errors in any file stop before
 * the model is read, because a file that could not be read would make references into it (a task
 * named by an authorization) look wrong.
 *
 * <p>Which keys are checked: the parts upsim models (the top level, workers, crons, tasks,
 * authorization entries) are closed and an unknown key there is an error; the rest (an
 * application's own level, services, routes, mounts, hooks, ...) is accepted unread. The package
 * documentation lists both sides.
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /** Loads a YAML file, a .upsun directory, or a project root holding .upsun/. */
  public static LoadResult load(Path path) {
    Problems problems = new Problems();
    List<ConfigFile> files = ConfigFiles.locate(path, problems);
    List<YamlMapping> roots = read(files, problems);
    if (!problems.isEmpty()) {
      return new LoadResult.Rejected(problems.sorted());
    }
    ProjectConfig config = validate(MergedDocument.merge(roots, problems), files, problems);
    return problems.isEmpty()
        ? new LoadResult.Loaded(config)
        : new LoadResult.Rejected(problems.sorted());
  }

  private static List<YamlMapping> read(List<ConfigFile> files, Problems problems) {
    List<YamlMapping> roots = new ArrayList<>();
    for (ConfigFile file : files) {
      YamlResult result = LocatedYaml.read(file.path(), file.shownAs());
      if (result instanceof YamlResult.Parsed) {
        roots.add(((YamlResult.Parsed) result).root());
      } else {
        problems.addAll(((YamlResult.Failed) result).errors());
      }
    }
    return roots;
  }

  private static ProjectConfig validate(
      MergedDocument merged, List<ConfigFile> files, Problems problems) {
    AuthorizationValidator authorizations =
        new AuthorizationValidator(problems, merged.tasks().keySet());
    ApplicationValidator applicationValidator = new ApplicationValidator(problems, authorizations);
    TaskValidator taskValidator = new TaskValidator(problems, authorizations);
    Map<String, Application> applications = new LinkedHashMap<>();
    for (YamlEntry entry : merged.applications().values()) {
      applicationValidator.read(entry).ifPresent(app -> applications.put(app.name(), app));
    }
    Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
    for (YamlEntry entry : merged.tasks().values()) {
      taskValidator.read(entry).ifPresent(task -> tasks.put(task.name(), task));
    }
    return new ProjectConfig(applications, tasks, files.stream().map(ConfigFile::shownAs).toList());
  }
}
