package dev.upsim.bench.token;

import dev.upsim.auth.check.TokenCheck;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.bench.BenchEnvironment;
import dev.upsim.bench.Spawning;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tokens through the actors: an {@link AuthProxy} issues each one and the environment API's {@link
 * TokenCheck} allows a call with it. One operation is one token issued and checked.
 *
 * <p>Two ways to drive it: {@link #manyInFlight} sends {@value #IN_FLIGHT} requests at once and
 * waits for the last check (throughput), {@link #oneAtATime} waits for each before the next (a
 * blocking round trip, dominated by thread hand-offs). The dispatcher parameter runs both actors on
 * one thread, as an environment runs ({@code environment}), or on Pekko's default pool.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class TokenRoundTripBenchmark {

  /** Requests sent at once by {@link #manyInFlight}. */
  public static final int IN_FLIGHT = 1000;

  private static final long BATCH_TIMEOUT_SECONDS = 30;

  /** Where the proxy and the client run: {@code environment} (one thread) or {@code default}. */
  @Param({"environment", "default"})
  public String dispatcher;

  private ActorSystem<SpawnProtocol.Command> system;
  private ActorRef<CheckingClient.Command> client;

  /** Starts a system with one proxy for shop and one client that checks its tokens. */
  @Setup(Level.Trial)
  public void start() {
    system = Spawning.system("token-round-trip");
    Props props =
        dispatcher.equals("environment") ? Spawning.environmentDispatcher() : Props.empty();
    TokenCodec codec = BenchEnvironment.codec();
    ActorRef<AuthProxy.Command> proxy =
        Spawning.spawn(
            system,
            AuthProxy.create(
                BenchEnvironment.shop(),
                codec,
                BenchEnvironment.proxySettings(),
                BenchEnvironment.clock()),
            "proxy",
            props);
    client =
        Spawning.spawn(
            system,
            CheckingClient.create(proxy, BenchEnvironment.check(codec), BenchEnvironment.clock()),
            "client",
            props);
  }

  /** Stops the system. */
  @TearDown(Level.Trial)
  public void stop() {
    Spawning.stop(system);
  }

  /** {@value #IN_FLIGHT} tokens requested at once, each checked as its reply arrives. */
  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public int manyInFlight() throws Exception {
    return roundTrips(IN_FLIGHT);
  }

  /** One token requested and checked, waited for before the next. */
  @Benchmark
  public int oneAtATime() throws Exception {
    return roundTrips(1);
  }

  private int roundTrips(int tokens)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<Integer> allowed = new CompletableFuture<>();
    client.tell(new CheckingClient.RequestAndCheck(tokens, allowed));
    int count = allowed.get(BATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (count != tokens) {
      throw new IllegalStateException(count + " of " + tokens + " calls were allowed");
    }
    return count;
  }
}
