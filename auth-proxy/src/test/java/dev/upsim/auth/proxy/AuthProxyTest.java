package dev.upsim.auth.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import dev.upsim.auth.Grant;
import dev.upsim.auth.SimClock;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.Reason;
import dev.upsim.auth.proxy.AuthProxy.RequestToken;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.JUnit5TestKitBuilder;
import org.apache.pekko.actor.testkit.typed.javadsl.LogCapturingExtension;
import org.apache.pekko.actor.testkit.typed.javadsl.LoggingTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestKitJUnit5Extension.class)
@ExtendWith(LogCapturingExtension.class)
class AuthProxyTest {

  @JUnit5TestKit public ActorTestKit testKit = new JUnit5TestKitBuilder().build();

  private static final long SEED = 11;
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  private static final Set<Grant> SHOP_GRANTS = Set.of(Grant.ENV_VIEW, Grant.operateTask("export"));

  private final ManualClock clock = new ManualClock(START);
  private final TokenCodec codec = TokenCodecs.forEnvironment(Signing.HS256, SEED, "acme", "main");

  @Test
  void issuedTokenCarriesExactlyTheWorkloadsGrants() {
    TokenIssued issued = issued(request(spawn(shop()), null));

    assertThat(issued.claims().grants()).containsExactlyInAnyOrderElementsOf(SHOP_GRANTS);
    assertThat(issued.claims().workload()).isEqualTo(WorkloadId.app("shop"));
    assertThat(issued.claims().environment()).isEqualTo("main");
    assertThat(codec.read(issued.accessToken())).isEqualTo(new TokenCodec.Trusted(issued.claims()));
  }

  @Test
  void tokensShareTheProxysGrantSetRatherThanCopyIt() {
    ProxyIdentity shop = shop();
    ActorRef<AuthProxy.Command> proxy = spawn(shop);

    TokenIssued first = issued(request(proxy, null));
    TokenIssued second = issued(request(proxy, null));

    assertThat(first.claims().grants()).isSameAs(shop.grants());
    assertThat(second.claims().grants()).isSameAs(shop.grants());
  }

  @Test
  void aRequestAsAnotherProtocolGetsTheReplyAsItsAdapterMakesIt() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop());
    TestProbe<Object> probe = testKit.createTestProbe();

    proxy.tell(new AuthProxy.RequestTokenAs<Object>(null, probe.getRef(), List::of));
    proxy.tell(new AuthProxy.RequestTokenAs<Object>(0L, probe.getRef(), List::of));

    List<?> issued = probe.expectMessageClass(List.class);
    assertThat(issued(issued.get(0)).claims().tokenId()).isEqualTo("app:shop.1");
    List<?> refused = probe.expectMessageClass(List.class);
    assertThat(refused(refused.get(0)).reason()).isEqualTo(Reason.BAD_REQUEST);
  }

  @Test
  void workloadWithoutAuthorizationsGetsATokenWithoutGrants() {
    ProxyIdentity bare = new ProxyIdentity("acme", "main", WorkloadId.task("tidy"), null, Set.of());

    TokenIssued issued = issued(request(spawn(bare), null));

    assertThat(issued.claims().grants()).isEmpty();
  }

  @Test
  void tokenWithoutAskedTtlLivesSixtySeconds() {
    TokenIssued issued = issued(request(spawn(shop()), null));

    assertThat(issued.expiresIn()).isEqualTo(60);
    assertThat(issued.claims().issuedAt()).isEqualTo(START);
    assertThat(issued.claims().expiresAt()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void askedTtlWithinTheMaximumIsGranted() {
    TokenIssued issued = issued(request(spawn(shop()), 300L));

    assertThat(issued.expiresIn()).isEqualTo(300);
    assertThat(issued.claims().expiresAt()).isEqualTo(START.plusSeconds(300));
  }

  @Test
  void askedTtlBeyondTheMaximumIsCutToIt() {
    TokenIssued issued = issued(request(spawn(shop()), 5000L));

    assertThat(issued.expiresIn()).isEqualTo(900);
    assertThat(issued.claims().expiresAt()).isEqualTo(START.plusSeconds(900));
  }

  @Test
  void ttlOfZeroOrLessIsABadRequest() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop());

    TokenRefused zero = refused(request(proxy, 0L));
    TokenRefused negative = refused(request(proxy, -5L));

    assertThat(zero.reason()).isEqualTo(Reason.BAD_REQUEST);
    assertThat(negative.explanation())
        .isEqualTo("refused: x-token-ttl must be a positive number of seconds; -5 was asked");
  }

  @Test
  void timesAreWholeSecondsOfTheSimulatedClock() {
    clock.set(START.plusMillis(1750));

    TokenIssued issued = issued(request(spawn(shop()), null));

    assertThat(issued.claims().issuedAt()).isEqualTo(START.plusSeconds(1));
    assertThat(issued.claims().expiresAt()).isEqualTo(START.plusSeconds(61));
  }

  @Test
  void tokenIdsCountUpPerWorkload() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop());

    String first = issued(request(proxy, null)).claims().tokenId();
    String second = issued(request(proxy, null)).claims().tokenId();

    assertThat(List.of(first, second)).containsExactly("app:shop.1", "app:shop.2");
  }

  @Test
  void tokenOfATaskRunNamesTheRun() {
    ProxyIdentity run =
        new ProxyIdentity("acme", "main", WorkloadId.task("export"), "7c1d", SHOP_GRANTS);

    TokenClaims claims = issued(request(spawn(run), null)).claims();

    assertThat(claims.runId()).isEqualTo("7c1d");
    assertThat(claims.tokenId()).isEqualTo("7c1d.1");
  }

  @Test
  void proxyWithoutRateLimitIssuesEveryToken() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop());

    for (int i = 0; i < 50; i++) {
      assertThat(request(proxy, null)).isInstanceOf(TokenIssued.class);
    }
  }

  @Test
  void proxyPastItsRateLimitRefusesUntilTheWindowMoves() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop(), settings("tokens = 2, per = 10s"));
    issued(request(proxy, null));
    clock.advance(Duration.ofSeconds(4));
    issued(request(proxy, null));

    TokenRefused third = refused(request(proxy, null));
    clock.advance(Duration.ofSeconds(6));
    TokenIssued afterFirstLeft = issued(request(proxy, null));

    assertThat(third.reason()).isEqualTo(Reason.RATE_LIMITED);
    assertThat(third.explanation())
        .isEqualTo(
            "refused: the proxy of app:shop issues at most 2 tokens per 10s of simulated time");
    assertThat(afterFirstLeft.claims().tokenId()).isEqualTo("app:shop.3");
    assertThat(refused(request(proxy, null)).reason()).isEqualTo(Reason.RATE_LIMITED);
  }

  @Test
  void refusedRequestIsLoggedAsAWarning() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop());

    LoggingTestKit.warn("bad-request: refused: x-token-ttl")
        .expect(testKit.system(), () -> request(proxy, 0L));
  }

  @Test
  void theWarningNamesTheProjectEnvironmentAndWorkloadInTheMdc() {
    ActorRef<AuthProxy.Command> proxy = spawn(shop());
    Map<String, String> mdc =
        Map.of("project", "acme", "environment", "main", "workload", "app:shop");

    LoggingTestKit.warn("bad-request")
        .withMdc(mdc)
        .expect(testKit.system(), () -> request(proxy, 0L));
  }

  @Test
  void twoProxiesWithTheSameSeedIssueIdenticalTokens() {
    TokenCodec twin = TokenCodecs.forEnvironment(Signing.HS256, SEED, "acme", "main");
    ActorRef<AuthProxy.Command> first = spawn(shop());
    ActorRef<AuthProxy.Command> second =
        testKit.spawn(AuthProxy.create(shop(), twin, defaults(), clock));

    List<String> fromFirst = tokens(first);
    List<String> fromSecond = tokens(second);

    assertThat(fromSecond).isEqualTo(fromFirst);
    assertThat(fromFirst).doesNotHaveDuplicates();
  }

  private List<String> tokens(ActorRef<AuthProxy.Command> proxy) {
    List<String> tokens = new ArrayList<>();
    for (Long ttl : new Long[] {null, 120L, 5000L}) {
      tokens.add(issued(request(proxy, ttl)).accessToken());
    }
    return tokens;
  }

  private ActorRef<AuthProxy.Command> spawn(ProxyIdentity identity) {
    return spawn(identity, defaults());
  }

  private ActorRef<AuthProxy.Command> spawn(ProxyIdentity identity, ProxySettings settings) {
    return testKit.spawn(AuthProxy.create(identity, codec, settings, clock));
  }

  private TokenReply request(ActorRef<AuthProxy.Command> proxy, Long ttlSeconds) {
    TestProbe<TokenReply> probe = testKit.createTestProbe();
    proxy.tell(new RequestToken(ttlSeconds, probe.getRef()));
    return probe.receiveMessage();
  }

  private static TokenIssued issued(Object reply) {
    assertThat(reply).isInstanceOf(TokenIssued.class);
    return (TokenIssued) reply;
  }

  private static TokenRefused refused(Object reply) {
    assertThat(reply).isInstanceOf(TokenRefused.class);
    return (TokenRefused) reply;
  }

  private static ProxyIdentity shop() {
    return new ProxyIdentity("acme", "main", WorkloadId.app("shop"), null, SHOP_GRANTS);
  }

  private static ProxySettings defaults() {
    return ProxySettings.from(ConfigFactory.defaultReference());
  }

  private static ProxySettings settings(String rateLimit) {
    return ProxySettings.from(
        ConfigFactory.parseString("upsim.proxy.rate-limit { " + rateLimit + " }")
            .withFallback(ConfigFactory.defaultReference()));
  }

  /** A simulated clock that only the test moves. */
  private static final class ManualClock implements SimClock {

    private Instant now;

    ManualClock(Instant start) {
      this.now = start;
    }

    @Override
    public synchronized Instant now() {
      return now;
    }

    synchronized void set(Instant instant) {
      now = instant;
    }

    void advance(Duration step) {
      set(now().plus(step));
    }
  }
}
