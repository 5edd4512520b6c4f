package dev.upsim.auth.token;

import java.util.Locale;
import java.util.Optional;

/** How an environment signs its tokens: a shared secret, or a key pair with published keys. */
public enum Signing {
  /** HMAC with SHA-256 and a 256-bit secret per environment: the simulator's default. */
  HS256,
  /** Ed25519 signatures (JWS algorithm {@code EdDSA}); the public keys can be published. */
  ED25519;

  /** The lower-case word used in settings: {@code hs256} or {@code ed25519}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The signing named {@code word} in any case, or empty when there is none. */
  public static Optional<Signing> fromWord(String word) {
    for (Signing signing : values()) {
      if (signing.word().equalsIgnoreCase(word)) {
        return Optional.of(signing);
      }
    }
    return Optional.empty();
  }
}
