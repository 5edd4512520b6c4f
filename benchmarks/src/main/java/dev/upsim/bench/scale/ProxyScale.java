package dev.upsim.bench.scale;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.bench.BenchEnvironment;
import dev.upsim.bench.CpuClock;
import dev.upsim.bench.HeapMeter;
import dev.upsim.bench.Spawning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;

/**
 * Spawns N containers' auth proxies over N/M environments, asks every proxy for one token, and
 * reports how long that took and the live heap per container afterwards.
 *
 * <p>Usage: {@code ProxyScale <containers> [per-environment=100] [passes=2] [histogram]}. Each pass
 * starts a fresh actor system, so the first pass is cold (the JIT has compiled nothing yet) and
 * later ones show the steady state. The heap is measured after full collections before the pass and
 * again once every token was issued, with the proxies still alive and idle; the difference over N
 * is the cost of one idle container, environment overhead included.
 */
public final class ProxyScale {

  private static final long READY_TIMEOUT_SECONDS = 300;

  private ProxyScale() {}

  /** Runs the passes and prints one line of figures for each. */
  public static void main(String[] args) {
    int containers = Integer.parseInt(args[0]);
    int perEnvironment = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    boolean histogram = args.length > 3 && args[3].equals("histogram");
    if (containers % perEnvironment != 0) {
      throw new IllegalArgumentException(containers + " is not a multiple of " + perEnvironment);
    }
    for (int pass = 1; pass <= passes; pass++) {
      System.out.println(run(pass, containers, perEnvironment, histogram && pass == passes));
    }
  }

  private static String run(int pass, int containers, int perEnvironment, boolean histogram) {
    ActorSystem<SpawnProtocol.Command> system = Spawning.system("proxy-scale");
    long before = HeapMeter.usedAfterFullGc();

    long start = System.nanoTime();
    long cpuStart = CpuClock.processNanos();
    int issued = spawnAndIssue(system, containers / perEnvironment, perEnvironment);
    Timing actors = new Timing(System.nanoTime() - start, CpuClock.processNanos() - cpuStart);

    long after = HeapMeter.usedAfterFullGc();
    Timing raw = signAlone(containers);
    String figures =
        figures(pass, containers, perEnvironment, issued, actors, raw)
            + String.format(Locale.ROOT, " heap=%.1fMB", (after - before) / 1e6)
            + " perContainer="
            + (after - before) / containers
            + "B";
    if (histogram) {
      figures += "\n" + HeapMeter.classHistogram(30);
    }
    Spawning.stop(system);
    return figures;
  }

  private static int spawnAndIssue(
      ActorSystem<SpawnProtocol.Command> system, int environments, int perEnvironment) {
    List<CompletableFuture<Integer>> fleets = new ArrayList<>();
    for (int env = 0; env < environments; env++) {
      CompletableFuture<Integer> ready = new CompletableFuture<>();
      String name = "env-" + env;
      Spawning.spawn(
          system,
          ProxyFleet.create(name, perEnvironment, BenchEnvironment.codec(name), ready),
          name,
          Props.empty());
      fleets.add(ready);
    }
    int issued = 0;
    for (CompletableFuture<Integer> ready : fleets) {
      issued += ready.orTimeout(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }
    return issued;
  }

  /** Signs {@code tokens} tokens with one codec on this thread, the way a proxy signs each. */
  private static Timing signAlone(int tokens) {
    TokenCodec codec = BenchEnvironment.codec();
    long start = System.nanoTime();
    long cpuStart = CpuClock.processNanos();
    int length = 0;
    for (int i = 0; i < tokens; i++) {
      length += codec.sign(claims(i)).length();
    }
    if (length == 0) {
      throw new IllegalStateException("no token was signed");
    }
    return new Timing(System.nanoTime() - start, CpuClock.processNanos() - cpuStart);
  }

  private static TokenClaims claims(int token) {
    Instant now = BenchEnvironment.NOW;
    WorkloadId workload = WorkloadId.app("app-" + token);
    return new TokenClaims(
        BenchEnvironment.PROJECT,
        BenchEnvironment.ENVIRONMENT,
        workload,
        null,
        Set.of(Grant.ENV_VIEW),
        now,
        now.plusSeconds(60),
        workload + ".1");
  }

  private static String figures(
      int pass, int containers, int perEnvironment, int issued, Timing actors, Timing raw) {
    return String.format(
        Locale.ROOT,
        "proxies pass=%d containers=%d environments=%d tokens=%d time=%.2fs cpu=%.2fs"
            + " rate=%.0f/s | same tokens signed alone: time=%.2fs cpu=%.2fs"
            + " | actors/alone: time x%.1f cpu x%.1f",
        pass,
        containers,
        containers / perEnvironment,
        issued,
        actors.seconds(),
        actors.cpuSeconds(),
        containers / actors.seconds(),
        raw.seconds(),
        raw.cpuSeconds(),
        actors.seconds() / raw.seconds(),
        actors.cpuSeconds() / raw.cpuSeconds());
  }

  /** Wall and CPU time of one step, in nanoseconds. */
  private record Timing(long nanos, long cpuNanos) {

    double seconds() {
      return nanos / 1e9;
    }

    double cpuSeconds() {
      return cpuNanos / 1e9;
    }
  }
}
