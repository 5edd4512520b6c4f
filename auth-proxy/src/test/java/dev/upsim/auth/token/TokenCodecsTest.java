package dev.upsim.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCodecsTest {

  private static final long SEED = 42;
  private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");

  private final TokenCodec main = codec(Signing.HS256, SEED, "main");

  @ParameterizedTest
  @EnumSource(Signing.class)
  void signedClaimsReadBackUnchanged(Signing signing) {
    TokenCodec codec = codec(signing, SEED, "main");
    TokenClaims claims = appClaims("main");

    assertThat(codec.read(codec.sign(claims))).isEqualTo(new TokenCodec.Trusted(claims));
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void sameSeedGivesTheSameTokenByteForByte(Signing signing) {
    String first = codec(signing, SEED, "main").sign(appClaims("main"));
    String second = codec(signing, SEED, "main").sign(appClaims("main"));

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void anotherSeedGivesAnotherSignature(Signing signing) {
    String first = codec(signing, SEED, "main").sign(appClaims("main"));
    String second = codec(signing, SEED + 1, "main").sign(appClaims("main"));

    assertThat(signature(second)).isNotEqualTo(signature(first));
  }

  @Test
  void headerNamesTheEnvironmentsKeyAndTheAlgorithm() throws Exception {
    JWSHeader hs256 = SignedJWT.parse(main.sign(appClaims("main"))).getHeader();
    JWSHeader ed25519 =
        SignedJWT.parse(codec(Signing.ED25519, SEED, "main").sign(appClaims("main"))).getHeader();

    assertThat(hs256.getKeyID()).isEqualTo("acme/main");
    assertThat(hs256.getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(hs256.getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(ed25519.getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
  }

  @Test
  void payloadIsPlainJsonWithTheDocumentedClaimsInOrder() {
    TokenClaims claims = runClaims();

    String payload = decodedPart(main.sign(claims), 1);

    assertThat(payload)
        .isEqualTo(
            "{\"iss\":\"upsim\",\"sub\":\"task:export\",\"project\":\"acme\","
                + "\"environment\":\"main\",\"run\":\"run-1a2b\","
                + "\"grants\":[\"env:view\",\"task:operate:cleanup\"],"
                + "\"iat\":1740823200,\"exp\":1740823260,\"jti\":\"run-1a2b.1\"}");
  }

  @Test
  void tokenOutsideATaskRunHasNoRunClaim() {
    assertThat(decodedPart(main.sign(appClaims("main")), 1)).doesNotContain("\"run\"");
  }

  @Test
  void fractionsOfASecondAreDropped() {
    TokenClaims precise = withTimes(appClaims("main"), ISSUED.plusMillis(999));

    TokenCodec.Read read = main.read(main.sign(precise));

    assertThat(((TokenCodec.Trusted) read).claims().issuedAt()).isEqualTo(ISSUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage", "a.b.c", "eyJhbGciOiJub25lIn0.e30."})
  void textThatIsNotASignedJwtIsMalformed(String token) {
    assertThat(reason(main.read(token))).isEqualTo(Reason.MALFORMED_TOKEN);
  }

  @Test
  void missingTokenIsMalformed() {
    assertThat(reason(main.read(null))).isEqualTo(Reason.MALFORMED_TOKEN);
  }

  @Test
  void tokenOfAnotherAlgorithmIsMalformed() {
    String hs256 = main.sign(appClaims("main"));

    TokenCodec.Read read = codec(Signing.ED25519, SEED, "main").read(hs256);

    assertThat(read)
        .isEqualTo(
            new TokenCodec.Untrusted(
                Reason.MALFORMED_TOKEN, "signed with HS256 where EdDSA is used"));
  }

  @Test
  void tokenWithoutKeyIdIsMalformed() throws Exception {
    JWSHeader noKid = new JWSHeader.Builder(JWSAlgorithm.HS256).build();

    String token = signWithMainSecret(noKid, claimsSet(appClaims("main")));

    assertThat(main.read(token))
        .isEqualTo(
            new TokenCodec.Untrusted(Reason.MALFORMED_TOKEN, "the header names no key (kid)"));
  }

  @Test
  void tokenWithoutATokenIdIsMalformed() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claimsSet(appClaims("main"))).jwtID(null).build();

    assertThat(main.read(signWithMainSecret(mainHeader(), claims)))
        .isEqualTo(new TokenCodec.Untrusted(Reason.MALFORMED_TOKEN, "the claim jti is missing"));
  }

  @Test
  void tokenWithAnUnknownGrantIsMalformed() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claimsSet(appClaims("main")))
            .claim("grants", List.of("env:view", "env:delete"))
            .build();

    assertThat(main.read(signWithMainSecret(mainHeader(), claims)))
        .isEqualTo(new TokenCodec.Untrusted(Reason.MALFORMED_TOKEN, "unknown grant env:delete"));
  }

  @Test
  void tokenOfAnotherIssuerIsMalformed() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claimsSet(appClaims("main"))).issuer("elsewhere").build();

    assertThat(reason(main.read(signWithMainSecret(mainHeader(), claims))))
        .isEqualTo(Reason.MALFORMED_TOKEN);
  }

  @Test
  void tokenWhoseSubjectNamesNoWorkloadIsMalformed() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claimsSet(appClaims("main"))).subject("shop").build();

    assertThat(main.read(signWithMainSecret(mainHeader(), claims)))
        .isEqualTo(
            new TokenCodec.Untrusted(
                Reason.MALFORMED_TOKEN, "the subject (sub) shop names no workload"));
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void tokenOfAnotherEnvironmentIsBadSignatureCarryingItsClaims(Signing signing) {
    TokenClaims elsewhere = appClaims("pr-4");
    String token = codec(signing, SEED, "pr-4").sign(elsewhere);

    TokenCodec.Read read = codec(signing, SEED, "main").read(token);

    assertThat(read)
        .isEqualTo(
            new TokenCodec.Untrusted(
                Reason.BAD_SIGNATURE,
                "signed with key acme/pr-4, not with this environment's acme/main",
                elsewhere));
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void tokenOfSameEnvironmentWithAnotherSeedIsPlainBadSignature(Signing signing) {
    String token = codec(signing, SEED + 1, "main").sign(appClaims("main"));

    TokenCodec.Untrusted read = (TokenCodec.Untrusted) codec(signing, SEED, "main").read(token);

    assertThat(read.reason()).isEqualTo(Reason.BAD_SIGNATURE);
    assertThat(read.foreign()).isEmpty();
  }

  @Test
  void alteredGrantsMakeABadSignature() {
    String token = main.sign(appClaims("main"));

    String altered = replaceInPayload(token, "\"env:view\"", "\"task:operate:cleanup\"");

    assertThat(main.read(altered))
        .isEqualTo(
            new TokenCodec.Untrusted(
                Reason.BAD_SIGNATURE, "the signature does not match key acme/main"));
  }

  @Test
  void alteredEnvironmentUnderThisEnvironmentsKeyStaysABadSignature() {
    String token = main.sign(appClaims("main"));

    String altered = replaceInPayload(token, "\"main\"", "\"pr-4\"");

    TokenCodec.Untrusted read = (TokenCodec.Untrusted) main.read(altered);
    assertThat(read.reason()).isEqualTo(Reason.BAD_SIGNATURE);
    assertThat(read.foreign()).isEmpty();
  }

  @Test
  void keyIdThatDisagreesWithTheClaimsStaysABadSignature() throws Exception {
    JWSHeader otherKid = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("acme/pr-4").build();
    String token = signWithKey(new byte[32], otherKid, claimsSet(appClaims("main")));

    TokenCodec.Untrusted read = (TokenCodec.Untrusted) main.read(token);

    assertThat(read.reason()).isEqualTo(Reason.BAD_SIGNATURE);
    assertThat(read.foreign()).isEmpty();
  }

  @Test
  void ed25519PublishesOnlyThePublicKey() throws Exception {
    String jwks = codec(Signing.ED25519, SEED, "main").publicKeys().orElseThrow();

    OctetKeyPair key = (OctetKeyPair) JWKSet.parse(jwks).getKeyByKeyId("acme/main");

    assertThat(key.isPrivate()).isFalse();
    assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
    assertThat(key.getCurve().getName()).isEqualTo("Ed25519");
    assertThat(jwks).doesNotContain("\"d\"");
  }

  @Test
  void publishedKeyVerifiesTheEnvironmentsTokens() throws Exception {
    TokenCodec codec = codec(Signing.ED25519, SEED, "main");
    OctetKeyPair key =
        (OctetKeyPair) JWKSet.parse(codec.publicKeys().orElseThrow()).getKeys().get(0);

    SignedJWT token = SignedJWT.parse(codec.sign(appClaims("main")));

    assertThat(token.verify(new Ed25519Verifier(key))).isTrue();
  }

  @Test
  void aTokenIsTheCompactJwsNimbusWouldWriteByteForByte() throws Exception {
    TokenClaims claims = runClaims();
    String expected = NimbusJws.hs256OfMain(claims, SEED);

    assertThat(main.sign(claims)).isEqualTo(expected);
  }

  @Test
  void hs256PublishesNoKeys() {
    assertThat(main.publicKeys()).isEmpty();
  }

  private static TokenCodec codec(Signing signing, long seed, String environment) {
    return TokenCodecs.forEnvironment(signing, seed, "acme", environment);
  }

  private static TokenClaims appClaims(String environment) {
    return new TokenClaims(
        "acme",
        environment,
        WorkloadId.app("shop"),
        null,
        Set.of(Grant.ENV_VIEW),
        ISSUED,
        ISSUED.plusSeconds(60),
        "app:shop.1");
  }

  private static TokenClaims runClaims() {
    return new TokenClaims(
        "acme",
        "main",
        WorkloadId.task("export"),
        "run-1a2b",
        Set.of(Grant.operateTask("cleanup"), Grant.ENV_VIEW),
        ISSUED,
        ISSUED.plusSeconds(60),
        "run-1a2b.1");
  }

  private static TokenClaims withTimes(TokenClaims claims, Instant issuedAt) {
    return new TokenClaims(
        claims.project(),
        claims.environment(),
        claims.workload(),
        claims.runId(),
        claims.grants(),
        issuedAt,
        issuedAt.plusSeconds(60),
        claims.tokenId());
  }

  private static Reason reason(TokenCodec.Read read) {
    return ((TokenCodec.Untrusted) read).reason();
  }

  private static JWTClaimsSet claimsSet(TokenClaims claims) throws Exception {
    return JWTClaimsSet.parse(JwtClaims.toJson(claims));
  }

  private static JWSHeader mainHeader() {
    return new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("acme/main").build();
  }

  private static String signWithMainSecret(JWSHeader header, JWTClaimsSet claims) throws Exception {
    return signWithKey(
        KeyDerivation.keyMaterial(Signing.HS256, SEED, "acme", "main"), header, claims);
  }

  private static String signWithKey(byte[] secret, JWSHeader header, JWTClaimsSet claims)
      throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  private static String signature(String token) {
    return token.substring(token.lastIndexOf('.') + 1);
  }

  private static String decodedPart(String token, int index) {
    String part = token.split("\\.")[index];
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static String replaceInPayload(String token, String from, String to) {
    String[] parts = token.split("\\.");
    String payload = decodedPart(token, 1).replace(from, to);
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + encoded + "." + parts[2];
  }
}
