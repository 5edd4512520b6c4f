package dev.upsim.auth.token;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * Builds the token codec of one environment, with its key derived from the run's seed.
 *
 * <p>The key is a pure function of signing, seed, project and environment, and both algorithms sign
 * deterministically, so the same seed gives the same tokens byte for byte. Each token's header
 * names its key as {@code kid = <project>/<environment>}, readable on purpose: upsim is for
 * learning, and the name is what lets a token of another environment be recognised.
 */
public final class TokenCodecs {

  private TokenCodecs() {}

  /** The codec that signs and verifies the tokens of {@code environment} in {@code project}. */
  public static TokenCodec forEnvironment(
      Signing signing, long seed, String project, String environment) {
    String keyId = keyId(project, environment);
    byte[] material = KeyDerivation.keyMaterial(signing, seed, project, environment);
    try {
      return signing == Signing.HS256 ? hs256(keyId, material) : ed25519(keyId, material);
    } catch (JOSEException | GeneralSecurityException failure) {
      throw new IllegalStateException("cannot build the " + signing + " key " + keyId, failure);
    }
  }

  /** The key id that tokens of {@code environment} in {@code project} carry in their header. */
  public static String keyId(String project, String environment) {
    return project + "/" + environment;
  }

  private static TokenCodec hs256(String keyId, byte[] secret)
      throws JOSEException, GeneralSecurityException {
    HmacSha256 hmac = new HmacSha256(secret);
    return new JwtTokenCodec(
        keyId,
        JWSAlgorithm.HS256,
        (header, input) -> hmac.signature(input),
        new MACVerifier(secret),
        Optional.empty());
  }

  private static TokenCodec ed25519(String keyId, byte[] seed)
      throws JOSEException, GeneralSecurityException {
    Ed25519Sign.KeyPair pair = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed);
    OctetKeyPair key =
        new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(pair.getPublicKey()))
            .d(Base64URL.encode(pair.getPrivateKey()))
            .keyID(keyId)
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.EdDSA)
            .build();
    OctetKeyPair publicKey = key.toPublicJWK();
    Ed25519Signer signer = new Ed25519Signer(key);
    return new JwtTokenCodec(
        keyId,
        JWSAlgorithm.EdDSA,
        (header, input) -> signer.sign(header, input).toString(),
        new Ed25519Verifier(publicKey),
        Optional.of(new JWKSet(publicKey).toString()));
  }
}
