package dev.upsim.auth.token;

import java.util.Objects;

/**
 * A token whose claims are decided and whose text is signed when first read, on the reader's
 * thread.
 *
 * <p>Design notes. A proxy decides every claim on its actor's thread; signing is a pure function of
 * the claims and the environment's key, so it can run anywhere and later without changing a byte.
 * {@code upsim serve} reads the text on an HTTP thread, which keeps the simulation's one thread
 * free; a simulation reads it where it did before. Two threads reading at once may both sign: they
 * get the same text, so the race is harmless and needs no lock.
 */
public final class PendingToken {

  private final TokenCodec codec;
  private final TokenClaims claims;
  private volatile String text;

  /** The token that {@code codec} signs for {@code claims}, once asked. */
  public PendingToken(TokenCodec codec, TokenClaims claims) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.claims = Objects.requireNonNull(claims, "claims");
  }

  /** What the token says. */
  public TokenClaims claims() {
    return claims;
  }

  /** The signed compact JWT, signed on the first call. */
  public String text() {
    String signed = text;
    if (signed == null) {
      signed = codec.sign(claims);
      text = signed;
    }
    return signed;
  }

  @Override
  public String toString() {
    return "PendingToken[" + claims.tokenId() + "]";
  }
}
