package dev.upsim.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtClaimsTest {

  private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "quote\" and backslash\\",
        "tab\t new line\n return\r backspace\b feed\f",
        "control \u0001\u001f and delete \u007f",
        "html <b>&amp;</b> = 'x'",
        "unicode é 日本 \uD83D\uDE00",
        "separators \u2028 \u2029",
        ""
      })
  void jsonTextIsWhatNimbusWritesByteForByte(String text) {
    TokenClaims claims = claims(text, Set.of(Grant.ENV_VIEW, Grant.operateTask("cleanup")));

    assertThat(JwtClaims.toJsonText(claims))
        .isEqualTo(JSONObjectUtils.toJSONString(JwtClaims.toJson(claims)));
  }

  @Test
  void jsonTextOfNoGrantsIsAnEmptyArray() {
    TokenClaims claims = claims("plain", Set.of());

    assertThat(JwtClaims.toJsonText(claims))
        .contains("\"grants\":[]")
        .isEqualTo(JSONObjectUtils.toJSONString(JwtClaims.toJson(claims)));
  }

  @Test
  void hs256TokenSignedOnAnyThreadIsTheOneNimbusSigns() throws Exception {
    TokenCodec codec = TokenCodecs.forEnvironment(Signing.HS256, 3, "acme", "main");
    TokenClaims claims = claims("run-1", Set.of(Grant.ENV_VIEW));
    String expected = NimbusJws.hs256OfMain(claims, 3);

    String elsewhere = CompletableFuture.supplyAsync(() -> codec.sign(claims)).join();

    assertThat(codec.sign(claims)).isEqualTo(expected).isEqualTo(elsewhere);
  }

  private static TokenClaims claims(String text, Set<Grant> grants) {
    return new TokenClaims(
        "acme",
        "main",
        WorkloadId.task("export"),
        text,
        grants,
        ISSUED,
        ISSUED.plusSeconds(60),
        text + ".1");
  }
}
