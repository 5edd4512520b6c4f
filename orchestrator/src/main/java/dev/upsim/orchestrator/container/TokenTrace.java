package dev.upsim.orchestrator.container;

import dev.upsim.auth.check.Decision;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.orchestrator.trace.PendingEvent;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import java.time.Instant;
import java.util.List;

/** Records the two halves of a token request, for every caller of a proxy alike. */
final class TokenTrace {

  // Most requests ask for the default lifetime: one text for all of them, not one per request.
  private static final String ASKED_DEFAULT = "token asked, default lifetime";

  private TokenTrace() {}

  /** Records that {@code requester} asked {@code proxy} for a token. */
  static void requested(Trace trace, String env, String requester, String proxy, Long ttl) {
    trace.record(at -> new Requested(at, env, requester, proxy, ttl));
  }

  /** Records the proxy's answer to {@code requester}, with a decision that explains it. */
  static void answered(Trace trace, String env, String proxy, String requester, TokenReply reply) {
    if (reply instanceof TokenIssued issued) {
      TokenClaims claims = issued.claims();
      trace.record(at -> new Issued(at, env, proxy, requester, claims, issued.expiresIn()));
      return;
    }
    TokenRefused refused = (TokenRefused) reply;
    Decision decision =
        Decision.refuse(refused.reason(), null, null, List.of(), refused.explanation());
    String content = refused.reason().status() + " " + refused.reason().code();
    trace.record(env, proxy, requester, TraceKind.TOKEN_REFUSED, content, decision);
  }

  /** A token request's event, rendered when the trace is read. */
  private record Requested(
      Instant at, String environment, String requester, String proxy, Long ttlSeconds)
      implements PendingEvent {

    @Override
    public TraceEvent render(long sequence) {
      String asked =
          ttlSeconds == null ? ASKED_DEFAULT : "token asked, x-token-ttl " + ttlSeconds + "s";
      return new TraceEvent(
          sequence, at, environment, requester, proxy, TraceKind.TOKEN_REQUESTED, asked, null);
    }
  }

  /**
   * An issued token's event, rendered when the trace is read. It keeps the claims, not the reply,
   * whose signed text would stay reachable with it.
   */
  private record Issued(
      Instant at,
      String environment,
      String proxy,
      String requester,
      TokenClaims claims,
      long expiresIn)
      implements PendingEvent {

    @Override
    public TraceEvent render(long sequence) {
      String content =
          "token " + claims.tokenId() + " for " + expiresIn + "s carrying " + claims.grants();
      String why = "issued to " + claims.workload() + ": exactly its resolved grants";
      Decision decision = Decision.allow(null, claims, List.of(), why);
      return new TraceEvent(
          sequence, at, environment, proxy, requester, TraceKind.TOKEN_ISSUED, content, decision);
    }
  }
}
