package dev.upsim.bench.scale;

import dev.upsim.auth.Grant;
import dev.upsim.auth.SimClock;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.actor.ActorKind;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.auth.proxy.ProxyIdentity;
import dev.upsim.auth.proxy.ProxySettings;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.bench.BenchEnvironment;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The auth proxies of one environment's containers, and nothing else: what every container costs
 * before the runtime's container actors exist. On start it spawns one proxy per container, asks
 * each for one token, and completes {@code ready} when every token has been issued. The proxies
 * then stay, idle, until the fleet is stopped.
 */
public final class ProxyFleet extends AbstractBehavior<ProxyFleet.Command> {

  /** What a fleet hears: only its proxies' replies. */
  public sealed interface Command permits TokenAnswered {}

  /** A proxy of the fleet answered its token request. */
  private record TokenAnswered(AuthProxy.TokenReply reply) implements Command {}

  /** The proxies of {@code containers} containers of {@code environment}; ready when all issued. */
  public static Behavior<Command> create(
      String environment, int containers, TokenCodec codec, CompletableFuture<Integer> ready) {
    return Behaviors.setup(
        context -> new ProxyFleet(context, environment, containers, codec, ready));
  }

  private static final Set<Grant> GRANTS = Set.of(Grant.ENV_VIEW);

  // Spawned as upsim's containers spawn their proxies: all from one set of props.
  private static final ActorKind<AuthProxy.Setup, AuthProxy.Command> PROXIES =
      AuthProxy.kind(Props.empty());

  private final CompletableFuture<Integer> ready;
  private int pending;
  private int issued;

  private ProxyFleet(
      ActorContext<Command> context,
      String environment,
      int containers,
      TokenCodec codec,
      CompletableFuture<Integer> ready) {
    super(context);
    this.ready = ready;
    this.pending = containers;
    ActorRef<AuthProxy.TokenReply> replies =
        context.messageAdapter(AuthProxy.TokenReply.class, TokenAnswered::new);
    ProxySettings settings = BenchEnvironment.proxySettings();
    SimClock clock = BenchEnvironment.clock();

    for (int i = 0; i < containers; i++) {
      ProxyIdentity identity = identity(environment, i);
      AuthProxy.Setup setup = new AuthProxy.Setup(identity, codec, settings, clock);
      ActorRef<AuthProxy.Command> proxy = PROXIES.spawn(context, "proxy-" + i, setup);
      proxy.tell(new AuthProxy.RequestToken(null, replies));
    }
  }

  /** Container i of an environment: every tenth a worker, the others applications. */
  private static ProxyIdentity identity(String environment, int container) {
    WorkloadId workload =
        container % 10 == 9
            ? WorkloadId.worker("app-" + container / 10, "queue")
            : WorkloadId.app("app-" + container);
    return new ProxyIdentity(BenchEnvironment.PROJECT, environment, workload, null, GRANTS);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(TokenAnswered.class, this::onTokenAnswered).build();
  }

  private Behavior<Command> onTokenAnswered(TokenAnswered answered) {
    // Reading the text signs it, as a client would: the proxy leaves signing to the reader.
    if (answered.reply() instanceof AuthProxy.TokenIssued token && !token.accessToken().isEmpty()) {
      issued++;
    }

    if (--pending == 0) {
      ready.complete(issued);
    }
    return this;
  }
}
