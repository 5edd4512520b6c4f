package dev.upsim.bench.http;

import static org.apache.pekko.http.javadsl.server.PathMatchers.segment;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.ProxyIdentity;
import dev.upsim.auth.proxy.ProxySettings;
import dev.upsim.auth.token.PendingToken;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntity;
import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.CacheControl;
import org.apache.pekko.http.javadsl.model.headers.CacheDirectives;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * A Pekko HTTP server on loopback whose one route is {@code POST /oauth2/token}, answering as
 * {@code upsim serve}'s proxy does but signing on the HTTP thread: the yardstick for what the hop
 * to the proxy actor costs.
 *
 * <p>Design notes. Each request gets the work of upsim's endpoint without the actor: the strict
 * form body is read and checked for {@code grant_type=client_credentials}, claims are built as the
 * proxy builds them (a fresh token id, issue and expiry times in whole seconds of the wall clock,
 * the workload's grants), upsim's own codec signs them, and the answer is the same 200 JSON with
 * the same cache headers, under the same guard against time-outs and failures. The identity is that
 * of the first proxy {@code upsim serve} starts for scenarios/configs/shop with its default seed
 * ({@code app:storefront} of project/main, holding {@code env:view}), so the tokens have the same
 * size as the ones bench/http.sh asks serve for.
 *
 * <p>Usage: {@code SigningRoute <port> [hs256|ed25519]}; it prints {@code bound <address>} once
 * listening and runs until the process is stopped.
 */
public final class SigningRoute extends AllDirectives {

  private static final long SEED = 0;
  private static final ProxyIdentity IDENTITY =
      new ProxyIdentity(
          "project", "main", WorkloadId.app("storefront"), null, Set.of(Grant.ENV_VIEW));
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final long BODY_TIMEOUT_MILLIS = 5_000;
  private static final List<HttpHeader> NOT_STORED =
      List.of(
          CacheControl.create(CacheDirectives.NO_STORE), RawHeader.create("Pragma", "no-cache"));

  private final TokenCodec codec;
  private final long ttlSeconds;
  private final ActorSystem<?> system;
  private final AtomicLong tokensIssued = new AtomicLong();

  private SigningRoute(TokenCodec codec, long ttlSeconds, ActorSystem<?> system) {
    this.codec = codec;
    this.ttlSeconds = ttlSeconds;
    this.system = system;
  }

  /** Binds the route on 127.0.0.1 with the signing named (HS256 when none) and waits forever. */
  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Signing signing = args.length > 1 ? signing(args[1]) : Signing.HS256;
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "signing-route");
    TokenCodec codec =
        TokenCodecs.forEnvironment(signing, SEED, IDENTITY.project(), IDENTITY.environment());
    long ttl = ProxySettings.from(system.settings().config()).grantedTtlSeconds(null);
    SigningRoute route = new SigningRoute(codec, ttl, system);
    ServerBinding binding =
        Http.get(system)
            .newServerAt("127.0.0.1", port)
            .bind(route.guarded())
            .toCompletableFuture()
            .join();
    System.out.println("bound " + binding.localAddress() + " (" + signing.word() + ")");
    new CompletableFuture<Void>().join();
  }

  private static Signing signing(String word) {
    return Signing.fromWord(word)
        .orElseThrow(
            () -> new IllegalArgumentException("signing must be hs256 or ed25519, not " + word));
  }

  /** The token route under the same time-out and failure guard as upsim's servers. */
  private Route guarded() {
    ExceptionHandler failures =
        ExceptionHandler.newBuilder().matchAny(bug -> complete(error(500, "server_error"))).build();
    return withRequestTimeoutResponse(
        request -> error(503, "temporarily_unavailable"),
        () -> handleExceptions(failures, this::tokenPath));
  }

  private Route tokenPath() {
    return path(
        segment("oauth2").slash("token"),
        () -> post(() -> extractRequest(request -> completeWithFuture(answer(request)))));
  }

  private CompletionStage<HttpResponse> answer(HttpRequest request) {
    HttpEntity entity = request.entity();
    if (entity.isStrict()) {
      return CompletableFuture.completedFuture(answer(request, (HttpEntity.Strict) entity));
    }
    return entity
        .toStrict(BODY_TIMEOUT_MILLIS, system)
        .thenApplyAsync(strict -> answer(request, strict), system.executionContext());
  }

  private HttpResponse answer(HttpRequest request, HttpEntity.Strict body) {
    String mediaType = request.entity().getContentType().mediaType().toString();
    if (!FORM.equals(mediaType.toLowerCase(Locale.ROOT))) {
      return error(400, "invalid_request");
    }
    Map<String, String> fields;
    try {
      fields = form(body.getData().utf8String());
    } catch (IllegalArgumentException malformedEscape) {
      return error(400, "invalid_request");
    }
    if (!"client_credentials".equals(fields.get("grant_type"))) {
      return error(400, "unsupported_grant_type");
    }
    return token();
  }

  /**
   * The form's fields, decoded as upsim's endpoint decodes them; a malformed percent escape throws
   * IllegalArgumentException.
   */
  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      fields.putIfAbsent(decode(name), decode(value));
    }
    return fields;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** A freshly signed token, with the claims and the body upsim's proxy and endpoint give it. */
  private HttpResponse token() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TokenClaims claims =
        new TokenClaims(
            IDENTITY.project(),
            IDENTITY.environment(),
            IDENTITY.workload(),
            IDENTITY.runId(),
            IDENTITY.grants(),
            now,
            now.plusSeconds(ttlSeconds),
            IDENTITY.workload() + "." + tokensIssued.incrementAndGet());
    String body =
        "{\"access_token\":\""
            + new PendingToken(codec, claims).text()
            + "\",\"token_type\":\"bearer\",\"expires_in\":"
            + ttlSeconds
            + "}";
    return HttpResponse.create()
        .withHeaders(NOT_STORED)
        .withEntity(ContentTypes.APPLICATION_JSON, body);
  }

  private static HttpResponse error(int status, String error) {
    return HttpResponse.create()
        .withStatus(StatusCodes.get(status))
        .withHeaders(NOT_STORED)
        .withEntity(ContentTypes.APPLICATION_JSON, "{\"error\":\"" + error + "\"}");
  }
}
