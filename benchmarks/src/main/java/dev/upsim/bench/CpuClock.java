package dev.upsim.bench;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this JVM has used, all threads together (JIT and GC included). On a machine shared
 * with other work, the wall time of a run grows with everybody's load; its CPU time much less.
 */
public final class CpuClock {

  private CpuClock() {}

  /** Nanoseconds of CPU this process has used so far. */
  public static long processNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
