package dev.upsim.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * upsim's logging, set up in code rather than from an XML file, because parsing XML costs a large
 * share of a short run's start. stdout belongs to reports, so logs go to stderr and stay quiet:
 * WARN and above, or the level {@code UPSIM_LOG_LEVEL} names. Logback finds this class through
 * {@code META-INF/services}; a {@code logback-test.xml}, a {@code logback.xml} or the {@code
 * logback.configurationFile} property still wins, so tests and embedding programs keep theirs.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {

  /** Sets WARN (or {@code UPSIM_LOG_LEVEL}) to stderr, unless a logback file is there to read. */
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (aFileIsThere()) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    context.getStatusManager().add(new NopStatusListener());
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(level(System.getenv("UPSIM_LOG_LEVEL")));
    root.addAppender(stderr(context));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The threshold {@code name} stands for; WARN when unset or not a level. */
  static Level level(String name) {
    return Level.toLevel(name, Level.WARN);
  }

  private static boolean aFileIsThere() {
    ClassLoader loader = QuietLogging.class.getClassLoader();
    return System.getProperty("logback.configurationFile") != null
        || loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null;
  }

  private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
    LogLine layout = new LogLine();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("STDERR");
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }
}
