package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.http.Served.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.SignedJWT;
import dev.upsim.auth.token.Signing;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Under --signing ed25519 the API publishes every environment's public key, and tokens verify. */
class JwksTest {

  @Test
  void aProxysTokenVerifiesAgainstThePublishedKeyItNames() throws Exception {
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("main", "production");
    environments.put("staging", "staging");
    try (Served served =
        Served.academy(o -> o.withSigning(Signing.ED25519).withEnvironments(environments))) {
      HttpResponse<String> published = served.get("/.well-known/jwks.json", null);
      JWKSet keys = JWKSet.parse(published.body());
      SignedJWT token = SignedJWT.parse(served.token("app:admin"));
      String keyId = token.getHeader().getKeyID();

      assertThat(published.statusCode()).isEqualTo(200);
      assertThat(published.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(keys.getKeys())
          .extracting(key -> key.getKeyID())
          .containsExactly("project/main", "project/staging");
      assertThat(keys.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
      assertThat(keyId).isEqualTo("project/main");
      assertThat(token.verify(new Ed25519Verifier((OctetKeyPair) keys.getKeyByKeyId(keyId))))
          .isTrue();
      assertThat(
              token.verify(
                  new Ed25519Verifier((OctetKeyPair) keys.getKeyByKeyId("project/staging"))))
          .isFalse();
      assertThat(json(served.get(Served.MAIN, token.serialize())).get("name").asText())
          .isEqualTo("main");
    }
  }
}
