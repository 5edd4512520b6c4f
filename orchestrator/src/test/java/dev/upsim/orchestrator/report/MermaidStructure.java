package dev.upsim.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Mermaid sequence diagram back: its participants, its arrows and its notes, each checked
 * to use only declared participants and only statement forms upsim writes.
 */
final class MermaidStructure {

  private static final Pattern PARTICIPANT = Pattern.compile("participant (\\w+) as (.+)");
  private static final Pattern ARROW = Pattern.compile("(\\w+)(->>|-->>|--x|-\\))(\\w+): (.+)");
  private static final Pattern NOTE = Pattern.compile("Note over (\\w+): (.+)");

  final Set<String> participants = new LinkedHashSet<>();
  final List<String> labels = new ArrayList<>();
  final List<String> arrows = new ArrayList<>();

  /** Parses {@code diagram}, failing the test on any statement it does not understand. */
  static MermaidStructure parse(String diagram) {
    MermaidStructure structure = new MermaidStructure();
    List<String> lines = diagram.lines().map(String::strip).toList();
    assertThat(lines.get(0)).isEqualTo("sequenceDiagram");
    lines.stream().skip(1).forEach(structure::read);
    return structure;
  }

  private void read(String line) {
    Matcher participant = PARTICIPANT.matcher(line);
    Matcher arrow = ARROW.matcher(line);
    Matcher note = NOTE.matcher(line);
    if (participant.matches()) {
      assertThat(arrows).as("participants come before messages").isEmpty();
      assertThat(participants.add(participant.group(1))).as("declared once: " + line).isTrue();
      labels.add(participant.group(2));
    } else if (arrow.matches()) {
      assertThat(participants).as(line).contains(arrow.group(1), arrow.group(3));
      arrows.add(arrow.group(1) + arrow.group(2) + arrow.group(3));
      labels.add(arrow.group(4));
    } else if (note.matches()) {
      assertThat(participants).as(line).contains(note.group(1));
      labels.add(note.group(2));
    } else {
      throw new AssertionError("not a statement upsim writes: " + line);
    }
  }
}
