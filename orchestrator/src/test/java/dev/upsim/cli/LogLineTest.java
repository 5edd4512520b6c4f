package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogLineTest {

  private final LoggerContext context = new LoggerContext();

  @Test
  void lineHoldsTimeLevelAbbreviatedLoggerMdcAndMessage() {
    Instant at = Instant.parse("2026-12-03T10:15:30.042Z");
    LoggingEvent event =
        event(Level.WARN, Map.of("workload", "app"), null, "rate-limited: {} tokens", 7);
    event.setInstant(at);

    String line = layout().doLayout(event);

    LocalTime local = LocalTime.ofInstant(at, ZoneId.systemDefault());
    assertThat(line)
        .startsWith(String.format("%02d:%02d:30.042 ", local.getHour(), local.getMinute()))
        .contains(
            " WARN  d.u.orchestrator.http.TokenEndpoint workload=app - rate-limited: 7 tokens")
        .endsWith(System.lineSeparator());
  }

  @Test
  void fiveLetterLevelIsNotPaddedAndEmptyMdcLeavesNothing() {
    String line = layout().doLayout(event(Level.ERROR, Map.of(), null, "stopped"));

    assertThat(line).contains(" ERROR d.u.orchestrator.http.TokenEndpoint  - stopped");
  }

  @Test
  void exceptionFollowsTheMessageWithItsStackTrace() {
    IllegalStateException failure = new IllegalStateException("broken pipe");

    String line = layout().doLayout(event(Level.ERROR, Map.of(), failure, "internal error"));

    assertThat(line)
        .contains("- internal error" + System.lineSeparator())
        .contains("java.lang.IllegalStateException: broken pipe")
        .contains("at dev.upsim.cli.LogLineTest");
  }

  private LogLine layout() {
    LogLine layout = new LogLine();
    layout.setContext(context);
    layout.start();
    return layout;
  }

  private LoggingEvent event(
      Level level, Map<String, String> mdc, Throwable thrown, String message, Object... arguments) {
    Logger logger = context.getLogger("dev.upsim.orchestrator.http.TokenEndpoint");
    LoggingEvent event =
        new LoggingEvent(Logger.class.getName(), logger, level, message, thrown, arguments);
    event.setMDCPropertyMap(mdc);
    return event;
  }
}
