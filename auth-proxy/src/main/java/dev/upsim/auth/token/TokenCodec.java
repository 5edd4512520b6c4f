package dev.upsim.auth.token;

import dev.upsim.auth.check.Reason;
import java.util.Optional;

/**
 * Signs claims into a compact JWT and reads them back, with one key per environment.
 *
 * <p>Reading checks only the token's form and signature; expiry, project, environment and grants
 * are the token check's business, so that each refusal gets its own reason.
 */
public interface TokenCodec {

  /** The signed compact JWT for {@code claims}. */
  String sign(TokenClaims claims);

  /** The claims of {@code token}, or why it cannot be trusted at all. */
  Read read(String token);

  /** The public key set as a JWKS JSON document, when the algorithm has public keys. */
  Optional<String> publicKeys();

  /** The result of reading a token. */
  sealed interface Read permits Trusted, Untrusted {}

  /** The token is well formed and its signature holds. */
  record Trusted(TokenClaims claims) implements Read {}

  /**
   * The token cannot be trusted: {@link Reason#MALFORMED_TOKEN} or {@link Reason#BAD_SIGNATURE}.
   *
   * @param foreignClaims for a {@link Reason#BAD_SIGNATURE} token whose header names another
   *     environment's key and whose claims agree with that key: the claims as the token states
   *     them, unverified, so that the check can say "wrong environment"; null otherwise
   */
  record Untrusted(Reason reason, String detail, TokenClaims foreignClaims) implements Read {

    /** A token that cannot be trusted and says nothing readable about where it comes from. */
    public Untrusted(Reason reason, String detail) {
      this(reason, detail, null);
    }

    /** The unverified claims of a token signed with another environment's key, if any. */
    public Optional<TokenClaims> foreign() {
      return Optional.ofNullable(foreignClaims);
    }
  }
}
