package dev.upsim.bench.token;

import dev.upsim.auth.Grant;
import dev.upsim.auth.SimClock;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.TokenCheck;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.bench.BenchEnvironment;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * A workload that asks its proxy for tokens and hands each to the environment API's check, the way
 * a container calls the API: the benchmark's stand-in for a container and its PlatformApi.
 *
 * <p>A batch sends every request at once, so that many are in flight, and completes its future with
 * the number of calls the check allowed once every reply has been checked. One batch runs at a
 * time; the benchmark waits for each before sending the next.
 */
public final class CheckingClient extends AbstractBehavior<CheckingClient.Command> {

  /** What the client is asked. */
  public sealed interface Command permits RequestAndCheck, CheckReply {}

  /** Asks the proxy for {@code tokens} tokens at once and checks each; completes allowed. */
  public record RequestAndCheck(int tokens, CompletableFuture<Integer> allowed)
      implements Command {}

  /** A reply of the proxy, to be checked. */
  private record CheckReply(AuthProxy.TokenReply reply) implements Command {}

  /** A client of {@code proxy} whose calls {@code check} decides at the clock's time. */
  public static Behavior<Command> create(
      ActorRef<AuthProxy.Command> proxy, TokenCheck check, SimClock clock) {
    return Behaviors.setup(context -> new CheckingClient(context, proxy, check, clock));
  }

  private final ActorRef<AuthProxy.Command> proxy;
  private final TokenCheck check;
  private final SimClock clock;
  private final ActorRef<AuthProxy.TokenReply> replies;
  private RequestAndCheck batch;
  private int pending;
  private int allowed;

  private CheckingClient(
      ActorContext<Command> context,
      ActorRef<AuthProxy.Command> proxy,
      TokenCheck check,
      SimClock clock) {
    super(context);
    this.proxy = proxy;
    this.check = check;
    this.clock = clock;
    this.replies = context.messageAdapter(AuthProxy.TokenReply.class, CheckReply::new);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(RequestAndCheck.class, this::onRequestAndCheck)
        .onMessage(CheckReply.class, this::onCheckReply)
        .build();
  }

  private Behavior<Command> onRequestAndCheck(RequestAndCheck request) {
    if (batch != null) {
      throw new IllegalStateException("a batch is still in flight; send one at a time");
    }
    batch = request;
    pending = request.tokens();
    allowed = 0;

    for (int i = 0; i < request.tokens(); i++) {
      proxy.tell(new AuthProxy.RequestToken(null, replies));
    }
    return this;
  }

  private Behavior<Command> onCheckReply(CheckReply checkReply) {
    if (checkReply.reply() instanceof AuthProxy.TokenIssued issued && call(issued).allowed()) {
      allowed++;
    }

    if (--pending == 0) {
      RequestAndCheck finished = batch;
      batch = null;
      finished.allowed().complete(allowed);
    }
    return this;
  }

  private Decision call(AuthProxy.TokenIssued issued) {
    return check.check(
        "Bearer " + issued.accessToken(),
        BenchEnvironment.PROJECT,
        BenchEnvironment.ENVIRONMENT,
        Grant.ENV_VIEW,
        clock.now());
  }
}
