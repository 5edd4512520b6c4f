package dev.upsim.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PendingTokenTest {

  private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");
  private static final TokenClaims CLAIMS =
      new TokenClaims(
          "acme",
          "main",
          WorkloadId.app("shop"),
          null,
          Set.of(Grant.ENV_VIEW),
          ISSUED,
          ISSUED.plusSeconds(60),
          "app:shop.1");

  @ParameterizedTest
  @EnumSource(Signing.class)
  void pendingTokenReadsAsTheCodecSignsItByteForByte(Signing signing) {
    TokenCodec codec = TokenCodecs.forEnvironment(signing, 7, "acme", "main");

    assertThat(new PendingToken(codec, CLAIMS).text()).isEqualTo(codec.sign(CLAIMS));
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void anotherThreadReadsTheSameText(Signing signing) {
    TokenCodec codec = TokenCodecs.forEnvironment(signing, 7, "acme", "main");
    PendingToken token = new PendingToken(codec, CLAIMS);

    String elsewhere = CompletableFuture.supplyAsync(token::text).join();

    assertThat(elsewhere).isEqualTo(codec.sign(CLAIMS)).isEqualTo(token.text());
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void tokenIsSignedOnlyWhenReadAndThenOnce(Signing signing) {
    CountingCodec codec = new CountingCodec(TokenCodecs.forEnvironment(signing, 7, "acme", "main"));
    PendingToken token = new PendingToken(codec, CLAIMS);
    assertThat(codec.signed.get()).isZero();

    token.text();
    token.text();

    assertThat(codec.signed.get()).isEqualTo(1);
  }

  /** A codec that counts its signatures. */
  private static final class CountingCodec implements TokenCodec {
    private final TokenCodec inner;
    private final AtomicInteger signed = new AtomicInteger();

    CountingCodec(TokenCodec inner) {
      this.inner = inner;
    }

    @Override
    public String sign(TokenClaims claims) {
      signed.incrementAndGet();
      return inner.sign(claims);
    }

    @Override
    public Read read(String token) {
      return inner.read(token);
    }

    @Override
    public java.util.Optional<String> publicKeys() {
      return inner.publicKeys();
    }
  }
}
