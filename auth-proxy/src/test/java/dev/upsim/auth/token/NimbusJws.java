package dev.upsim.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.JSONObjectUtils;

/** Tokens as the Nimbus JOSE library writes them: the codecs must match them byte for byte. */
final class NimbusJws {

  private NimbusJws() {}

  /**
   * The compact HS256 JWS Nimbus writes for {@code claims}, with acme/main's key of {@code seed}.
   */
  static String hs256OfMain(TokenClaims claims, long seed) throws JOSEException {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.HS256)
            .type(JOSEObjectType.JWT)
            .keyID("acme/main")
            .build();
    JWSObject jws =
        new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(JwtClaims.toJson(claims))));
    jws.sign(new MACSigner(KeyDerivation.keyMaterial(Signing.HS256, seed, "acme", "main")));
    return jws.serialize();
  }
}
