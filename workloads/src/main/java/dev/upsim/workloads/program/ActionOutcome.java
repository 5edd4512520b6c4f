package dev.upsim.workloads.program;

import dev.upsim.auth.check.Decision;
import dev.upsim.auth.token.TokenClaims;

/**
 * What one {@link Action} led to, as a program or a scenario step sees it.
 *
 * @param status the HTTP status of the answer (200 for an issued token); null when the step got no
 *     answer (sleep, log, exit, or a step that could not be sent)
 * @param reason the stable reason code of a refusal ({@code missing-grant}, ...); null otherwise
 * @param message what went wrong in words: the error body, the proxy's explanation or why the step
 *     could not be sent; null when nothing went wrong
 * @param body the answer's body as sent, or null
 * @param decision the token check's decision, or null when none was made
 * @param claims the claims of the token issued (for a token request) or checked (for a call)
 * @param token the compact token issued or sent, or null
 * @param expiresIn the lifetime granted in seconds, for a token request; null otherwise
 */
public record ActionOutcome(
    Integer status,
    String reason,
    String message,
    String body,
    Decision decision,
    TokenClaims claims,
    String token,
    Long expiresIn) {

  /** The outcome of a step that needs no answer. */
  public static final ActionOutcome DONE =
      new ActionOutcome(null, null, null, null, null, null, null, null);

  /** The outcome of a step that could not be sent at all, with the reason in words. */
  public static ActionOutcome notSent(String why) {
    return new ActionOutcome(null, null, why, null, null, null, null, null);
  }

  /** Whether the answer was a success (a 2xx status). */
  public boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }
}
