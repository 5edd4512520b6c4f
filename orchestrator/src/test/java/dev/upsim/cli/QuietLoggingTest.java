package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

  @Test
  void unsetLevelMeansWarn() {
    assertThat(QuietLogging.level(null)).isEqualTo(Level.WARN);
  }

  @Test
  void levelNameFromTheEnvironmentIsTheThreshold() {
    assertThat(QuietLogging.level("DEBUG")).isEqualTo(Level.DEBUG);
    assertThat(QuietLogging.level("info")).isEqualTo(Level.INFO);
  }

  @Test
  void unknownLevelNameFallsBackToWarn() {
    assertThat(QuietLogging.level("chatty")).isEqualTo(Level.WARN);
  }

  @Test
  void logbackTestFileOnTheClasspathIsLeftToLogback() {
    LoggerContext context = new LoggerContext();

    ExecutionStatus status = new QuietLogging().configure(context);

    assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger("ROOT").iteratorForAppenders().hasNext()).isFalse();
  }
}
