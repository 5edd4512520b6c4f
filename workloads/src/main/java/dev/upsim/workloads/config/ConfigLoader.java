package dev.upsim.workloads.config;

import dev.upsim.auth.Grant;
import dev.upsim.auth.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a project's {@code .upsun} configuration.
 *
 * <p>Temporary stand-in in the {@code cli} branch, so that the command line can be built and tested
 * before the real loader lands on main; it covers only what the command line's tests use and is
 * deleted at that merge.
 */
public final class ConfigLoader {

  private final List<ConfigError> errors = new ArrayList<>();
  private final Map<String, Application> applications = new LinkedHashMap<>();
  private final Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
  private final List<PendingTask> taskReferences = new ArrayList<>();
  private String file;

  private ConfigLoader() {}

  /** Loads a project directory, its {@code .upsun} directory, or one YAML file. */
  public static LoadResult load(Path path) {
    ConfigLoader loader = new ConfigLoader();
    List<Path> files = filesOf(path);
    for (Path yaml : files) {
      loader.read(path, yaml);
    }
    loader.checkTaskReferences();
    if (!loader.errors.isEmpty()) {
      return new LoadResult.Rejected(loader.errors);
    }
    List<String> names = files.stream().map(yaml -> name(path, yaml)).toList();
    return new LoadResult.Loaded(new ProjectConfig(loader.applications, loader.tasks, names));
  }

  private static List<Path> filesOf(Path path) {
    Path dir = Files.isDirectory(path.resolve(".upsun")) ? path.resolve(".upsun") : path;
    if (!Files.isDirectory(dir)) {
      return List.of(path);
    }
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path root, Path yaml) {
    return Files.isDirectory(root) ? root.relativize(yaml).toString() : yaml.toString();
  }

  private void read(Path root, Path yaml) {
    file = name(root, yaml);
    try (Reader reader = Files.newBufferedReader(yaml)) {
      Node document = new Yaml().compose(reader);
      if (document instanceof MappingNode) {
        top((MappingNode) document);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void top(MappingNode document) {
    for (NodeTuple entry : document.getValue()) {
      String key = key(entry);
      if (key.equals("applications") && entry.getValueNode() instanceof MappingNode) {
        for (NodeTuple app : ((MappingNode) entry.getValueNode()).getValue()) {
          application(key(app), app);
        }
      } else if (key.equals("tasks") && entry.getValueNode() instanceof MappingNode) {
        for (NodeTuple task : ((MappingNode) entry.getValueNode()).getValue()) {
          task(key(task), task);
        }
      }
    }
  }

  private void application(String name, NodeTuple entry) {
    Map<String, Node> keys = mapping(entry.getValueNode());
    String path = "applications." + name;
    Map<String, Worker> workers = new LinkedHashMap<>();
    mapping(keys.get("workers"))
        .forEach(
            (worker, node) ->
                workers.put(
                    worker,
                    new Worker(
                        worker,
                        at(node),
                        "",
                        authorizations(mapping(node), path + ".workers." + worker),
                        Map.of())));
    Map<String, Cron> crons = new LinkedHashMap<>();
    mapping(keys.get("crons")).forEach((cron, node) -> crons.put(cron, cron(path, cron, node)));
    applications.put(
        name,
        new Application(
            name, at(entry.getKeyNode()), authorizations(keys, path), Map.of(), workers, crons));
  }

  private Cron cron(String appPath, String name, Node node) {
    Node declared = mapping(node).get("authorizations");
    if (declared != null) {
      errors.add(
          new ConfigError(
              at(declared),
              appPath + ".crons." + name + ".authorizations",
              "a cron cannot declare authorizations",
              "remove it: a cron always holds its application's list"));
    }
    Duration day = Duration.ofDays(1);
    return new Cron(name, at(node), "", "", null, Duration.ofSeconds(10), day);
  }

  private void task(String name, NodeTuple entry) {
    Map<String, Node> keys = mapping(entry.getValueNode());
    Optional<Authorizations> declared = authorizations(keys, "tasks." + name);
    tasks.put(
        name,
        new TaskDefinition(
            name, at(entry.getKeyNode()), "", "", Duration.ofHours(1), declared, Map.of()));
  }

  private Optional<Authorizations> authorizations(Map<String, Node> keys, String owner) {
    Node list = keys.get("authorizations");
    if (!(list instanceof SequenceNode)) {
      return Optional.empty();
    }
    List<Authorizations.Entry> entries = new ArrayList<>();
    List<Node> items = ((SequenceNode) list).getValue();
    for (int i = 0; i < items.size(); i++) {
      entry(items.get(i), owner + ".authorizations[" + i + "]").ifPresent(entries::add);
    }
    return Optional.of(new Authorizations(entries, at(list)));
  }

  private Optional<Authorizations.Entry> entry(Node node, String path) {
    Map<String, Node> keys = mapping(node);
    String text = scalar(keys.get("type")) + ":" + scalar(keys.get("action"));
    String resource = scalar(keys.get("resource"));
    Optional<Grant> grant = Grant.parse(resource.isEmpty() ? text : text + ":" + resource);
    if (grant.isEmpty()) {
      String valid = "type task, action operate, resource <task>; or type env, action view";
      errors.add(new ConfigError(at(node), path, "not a valid authorization: " + text, valid));
      return Optional.empty();
    }
    if (grant.get().resource() != null) {
      taskReferences.add(new PendingTask(grant.get().resource(), at(keys.get("resource")), path));
    }
    return Optional.of(new Authorizations.Entry(grant.get(), at(node)));
  }

  private void checkTaskReferences() {
    for (PendingTask reference : taskReferences) {
      if (!tasks.containsKey(reference.task())) {
        errors.add(
            new ConfigError(
                reference.at(),
                reference.path() + ".resource",
                "names no task: " + reference.task(),
                "one of: " + String.join(", ", tasks.keySet())));
      }
    }
  }

  private static Map<String, Node> mapping(Node node) {
    Map<String, Node> keys = new LinkedHashMap<>();
    if (node instanceof MappingNode) {
      ((MappingNode) node).getValue().forEach(tuple -> keys.put(key(tuple), tuple.getValueNode()));
    }
    return keys;
  }

  private static String key(NodeTuple tuple) {
    return scalar(tuple.getKeyNode());
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : "";
  }

  private SourceLocation at(Node node) {
    return new SourceLocation(
        file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  private record PendingTask(String task, SourceLocation at, String path) {}
}
