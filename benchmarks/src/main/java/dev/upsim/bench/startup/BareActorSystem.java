package dev.upsim.bench.startup;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The least any upsim command that simulates must do before its own work: get an SLF4J logger, load
 * the configuration, start a typed actor system and stop it again. upsim cannot start faster than
 * the actor system it runs on, so the time of this program, launched with upsim's JVM options and
 * class path, is the floor under {@code upsim run}, and the rest of its time is upsim's own.
 *
 * <p>Run with upsim's shaded jar on the class path, it reads the same merged reference.conf and
 * application.conf and logs through the same {@code dev.upsim.cli.QuietLogging}. With {@code
 * --phases} it prints to stderr the milliseconds of each step, the time the JVM took to reach main,
 * and the JVM's uptime once the system has stopped.
 */
public final class BareActorSystem {

  private BareActorSystem() {}

  /** Starts and stops a bare actor system, then exits 0; {@code --phases} prints the steps. */
  public static void main(String[] args) {
    Laps laps = new Laps();
    Logger log = LoggerFactory.getLogger(BareActorSystem.class);
    laps.mark("slf4j");
    Config config = ConfigFactory.load();
    laps.mark("config");
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "floor", config);
    laps.mark("create");
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
    laps.mark("stop");

    log.debug("actor system {} started and stopped", system.name());
    if (Arrays.asList(args).contains("--phases")) {
      System.err.println(laps.report());
    }
    System.exit(0);
  }

  /** The milliseconds between successive marks, counted from the start of main. */
  private static final class Laps {

    private final long start = System.nanoTime();
    private final Map<String, Long> ends = new LinkedHashMap<>();
    private long lastEnd = start;

    /** Ends the step called {@code name} now. */
    void mark(String name) {
      lastEnd = System.nanoTime();
      ends.put(name, lastEnd);
    }

    /** One line: each step's milliseconds, then the JVM's time before main and its uptime. */
    String report() {
      StringBuilder line = new StringBuilder("floor phases (ms):");
      long previous = start;
      for (Map.Entry<String, Long> end : ends.entrySet()) {
        line.append(' ').append(end.getKey()).append('=').append(millis(end.getValue() - previous));
        previous = end.getValue();
      }
      return line.append(" | ").append(jvmTimes()).toString();
    }

    /**
     * How long the JVM ran before main began, and its uptime when the last step ended: both taken
     * back from one reading now, so that loading the management classes is counted in neither.
     */
    private String jvmTimes() {
      long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
      long now = System.nanoTime();
      long beforeMain = uptime - Math.round((now - start) / 1e6);
      long atLastStep = uptime - Math.round((now - lastEnd) / 1e6);
      return "before-main=" + beforeMain + " uptime=" + atLastStep;
    }

    private static String millis(long nanos) {
      return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
  }
}
