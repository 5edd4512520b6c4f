package dev.upsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Measures the live heap: the bytes still used after full collections, repeated until the figure
 * settles, so that what remains is what the program holds, not garbage not yet collected.
 */
public final class HeapMeter {

  private static final int MAX_COLLECTIONS = 8;
  private static final double SETTLED = 0.005;

  private HeapMeter() {}

  /** Bytes of heap in use after full collections, once two in a row differ by under 0.5%. */
  public static long usedAfterFullGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < MAX_COLLECTIONS; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < SETTLED * used) {
        return used;
      }
      previous = used;
    }
    return previous;
  }

  /**
   * The first {@code lines} lines of the JVM's class histogram (what jcmd GC.class_histogram
   * prints).
   */
  public static String classHistogram(int lines) {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      return String.join("\n", text.toString().lines().limit(lines).toList());
    } catch (JMException unavailable) {
      return "class histogram unavailable: " + unavailable.getMessage();
    }
  }
}
