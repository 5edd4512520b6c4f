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
   */
  record Untrusted(Reason reason, String detail) implements Read {}
}
