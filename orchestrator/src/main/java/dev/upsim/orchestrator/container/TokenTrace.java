package dev.upsim.orchestrator.container;

import dev.upsim.auth.check.Decision;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.orchestrator.trace.TraceKind;
import java.util.List;

/** Records the two halves of a token request, for every caller of a proxy alike. */
final class TokenTrace {

  private TokenTrace() {}

  /** Records that {@code requester} asked {@code proxy} for a token. */
  static void requested(Trace trace, String env, String requester, String proxy, Long ttl) {
    String asked = ttl == null ? "default lifetime" : "x-token-ttl " + ttl + "s";
    trace.record(env, requester, proxy, TraceKind.TOKEN_REQUESTED, "token asked, " + asked);
  }

  /** Records the proxy's answer to {@code requester}, with a decision that explains it. */
  static void answered(Trace trace, String env, String proxy, String requester, TokenReply reply) {
    if (reply instanceof TokenIssued issued) {
      String content =
          "token "
              + issued.claims().tokenId()
              + " for "
              + issued.expiresIn()
              + "s carrying "
              + issued.claims().grants();
      String why = "issued to " + issued.claims().workload() + ": exactly its resolved grants";
      Decision decision = Decision.allow(null, issued.claims(), List.of(), why);
      trace.record(env, proxy, requester, TraceKind.TOKEN_ISSUED, content, decision);
      return;
    }
    TokenRefused refused = (TokenRefused) reply;
    Decision decision =
        Decision.refuse(refused.reason(), null, null, List.of(), refused.explanation());
    String content = refused.reason().status() + " " + refused.reason().code();
    trace.record(env, proxy, requester, TraceKind.TOKEN_REFUSED, content, decision);
  }
}
