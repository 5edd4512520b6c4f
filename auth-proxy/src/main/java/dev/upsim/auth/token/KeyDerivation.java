package dev.upsim.auth.token;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derives an environment's 32 bytes of key material from the run's seed.
 *
 * <p>Each part is written with its length first, so that no two different (project, environment)
 * pairs hash the same input, and the signing name is part of the input, so that the HS256 secret
 * and the Ed25519 seed of one environment are unrelated.
 */
final class KeyDerivation {

  private static final String DOMAIN = "upsim token key v1";

  private KeyDerivation() {}

  /** SHA-256 over the domain, the signing, the seed, the project and the environment. */
  static byte[] keyMaterial(Signing signing, long seed, String project, String environment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(DOMAIN);
      out.writeUTF(signing.name());
      out.writeLong(seed);
      out.writeUTF(project);
      out.writeUTF(environment);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return sha256().digest(bytes.toByteArray());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java platform must provide SHA-256", missing);
    }
  }
}
