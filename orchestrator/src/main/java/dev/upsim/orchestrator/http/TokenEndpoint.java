package dev.upsim.orchestrator.http;

import static org.apache.pekko.http.javadsl.server.PathMatchers.segment;

import dev.upsim.auth.check.Reason;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * The routes of one container's auth proxy: {@code POST /oauth2/token} and OAuth 2.0 errors for
 * everything else (PLATFORM.md section 4).
 *
 * <p>Design notes. A token request goes straight to the container's proxy actor, as a program in
 * the container asks its own localhost:8200: no lock, no detour through the container, and no
 * waiting for the rest of the simulation to go quiet, so many clients are served as fast as the
 * simulation's one thread signs. So these tokens are not in the trace; the calls made with them
 * are, with the token's id. The answer is turned into HTTP on the server's threads, not on the
 * simulation's. Refusals found here are logged here; those the proxy itself makes (a rate limit, a
 * lifetime of zero) the proxy has logged.
 */
final class TokenEndpoint extends GuardedRoutes {

  private final ActorRef<AuthProxy.Command> proxy;
  private final Bodies bodies;
  private final Duration tokenTimeout;
  private final Scheduler scheduler;
  private final Executor answers;
  private final Refusals refusals;

  /**
   * The endpoint of {@code proxy}, asking it with {@code scheduler} for at most {@code
   * tokenTimeout}, and turning answers into HTTP on {@code answers}.
   */
  TokenEndpoint(
      ActorRef<AuthProxy.Command> proxy,
      Bodies bodies,
      Duration tokenTimeout,
      Scheduler scheduler,
      Executor answers,
      Refusals refusals) {
    this.proxy = proxy;
    this.bodies = bodies;
    this.tokenTimeout = tokenTimeout;
    this.scheduler = scheduler;
    this.answers = answers;
    this.refusals = refusals;
  }

  @Override
  protected Route routes() {
    return concat(
        path(segment("oauth2").slash("token"), this::tokenPath), extractRequest(this::unknownPath));
  }

  private Route tokenPath() {
    return concat(post(this::tokenRequest), extractRequest(this::wrongMethod));
  }

  private Route tokenRequest() {
    return extractRequest(request -> completeWithFuture(issue(request)));
  }

  private Route wrongMethod(HttpRequest request) {
    String method = request.method().name();
    refusals.refused(request, 405, "method-not-allowed", method + " instead of POST");
    return complete(OAuthResponses.wrongMethod(method));
  }

  private Route unknownPath(HttpRequest request) {
    String why = "no such endpoint: a proxy answers POST /oauth2/token only";
    return complete(refuse(request, 404, "invalid_request", why));
  }

  private CompletionStage<HttpResponse> issue(HttpRequest request) {
    return bodies.read(request).thenCompose(read -> answer(request, read));
  }

  private CompletionStage<HttpResponse> answer(HttpRequest request, Bodies.Read read) {
    if (read instanceof Bodies.Refused refused) {
      return completed(refuse(request, refused.status(), "invalid_request", refused.explanation()));
    }
    TokenRequest.Parsed parsed = parse(request, ((Bodies.Text) read).text());
    if (parsed instanceof TokenRequest.Invalid invalid) {
      return completed(refuse(request, 400, invalid.error(), invalid.description()));
    }
    // Name the executor: the future of an ask (Scala's CompletableFuture) runs even handle()
    // asynchronously on the common pool, which on a 2-core machine starts a thread per task
    // (measured: 5,500 instead of 46,000 tokens a second). Answering on the simulation's thread
    // (Runnable::run) was slower too: it signs every token on that one thread.
    return ask(((TokenRequest.Valid) parsed).ttlSeconds())
        .handleAsync((reply, failure) -> answered(request, reply, failure), answers);
  }

  private static TokenRequest.Parsed parse(HttpRequest request, String body) {
    String mediaType = request.entity().getContentType().mediaType().toString();
    String ttlHeader = request.getHeader("x-token-ttl").map(HttpHeader::value).orElse(null);
    return TokenRequest.parse(mediaType, body, ttlHeader);
  }

  private CompletionStage<TokenReply> ask(Long ttlSeconds) {
    return AskPattern.ask(
        proxy, replyTo -> new AuthProxy.RequestToken(ttlSeconds, replyTo), tokenTimeout, scheduler);
  }

  private HttpResponse answered(HttpRequest request, TokenReply reply, Throwable failure) {
    if (failure != null) {
      String why = "the proxy did not answer within " + tokenTimeout.toMillis() + " ms";
      return refuse(request, 503, "temporarily_unavailable", why + ": its container has stopped");
    }
    if (reply instanceof TokenIssued issued) {
      return OAuthResponses.token(issued);
    }
    TokenRefused refused = (TokenRefused) reply;
    if (refused.reason() == Reason.RATE_LIMITED) {
      return OAuthResponses.rateLimited();
    }
    return OAuthResponses.error(400, "invalid_request", refused.explanation());
  }

  private static CompletionStage<HttpResponse> completed(HttpResponse response) {
    return CompletableFuture.completedFuture(response);
  }

  private HttpResponse refuse(HttpRequest request, int status, String error, String why) {
    refusals.refused(request, status, error, why);
    return OAuthResponses.error(status, error, why);
  }

  @Override
  protected HttpResponse timedOut(HttpRequest request) {
    String why = "the proxy did not answer in time";
    return refuse(request, 503, "temporarily_unavailable", why);
  }

  @Override
  protected HttpResponse failed() {
    return OAuthResponses.error(500, "server_error", "the proxy failed; see upsim's log");
  }
}
