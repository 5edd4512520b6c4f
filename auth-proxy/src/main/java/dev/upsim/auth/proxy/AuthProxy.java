package dev.upsim.auth.proxy;

import dev.upsim.auth.SimClock;
import dev.upsim.auth.actor.ActorKind;
import dev.upsim.auth.actor.HandlerTable;
import dev.upsim.auth.check.Reason;
import dev.upsim.auth.token.PendingToken;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.slf4j.MDC;

/**
 * The auth proxy of one container, standing for its {@code http://localhost:8200}.
 *
 * <p>Design notes. A proxy knows one identity, fixed when its container spawned: it issues tokens
 * that carry exactly the grants resolved then, signed with its environment's key. It answers every
 * request at once, in arrival order, reading time only from the {@link SimClock}; issue and expiry
 * times are whole seconds, because JWT times are. Token ids count up per proxy ({@code
 * <run-or-workload>.<n>}), so the same scenario and seed give the same tokens byte for byte. A
 * refused request changes nothing but the log: it uses no token id and no rate-limit room. The
 * proxy decides each token but leaves the signing to whoever reads it first, so that an HTTP server
 * can sign on its own threads rather than on the simulation's one.
 */
public final class AuthProxy extends AbstractBehavior<AuthProxy.Command> {

  /** What a proxy is asked. */
  public sealed interface Command permits RequestToken, RequestTokenAs {}

  /** Asks for a token; ttlSeconds is the x-token-ttl asked for, or null when not given. */
  public record RequestToken(Long ttlSeconds, ActorRef<TokenReply> replyTo) implements Command {}

  /**
   * Asks for a token whose reply comes to {@code replyTo} as {@code adapt} makes it: an actor of
   * another protocol gets the answer in its own without a message adapter, which Pekko would keep
   * for the actor's whole life (~250 B with its function reference and path).
   */
  public record RequestTokenAs<R>(
      Long ttlSeconds, ActorRef<R> replyTo, Function<TokenReply, R> adapt) implements Command {

    void answer(TokenReply reply) {
      replyTo.tell(adapt.apply(reply));
    }
  }

  /** The answer to a token request. */
  public sealed interface TokenReply permits TokenIssued, TokenRefused {}

  /**
   * A token was issued, valid for {@code expiresIn} seconds (what was granted, not asked). The
   * proxy decided its claims; the text is signed by whoever first reads it (see {@link
   * PendingToken}).
   */
  public record TokenIssued(PendingToken token, long expiresIn) implements TokenReply {

    /** The signed compact JWT, signed on the caller's thread the first time it is asked for. */
    public String accessToken() {
      return token.text();
    }

    /** What the token says. */
    public TokenClaims claims() {
      return token.claims();
    }
  }

  /** No token was issued, and why. */
  public record TokenRefused(Reason reason, String explanation) implements TokenReply {}

  /**
   * What a proxy starts from: it issues tokens to {@code identity}, signs them with {@code codec}
   * and reads time from {@code clock}.
   */
  public record Setup(
      ProxyIdentity identity, TokenCodec codec, ProxySettings settings, SimClock clock) {}

  /** A proxy for {@code identity} that signs with {@code codec} and reads time from clock. */
  public static Behavior<Command> create(
      ProxyIdentity identity, TokenCodec codec, ProxySettings settings, SimClock clock) {
    return Behaviors.setup(ctx -> new AuthProxy(ctx, new Setup(identity, codec, settings, clock)));
  }

  /**
   * Proxies spawned as children from one set of props with {@code deploy}: the way to spawn many
   * (see {@link ActorKind}).
   */
  public static ActorKind<Setup, Command> kind(Props deploy) {
    return new ActorKind<>(AuthProxy::new, deploy);
  }

  private final ProxyIdentity identity;
  private final TokenCodec codec;
  private final ProxySettings settings;
  private final SimClock clock;
  private final RateLimit rateLimit;
  private long tokensIssued;

  private AuthProxy(ActorContext<Command> context, Setup setup) {
    super(context);
    this.identity = setup.identity();
    this.codec = setup.codec();
    this.settings = setup.settings();
    this.clock = setup.clock();
    this.rateLimit = RateLimit.of(settings.rateLimitTokens(), settings.rateLimitPer());
  }

  private static final HandlerTable<Command, AuthProxy> HANDLERS =
      HandlerTable.<Command, AuthProxy>builder()
          .onMessage(RequestToken.class, AuthProxy::onRequestToken)
          .onMessage(RequestTokenAs.class, AuthProxy::onRequestTokenAs)
          .build();

  @Override
  public Receive<Command> createReceive() {
    return HANDLERS.bind(this);
  }

  private Behavior<Command> onRequestToken(RequestToken request) {
    request.replyTo().tell(decide(request.ttlSeconds()));
    return this;
  }

  private Behavior<Command> onRequestTokenAs(RequestTokenAs<?> request) {
    request.answer(decide(request.ttlSeconds()));
    return this;
  }

  /** Issues or refuses a token asked for {@code askedTtl}, warning of a refusal. */
  private TokenReply decide(Long askedTtl) {
    Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);

    TokenReply reply = answer(askedTtl, now);
    if (reply instanceof TokenRefused refused) {
      warn(refused);
    }
    return reply;
  }

  /**
   * Logs a refusal with the proxy's project, environment and workload in the MDC. Set here, the one
   * place the proxy logs, rather than by Behaviors.withMdc: its interceptor, kept by every proxy
   * for logs seldom written, cost ~100 B a proxy.
   */
  private void warn(TokenRefused refused) {
    Map<String, String> mdc =
        Map.of(
            "project", identity.project(),
            "environment", identity.environment(),
            "workload", identity.workload().toString());
    mdc.forEach(MDC::put);
    try {
      getContext().getLog().warn("{}: {}", refused.reason().code(), refused.explanation());
    } finally {
      mdc.keySet().forEach(MDC::remove);
    }
  }

  private TokenReply answer(Long askedTtl, Instant now) {
    if (askedTtl != null && askedTtl <= 0) {
      String why = "x-token-ttl must be a positive number of seconds; " + askedTtl + " was asked";
      return new TokenRefused(Reason.BAD_REQUEST, "refused: " + why);
    }
    if (!rateLimit.tryAcquire(now)) {
      return new TokenRefused(Reason.RATE_LIMITED, "refused: " + rateLimitPassed());
    }
    return issue(settings.grantedTtlSeconds(askedTtl), now);
  }

  private TokenIssued issue(long ttlSeconds, Instant now) {
    tokensIssued++;
    TokenClaims claims =
        new TokenClaims(
            identity.project(),
            identity.environment(),
            identity.workload(),
            identity.runId(),
            identity.grants(),
            now,
            now.plusSeconds(ttlSeconds),
            tokenId());
    return new TokenIssued(new PendingToken(codec, claims), ttlSeconds);
  }

  private String tokenId() {
    String holder = identity.runId() != null ? identity.runId() : identity.workload().toString();
    return holder + "." + tokensIssued;
  }

  private String rateLimitPassed() {
    return "the proxy of "
        + identity.workload()
        + " issues at most "
        + settings.rateLimitTokens()
        + " tokens per "
        + ProxySettings.render(settings.rateLimitPer())
        + " of simulated time";
  }
}
