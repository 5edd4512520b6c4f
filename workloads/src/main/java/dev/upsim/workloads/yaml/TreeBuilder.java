package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.ConfigError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds a located tree from SnakeYAML's events, one document, without recursion.
 *
 * <p>Design notes. Open mappings and lists sit on an explicit stack, so nesting costs heap, not
 * Java stack, and the depth limit is checked before a level is opened. An alias reuses the anchored
 * node (the tree is immutable, so sharing is safe) but counts as its full size against the node
 * limit, which stops an alias bomb after a few thousand events instead of after the expansion.
 * Problems that leave the tree usable (a duplicate key, an unknown alias) are collected and parsing
 * goes on, so one read reports them all; problems that do not (a syntax error, a limit) stop it.
 */
final class TreeBuilder {

  private static final Set<String> NULL_WORDS = Set.of("", "~", "null", "Null", "NULL");
  private static final String MERGE_KEY = "<<";

  private final String file;
  private final YamlLimits limits;
  private final String text;
  private final List<ConfigError> errors = new ArrayList<>();
  private final Deque<Frame> open = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private long expandedNodes;
  private int documents;
  private boolean stopped;
  private YamlNode root;

  TreeBuilder(String file, YamlLimits limits, String text) {
    this.file = file;
    this.limits = limits;
    this.text = text;
  }

  /** Reads the whole text; the result holds the top-level mapping or every problem found. */
  YamlResult build() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    Parser parser = new ParserImpl(new StreamReader(text), options);
    try {
      Event event;
      do {
        event = parser.getEvent();
        handle(event);
      } while (!stopped && !event.is(Event.ID.StreamEnd));
    } catch (MarkedYAMLException e) {
      syntaxError(e);
    } catch (ReaderException e) {
      forbiddenCharacter(e);
    } catch (YAMLException e) {
      stop(start(), "cannot read the YAML: " + e.getMessage(), "well-formed YAML");
    }
    return result();
  }

  private void handle(Event event) {
    switch (event.getEventId()) {
      case DocumentStart:
        documentStarted(event);
        break;
      case MappingStart:
        opened(new MappingFrame((CollectionStartEvent) event));
        break;
      case SequenceStart:
        opened(new SequenceFrame((CollectionStartEvent) event));
        break;
      case Scalar:
        scalar((ScalarEvent) event);
        break;
      case Alias:
        alias((AliasEvent) event);
        break;
      case MappingEnd:
      case SequenceEnd:
        closed();
        break;
      default:
        break;
    }
  }

  private void documentStarted(Event event) {
    documents++;
    if (documents > 1) {
      stop(
          at(event.getStartMark()),
          "a second YAML document starts here",
          "one document per file: remove the '---' line, or move the rest to a file of its own");
    }
  }

  private void opened(Frame frame) {
    if (open.size() + 1 > limits.maxDepth()) {
      stop(frame.at, "nested more than " + limits.maxDepth() + " levels deep", depthAdvice());
      return;
    }
    counted(1, frame.at);
    open.push(frame);
  }

  private void scalar(ScalarEvent event) {
    SourceLocation at = at(event.getStartMark());
    counted(1, at);
    boolean quoted = event.getScalarStyle() != ScalarStyle.PLAIN;
    if (expectsKey()) {
      ((MappingFrame) open.peek()).key(event.getValue(), quoted, at);
      return;
    }
    boolean isNull = !quoted && event.getTag() == null && NULL_WORDS.contains(event.getValue());
    YamlNode node = isNull ? new YamlNull(at) : new YamlScalar(event.getValue(), quoted, at);
    if (event.getAnchor() != null) {
      anchors.put(event.getAnchor(), new Anchored(node, 1, 0));
    }
    delivered(node, 0);
  }

  private void alias(AliasEvent event) {
    SourceLocation at = at(event.getStartMark());
    Anchored target = resolve(event.getAnchor(), at);
    if (target == null) {
      delivered(new YamlNull(at), 0);
      return;
    }
    if (open.size() + target.height > limits.maxDepth()) {
      stop(
          at,
          "alias *" + event.getAnchor() + " nests more than " + limits.maxDepth() + " levels deep",
          depthAdvice());
      return;
    }
    counted(target.size, at);
    if (!stopped && expectsKey()) {
      aliasAsKey(event.getAnchor(), target.node, at);
    } else if (!stopped) {
      delivered(target.node, target.height);
    }
  }

  private Anchored resolve(String anchor, SourceLocation at) {
    Anchored target = anchors.get(anchor);
    if (open.stream().anyMatch(frame -> anchor.equals(frame.anchor))) {
      problem(
          at,
          "alias *" + anchor + " refers to a node that contains it",
          "an alias of a node that is complete where the alias stands");
      return null;
    }
    if (target == null) {
      problem(
          at,
          "unknown alias *" + anchor,
          "an alias to an anchor &" + anchor + " defined earlier in the file");
    }
    return target;
  }

  private void aliasAsKey(String anchor, YamlNode target, SourceLocation at) {
    MappingFrame mapping = (MappingFrame) open.peek();
    if (target instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) target;
      mapping.key(scalar.text(), scalar.quoted(), at);
    } else {
      mapping.badKey(target.describe() + " (alias *" + anchor + ")", at);
    }
  }

  private void closed() {
    Frame frame = open.pop();
    YamlNode node = frame.node();
    int height = frame.childHeight + 1;
    if (frame.anchor != null) {
      anchors.put(frame.anchor, new Anchored(node, expandedNodes - frame.nodesBefore, height));
    }
    delivered(node, height);
  }

  private void delivered(YamlNode node, int height) {
    Frame parent = open.peek();
    if (parent == null) {
      root = node;
      return;
    }
    parent.childHeight = Math.max(parent.childHeight, height);
    parent.add(node);
  }

  private boolean expectsKey() {
    return open.peek() instanceof MappingFrame && ((MappingFrame) open.peek()).expectsKey();
  }

  private void counted(long nodes, SourceLocation at) {
    expandedNodes += nodes;
    if (expandedNodes > limits.maxNodes()) {
      stop(
          at,
          "the file expands to more than "
              + limits.maxNodes()
              + " values once aliases are copied in place",
          "at most "
              + limits.maxNodes()
              + " values; an alias counts every value of its anchor again");
    }
  }

  private void syntaxError(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourceLocation at = mark == null ? start() : at(mark);
    String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
    if (problem.contains("(TAB)")) {
      stop(
          at,
          "a tab character stands where YAML expects indentation or a value",
          "indentation with spaces only; YAML does not allow tabs for indentation");
      return;
    }
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    stop(at, "invalid YAML: " + problem + context, "well-formed YAML");
  }

  private void forbiddenCharacter(ReaderException e) {
    int offset =
        text.offsetByCodePoints(
            0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
    SourceLocation at = Utf8Text.placeAfter(text.subSequence(0, offset), file);
    String character = String.format("U+%04X", e.getCodePoint());
    stop(
        at,
        "the file holds the control character " + character + ", which YAML does not allow",
        "printable text; binary data is not YAML");
  }

  private YamlResult result() {
    if (errors.isEmpty() && (root == null || root instanceof YamlNull)) {
      problem(
          start(),
          "the file holds no YAML content",
          "a mapping of keys to values, for example 'applications:'");
    } else if (errors.isEmpty() && !(root instanceof YamlMapping)) {
      problem(
          root.at(),
          "the top level is " + root.describe() + ", not a mapping",
          "a mapping of keys to values, for example 'applications:'");
    }
    if (!errors.isEmpty()) {
      List<ConfigError> sorted = new ArrayList<>(errors);
      sorted.sort(
          Comparator.comparingInt((ConfigError e) -> e.at().line())
              .thenComparingInt(e -> e.at().column()));
      return new YamlResult.Failed(sorted);
    }
    return new YamlResult.Parsed((YamlMapping) root);
  }

  private void problem(SourceLocation at, String problem, String valid) {
    errors.add(new ConfigError(at, currentPath(), problem, valid));
  }

  private void stop(SourceLocation at, String problem, String valid) {
    problem(at, problem, valid);
    stopped = true;
  }

  private String depthAdvice() {
    return "at most " + limits.maxDepth() + " levels of nested mappings and lists";
  }

  private String currentPath() {
    return open.isEmpty() ? "" : open.peek().childPath();
  }

  private SourceLocation start() {
    return new SourceLocation(file, 1, 1);
  }

  private SourceLocation at(Mark mark) {
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** An anchored node with its size and height once aliases in it are expanded. */
  private record Anchored(YamlNode node, long size, int height) {}

  /** A mapping or list still being read. */
  private abstract class Frame {
    final SourceLocation at;
    final String anchor;
    final String path;
    final long nodesBefore;
    int childHeight;

    Frame(CollectionStartEvent event) {
      this.at = at(event.getStartMark());
      this.anchor = event.getAnchor();
      this.path = currentPath();
      this.nodesBefore = expandedNodes;
    }

    abstract void add(YamlNode node);

    abstract YamlNode node();

    abstract String childPath();
  }

  private final class SequenceFrame extends Frame {
    private final List<YamlNode> items = new ArrayList<>();

    SequenceFrame(CollectionStartEvent event) {
      super(event);
    }

    @Override
    void add(YamlNode node) {
      items.add(node);
    }

    @Override
    YamlNode node() {
      return new YamlSequence(items, at);
    }

    @Override
    String childPath() {
      return path + "[" + items.size() + "]";
    }
  }

  /** What a mapping expects next: a key, the value of a key, or a value to drop. */
  private enum Expecting {
    KEY,
    VALUE,
    MERGE,
    IGNORED_VALUE
  }

  private final class MappingFrame extends Frame {
    private final List<YamlEntry> entries = new ArrayList<>();
    private final Map<String, SourceLocation> explicitKeys = new HashMap<>();
    private final List<YamlMapping> merged = new ArrayList<>();
    private Expecting expecting = Expecting.KEY;
    private String key;
    private SourceLocation keyAt;

    MappingFrame(CollectionStartEvent event) {
      super(event);
    }

    boolean expectsKey() {
      return expecting == Expecting.KEY;
    }

    void key(String text, boolean quoted, SourceLocation at) {
      key = text;
      keyAt = at;
      expecting = Expecting.VALUE;
      if (!quoted && text.equals(MERGE_KEY)) {
        expecting = Expecting.MERGE;
      } else if (explicitKeys.containsKey(text)) {
        problem(
            at,
            "duplicate key '"
                + text
                + "': it is also defined at "
                + explicitKeys.get(text)
                + ", and YAML would silently keep only one",
            "each key once in a mapping");
        expecting = Expecting.IGNORED_VALUE;
      } else {
        explicitKeys.put(text, at);
      }
    }

    void badKey(String found, SourceLocation at) {
      problem(at, "a key must be text, not " + found, "a plain or quoted text key");
      key = "?";
      expecting = Expecting.IGNORED_VALUE;
    }

    @Override
    void add(YamlNode node) {
      if (expecting == Expecting.KEY) {
        badKey(node.describe(), node.at());
        return;
      }
      if (expecting == Expecting.VALUE) {
        entries.add(new YamlEntry(key, keyAt, node));
      } else if (expecting == Expecting.MERGE) {
        merge(node);
      }
      expecting = Expecting.KEY;
    }

    private void merge(YamlNode node) {
      if (node instanceof YamlMapping) {
        merged.add((YamlMapping) node);
        return;
      }
      if (node instanceof YamlSequence
          && ((YamlSequence) node).items().stream().allMatch(YamlMapping.class::isInstance)) {
        ((YamlSequence) node).items().forEach(item -> merged.add((YamlMapping) item));
        return;
      }
      problem(
          node.at(),
          "the merge key '<<' takes a mapping, found " + node.describe(),
          "'<<: *anchor' naming a mapping, or a list of such aliases");
    }

    @Override
    YamlNode node() {
      Set<String> present = new java.util.HashSet<>(explicitKeys.keySet());
      List<YamlEntry> all = new ArrayList<>(entries);
      for (YamlMapping source : merged) {
        for (YamlEntry entry : source.entries()) {
          if (present.add(entry.key())) {
            all.add(entry);
          }
        }
      }
      return new YamlMapping(all, at);
    }

    @Override
    String childPath() {
      return expecting == Expecting.KEY || expecting == Expecting.MERGE ? path : join(path, key);
    }
  }
}
