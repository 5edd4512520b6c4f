package dev.upsim.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.upsim.auth.check.Reason;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * The one {@link TokenCodec}: compact JWTs signed with one environment's key.
 *
 * <p>Signer, verifier and header are built once per codec and reused for every token: they hold
 * only immutable key state (the HMAC is computed afresh per call, Tink's Ed25519 primitives are
 * stateless), so one codec can serve every proxy and the API of an environment.
 *
 * <p>Reading looks at the form first, then at the signature. A token whose signature fails is
 * {@link Reason#BAD_SIGNATURE}; when its {@code kid} names another environment's key and its claims
 * name that same project and environment, the claims travel along as foreign claims, so the check
 * can tell "issued elsewhere" from "altered here". The codec never trusts them: an altered token
 * that keeps this environment's {@code kid}, or whose claims disagree with its {@code kid}, stays a
 * plain bad signature. A token altered in both its {@code kid} and its claims looks, to this
 * environment, like one of the environment it now names: it is refused either way.
 */
final class JwtTokenCodec implements TokenCodec {

  private final String keyId;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final JWSHeader header;
  private final String encodedHeader;
  private final SignatureWriter signer;
  private final JWSVerifier verifier;
  private final Optional<String> publicKeys;

  /** Signs a token's signing input and writes the signature as unpadded Base64url. */
  @FunctionalInterface
  interface SignatureWriter {

    /** The Base64url signature of {@code signingInput} under {@code header}. */
    String sign(JWSHeader header, byte[] signingInput) throws JOSEException;
  }

  JwtTokenCodec(
      String keyId,
      JWSAlgorithm algorithm,
      SignatureWriter signer,
      JWSVerifier verifier,
      Optional<String> publicKeys) {
    this.keyId = keyId;
    this.header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(keyId).build();
    this.encodedHeader = header.toBase64URL().toString();
    this.signer = signer;
    this.verifier = verifier;
    this.publicKeys = publicKeys;
  }

  /**
   * Writes the compact JWS that nimbus's {@code JWSObject} would, byte for byte, with the header
   * encoded once per codec, the payload written by {@link JwtClaims#toJsonText} and encoded by the
   * JDK: nimbus encodes in constant time, which is several times slower and buys nothing for data
   * that is not secret.
   */
  @Override
  public String sign(TokenClaims claims) {
    String payload = JwtClaims.toJsonText(claims);
    String signingInput =
        encodedHeader + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    try {
      byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
      return signingInput + "." + signer.sign(header, input);
    } catch (JOSEException failure) {
      throw new IllegalStateException("cannot sign a token with key " + keyId, failure);
    }
  }

  @Override
  public Read read(String token) {
    SignedJWT jwt;
    TokenClaims claims;
    try {
      jwt = SignedJWT.parse(token == null ? "" : token.strip());
      checkHeader(jwt.getHeader());
      claims = JwtClaims.fromJwt(jwt.getJWTClaimsSet());
    } catch (ParseException malformed) {
      return new Untrusted(Reason.MALFORMED_TOKEN, malformed.getMessage());
    }
    return verifies(jwt) ? new Trusted(claims) : badSignature(jwt.getHeader().getKeyID(), claims);
  }

  @Override
  public Optional<String> publicKeys() {
    return publicKeys;
  }

  private void checkHeader(JWSHeader read) throws ParseException {
    if (!header.getAlgorithm().equals(read.getAlgorithm())) {
      throw new ParseException(
          "signed with " + read.getAlgorithm() + " where " + header.getAlgorithm() + " is used", 0);
    }
    if (read.getKeyID() == null) {
      throw new ParseException("the header names no key (kid)", 0);
    }
  }

  private boolean verifies(SignedJWT jwt) {
    try {
      return jwt.verify(verifier);
    } catch (JOSEException unusable) {
      return false;
    }
  }

  private Untrusted badSignature(String tokenKeyId, TokenClaims stated) {
    boolean foreign =
        !tokenKeyId.equals(keyId)
            && tokenKeyId.equals(TokenCodecs.keyId(stated.project(), stated.environment()));
    if (foreign) {
      String detail = "signed with key " + tokenKeyId + ", not with this environment's " + keyId;
      return new Untrusted(Reason.BAD_SIGNATURE, detail, stated);
    }
    return new Untrusted(Reason.BAD_SIGNATURE, "the signature does not match key " + keyId);
  }
}
