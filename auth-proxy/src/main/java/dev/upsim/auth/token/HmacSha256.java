package dev.upsim.auth.token;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 signatures with the JDK's own HMAC, one {@link Mac} per thread, encoded as unpadded
 * Base64url: the bytes nimbus's {@code MACSigner} writes, without its per-call {@code Mac} lookup
 * and constant-time encoder, which cost more than the HMAC itself for a token-sized input.
 */
final class HmacSha256 {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  /** Signs with the 256-bit {@code secret}. */
  HmacSha256(byte[] secret) throws GeneralSecurityException {
    this.key = new SecretKeySpec(secret, ALGORITHM);
    newMac();
  }

  /** The Base64url signature of {@code signingInput}. */
  String signature(byte[] signingInput) {
    return BASE64URL.encodeToString(macs.get().doFinal(signingInput));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException("every Java platform must provide " + ALGORITHM, impossible);
    }
  }
}
