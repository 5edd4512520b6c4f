package dev.upsim.auth.check;

import dev.upsim.auth.Grant;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.token.TokenClaims;
import java.util.List;

/**
 * The outcome of one check, allowed or refused, with everything needed to explain it: the grant
 * that was needed, the grants the caller holds with their provenance, and a sentence in plain
 * words. The console, the trace, the HTTP error body and diagrams all render this one value.
 *
 * @param reason null when allowed
 * @param needed the grant the request needed, or null when none applies (a token request)
 * @param claims the verified token's claims, or null when no token could be read
 * @param held the caller's grants with provenance; empty when unknown
 */
public record Decision(
    boolean allowed,
    Reason reason,
    Grant needed,
    TokenClaims claims,
    List<HeldGrant> held,
    String explanation) {

  public Decision {
    held = List.copyOf(held);
  }

  /** An allowed decision. */
  public static Decision allow(Grant needed, TokenClaims claims, List<HeldGrant> held, String why) {
    return new Decision(true, null, needed, claims, held, why);
  }

  /** A refused decision. */
  public static Decision refuse(
      Reason reason, Grant needed, TokenClaims claims, List<HeldGrant> held, String why) {
    return new Decision(false, reason, needed, claims, held, why);
  }

  /** The HTTP status that goes with this decision: 200 when allowed. */
  public int status() {
    return allowed ? 200 : reason.status();
  }
}
