package dev.upsim.orchestrator.container;

import dev.upsim.auth.check.Decision;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.orchestrator.trace.DeferredContent;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.orchestrator.trace.TraceKind;
import java.util.List;

/** Records the two halves of a token request, for every caller of a proxy alike. */
final class TokenTrace {

  // Most requests ask for the default lifetime: one text for all of them, not one per request.
  private static final String ASKED_DEFAULT = "token asked, default lifetime";

  private TokenTrace() {}

  /** Records that {@code requester} asked {@code proxy} for a token. */
  static void requested(Trace trace, String env, String requester, String proxy, Long ttl) {
    String asked = ttl == null ? ASKED_DEFAULT : "token asked, x-token-ttl " + ttl + "s";
    trace.record(env, requester, proxy, TraceKind.TOKEN_REQUESTED, asked);
  }

  /** Records the proxy's answer to {@code requester}, with a decision that explains it. */
  static void answered(Trace trace, String env, String proxy, String requester, TokenReply reply) {
    if (reply instanceof TokenIssued issued) {
      Issued content = new Issued(issued.claims(), issued.expiresIn());
      trace.record(env, proxy, requester, TraceKind.TOKEN_ISSUED, content);
      return;
    }
    TokenRefused refused = (TokenRefused) reply;
    Decision decision =
        Decision.refuse(refused.reason(), null, null, List.of(), refused.explanation());
    String content = refused.reason().status() + " " + refused.reason().code();
    trace.record(env, proxy, requester, TraceKind.TOKEN_REFUSED, content, decision);
  }

  /**
   * An issued token's event, rendered when the trace is read. It keeps the claims, not the reply,
   * whose signed text would stay reachable with it.
   */
  private record Issued(TokenClaims claims, long expiresIn) implements DeferredContent {

    @Override
    public String content() {
      return "token " + claims.tokenId() + " for " + expiresIn + "s carrying " + claims.grants();
    }

    @Override
    public Decision decision() {
      String why = "issued to " + claims.workload() + ": exactly its resolved grants";
      return Decision.allow(null, claims, List.of(), why);
    }
  }
}
