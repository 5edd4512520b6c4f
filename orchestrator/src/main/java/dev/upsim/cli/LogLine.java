package dev.upsim.cli;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One log line as upsim writes it to stderr: time, level, logger, the MDC (the workload) and the
 * message, then the stack trace of an exception if the event carries one; for example {@code
 * 20:18:08.071 WARN d.u.o.http.TokenEndpoint workload=app - rate-limited: ...}.
 *
 * <p>Design note. Logback's {@code PatternLayout} would write the same line from a pattern, but
 * loading it registers every converter logback knows, about a hundred classes, on every start of
 * the command line, where most runs never log a line. This layout loads what it uses, and the time
 * formatter only with the first line.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {

  private static final int LOGGER_LENGTH = 36;

  private final TargetLengthBasedClassNameAbbreviator loggers =
      new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(128);
    line.append(Clock.FORMAT.format(LocalTime.ofInstant(event.getInstant(), Clock.ZONE)));
    line.append(' ').append(padded(event.getLevel().toString()));
    line.append(' ').append(loggers.abbreviate(event.getLoggerName()));
    line.append(' ');
    appendMdc(line, event.getMDCPropertyMap());
    line.append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
    }
    return line.toString();
  }

  /** {@code level} padded to five characters, so that the loggers line up. */
  private static String padded(String level) {
    return level.length() >= 5 ? level : level + " ".repeat(5 - level.length());
  }

  /** The MDC as {@code key=value} pairs separated by a comma, or nothing when it is empty. */
  private static void appendMdc(StringBuilder line, Map<String, String> mdc) {
    String separator = "";
    for (Map.Entry<String, String> entry : mdc.entrySet()) {
      line.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
      separator = ", ";
    }
  }

  /** The time format, in a holder class so that it is loaded with the first line, not before. */
  private static final class Clock {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    static final ZoneId ZONE = ZoneId.systemDefault();
  }
}
