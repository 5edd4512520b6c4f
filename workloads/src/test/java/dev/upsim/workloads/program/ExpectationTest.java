package dev.upsim.workloads.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectationTest {

  private static final Instant NOON = Instant.parse("2025-01-01T12:00:00Z");

  @Test
  void anEmptyExpectationAcceptsAnything() {
    assertThat(Expectation.NONE.mismatches(refusal())).isEmpty();
    assertThat(Expectation.NONE.isEmpty()).isTrue();
  }

  @Test
  void aMatchingOutcomeHasNoMismatches() {
    Expectation expect = new Expectation(403, "missing-grant", "would be needed", null, null);

    assertThat(expect.mismatches(refusal())).isEmpty();
  }

  @Test
  void eachDifferingPartIsReportedAsExpectedVersusActual() {
    Expectation expect = new Expectation(202, "bad-request", "disk", null, null);

    assertThat(expect.mismatches(refusal()))
        .containsExactly(
            "status: expected 202, got 403",
            "reason: expected bad-request, got missing-grant",
            "error: expected text containing \"disk\", got task:operate:x would be needed");
  }

  @Test
  void grantsAndLifetimeAreComparedWithTheIssuedToken() {
    TokenClaims claims =
        new TokenClaims(
            "p1",
            "main",
            WorkloadId.app("shop"),
            null,
            Set.of(Grant.ENV_VIEW),
            NOON,
            NOON.plusSeconds(60),
            "t1");
    ActionOutcome issued = new ActionOutcome(200, null, null, null, null, claims, "jwt", 60L);
    Expectation expect =
        new Expectation(null, null, null, Set.of(Grant.operateTask("export")), 900L);

    assertThat(expect.mismatches(issued))
        .containsExactly(
            "grants: expected [task:operate:export], got [env:view]",
            "expires_in: expected 900, got 60");
  }

  @Test
  void anOutcomeWithoutAnAnswerIsReportedAsNothing() {
    assertThat(Expectation.status(200).mismatches(ActionOutcome.notSent("no token saved")))
        .containsExactly("status: expected 200, got nothing");
  }

  @Test
  void actionsDescribeThemselvesForTheTrace() {
    assertThat(new Action.RequestToken(300L, "admin", null).describe())
        .isEqualTo("request token ttl 300s as admin");
    assertThat(new Action.Call("GET", "/x", null, TokenChoice.saved("admin"), null).describe())
        .isEqualTo("call GET /x with saved admin token");
    assertThat(new Action.Sleep(Duration.ofMinutes(90)).describe()).isEqualTo("sleep 1h30m");
    assertThat(new Action.Exit(2).expect()).isEqualTo(Expectation.NONE);
  }

  @Test
  void aSavedTokenNeedsAName() {
    assertThatThrownBy(() -> new TokenChoice(TokenChoice.Kind.SAVED, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Action.Sleep(Duration.ofSeconds(-1)))
        .hasMessageContaining("zero or more");
  }

  private static ActionOutcome refusal() {
    return new ActionOutcome(
        403, "missing-grant", "task:operate:x would be needed", "{}", null, null, null, null);
  }
}
