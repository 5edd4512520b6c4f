package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void interactiveTerminalWithoutNoColorIsColoured() {
    Terminal terminal = new Terminal(true, Map.of());

    assertThat(terminal.colour()).isTrue();
    assertThat(terminal.style().failure("x")).isEqualTo("\u001b[31mx\u001b[0m");
  }

  @Test
  void noColorTurnsColourOff() {
    Terminal terminal = new Terminal(true, Map.of("NO_COLOR", "1"));

    assertThat(terminal.colour()).isFalse();
    assertThat(terminal.style().failure("x")).isEqualTo("x");
  }

  @Test
  void emptyNoColorIsIgnoredAsTheConventionSays() {
    assertThat(new Terminal(true, Map.of("NO_COLOR", "")).colour()).isTrue();
  }

  @Test
  void pipeIsNeverColoured() {
    assertThat(new Terminal(false, Map.of()).style()).isEqualTo(Style.PLAIN);
  }

  @Test
  void debugNeedsUpsimDebugSetToOne() {
    assertThat(new Terminal(false, Map.of("UPSIM_DEBUG", "1")).debug()).isTrue();
    assertThat(new Terminal(false, Map.of("UPSIM_DEBUG", "yes")).debug()).isFalse();
    assertThat(Terminal.plain().debug()).isFalse();
  }
}
