package dev.upsim.auth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCheckTest {

  private static final long SEED = 7;
  private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant NOW = ISSUED.plusSeconds(30);
  private static final Grant EXPORT = Grant.operateTask("export");
  private static final WorkloadId SHOP = WorkloadId.app("shop");
  private static final WorkloadId CLEANUP = WorkloadId.task("cleanup");

  private final TokenCodec mainCodec = codec("acme", "main");
  private final Set<String> endedRuns = new HashSet<>();
  private final TokenCheck check = checkFor(true);

  @Test
  void missingHeaderIsMissingToken() {
    Decision decision = check.check(null, "acme", "main", Grant.ENV_VIEW, NOW);

    assertRefused(
        decision, Reason.MISSING_TOKEN, 401, "refused: the request carries no bearer token");
  }

  @Test
  void blankHeaderIsMissingToken() {
    assertThat(check.check("  ", "acme", "main", null, NOW).reason())
        .isEqualTo(Reason.MISSING_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic dXNlcjpwdw==", "Bearer", "Bearer   ", "Bearer a b", "token"})
  void headerNotOfTheBearerFormIsMalformed(String header) {
    Decision decision = check.check(header, "acme", "main", null, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.MALFORMED_TOKEN);
    assertThat(decision.status()).isEqualTo(401);
  }

  @Test
  void bearerSchemeIsReadInAnyCase() {
    String header = "bearer " + mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    assertThat(check.check(header, "acme", "main", Grant.ENV_VIEW, NOW).allowed()).isTrue();
  }

  @Test
  void unreadableTokenIsMalformed() {
    Decision decision = check.check("Bearer not-a-jwt", "acme", "main", null, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.MALFORMED_TOKEN);
    assertThat(decision.claims()).isNull();
    assertThat(decision.explanation()).startsWith("refused: the token cannot be read: ");
  }

  @Test
  void tokenSignedWithAnotherSeedIsBadSignature() {
    TokenCodec otherSeed = TokenCodecs.forEnvironment(Signing.HS256, SEED + 1, "acme", "main");
    String token = otherSeed.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertRefused(
        decision,
        Reason.BAD_SIGNATURE,
        401,
        "refused: the token's signature does not hold in environment main of project acme:"
            + " the signature does not match key acme/main");
  }

  @Test
  void tokenWithAlteredGrantsIsBadSignature() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));
    String altered = alterPayload(token, "env:view", "task:operate:export");

    Decision decision = check.check(bearer(altered), "acme", "main", EXPORT, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void tokenWhoseEnvironmentWasAlteredStaysBadSignature() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));
    String altered = alterPayload(token, "\"main\"", "\"pr-4\"");

    assertThat(check.check(bearer(altered), "acme", "main", null, NOW).reason())
        .isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void tokenOfAnotherEnvironmentIsWrongEnvironment() {
    String token = codec("acme", "pr-4").sign(shopToken("pr-4", Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.WRONG_ENVIRONMENT);
    assertThat(decision.status()).isEqualTo(403);
    assertThat(decision.claims()).isNull();
    assertThat(decision.explanation())
        .isEqualTo(
            "refused: the token was issued to app:shop in environment pr-4 of project acme"
                + " and acts only there, not in environment main of project acme");
  }

  @Test
  void tokenAlteredToNameAnotherEnvironmentEverywhereIsRefusedAsThatEnvironments() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));
    String altered = alterHeader(alterPayload(token, "\"main\"", "\"pr-4\""), "main", "pr-4");

    Decision decision = check.check(bearer(altered), "acme", "main", Grant.ENV_VIEW, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.WRONG_ENVIRONMENT);
    assertThat(decision.allowed()).isFalse();
  }

  @Test
  void tokenOfAnotherProjectIsWrongProject() {
    TokenClaims elsewhere = claims("globex", "main", SHOP, null, Set.of(Grant.ENV_VIEW));
    String token = codec("globex", "main").sign(elsewhere);

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.WRONG_PROJECT);
    assertThat(decision.status()).isEqualTo(403);
  }

  @Test
  void tokenSignedHereButNamingAnotherEnvironmentIsWrongEnvironment() {
    String token = mainCodec.sign(shopToken("pr-4", Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.WRONG_ENVIRONMENT);
    assertThat(decision.claims().environment()).isEqualTo("pr-4");
  }

  @Test
  void tokenSignedHereButNamingAnotherProjectIsWrongProject() {
    String token = mainCodec.sign(claims("globex", "main", SHOP, null, Set.of(Grant.ENV_VIEW)));

    assertThat(check.check(bearer(token), "acme", "main", null, NOW).reason())
        .isEqualTo(Reason.WRONG_PROJECT);
  }

  @Test
  void tokenIsExpiredAtItsExpiryInstant() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, expiry());

    assertRefused(
        decision,
        Reason.EXPIRED,
        401,
        "refused: the token of app:shop expired at 2025-03-01T10:01:00Z;"
            + " it is now 2025-03-01T10:01:00Z");
  }

  @Test
  void tokenIsValidUntilJustBeforeItsExpiry() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));
    Instant lastMoment = expiry().minusNanos(1);

    assertThat(check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, lastMoment).allowed())
        .isTrue();
  }

  @Test
  void expiryIsCheckedBeforeThePath() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    assertThat(check.check(bearer(token), "acme", "pr-4", EXPORT, expiry()).reason())
        .isEqualTo(Reason.EXPIRED);
  }

  @Test
  void tokenOfAnEndedRunIsRunEnded() {
    String token = mainCodec.sign(runToken(Set.of(Grant.ENV_VIEW)));
    endedRuns.add("run-9f8e");

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertRefused(
        decision,
        Reason.RUN_ENDED,
        401,
        "refused: the token of task:cleanup was issued to run run-9f8e, which has ended");
  }

  @Test
  void tokenOfARunningRunIsAllowed() {
    String token = mainCodec.sign(runToken(Set.of(Grant.ENV_VIEW)));

    assertThat(check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW).allowed()).isTrue();
  }

  @Test
  void tokenOfAnEndedRunStillWorksWhenTokensOutliveRuns() {
    String token = mainCodec.sign(runToken(Set.of(Grant.ENV_VIEW)));
    endedRuns.add("run-9f8e");

    Decision decision = checkFor(false).check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void pathNamingAnotherProjectIsWrongProject() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "globex", "main", Grant.ENV_VIEW, NOW);

    assertRefused(
        decision,
        Reason.WRONG_PROJECT,
        403,
        "refused: the token of app:shop acts on project acme only; the request names globex");
  }

  @Test
  void pathNamingAnotherEnvironmentIsWrongEnvironment() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "acme", "pr-4", Grant.ENV_VIEW, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.WRONG_ENVIRONMENT);
    assertThat(decision.explanation())
        .isEqualTo(
            "refused: the token of app:shop acts on environment main only;"
                + " the request names pr-4");
  }

  @Test
  void pathIsCheckedBeforeTheGrant() {
    String token = mainCodec.sign(shopToken("main", Set.of()));

    assertThat(check.check(bearer(token), "acme", "pr-4", EXPORT, NOW).reason())
        .isEqualTo(Reason.WRONG_ENVIRONMENT);
  }

  @Test
  void pathThatNamesNoEnvironmentSkipsThatStep() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW)));

    assertThat(check.check(bearer(token), null, null, Grant.ENV_VIEW, NOW).allowed()).isTrue();
  }

  @Test
  void grantNotCarriedByTheTokenIsMissingGrant() {
    String token = mainCodec.sign(runToken(Set.of(Grant.ENV_VIEW)));

    Decision decision = check.check(bearer(token), "acme", "main", EXPORT, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.MISSING_GRANT);
    assertThat(decision.status()).isEqualTo(403);
    assertThat(decision.needed()).isEqualTo(EXPORT);
    assertThat(decision.held()).containsExactly(cleanupViews());
    assertThat(decision.explanation())
        .isEqualTo(
            "refused: task:cleanup holds env:view only (own list at config.yaml:31);"
                + " task:operate:export would be needed");
  }

  @Test
  void tokenWithoutGrantsIsRefusedEverything() {
    WorkloadId bare = WorkloadId.worker("shop", "queue");
    String token = mainCodec.sign(claims("acme", "main", bare, null, Set.of()));

    Decision decision = check.check(bearer(token), "acme", "main", Grant.ENV_VIEW, NOW);

    assertThat(decision.reason()).isEqualTo(Reason.MISSING_GRANT);
    assertThat(decision.explanation())
        .isEqualTo(
            "refused: worker:shop/queue holds no grants (no authorizations declared);"
                + " env:view would be needed");
  }

  @Test
  void severalGrantsAreListedInOneSentence() {
    Set<Grant> grants = Set.of(Grant.ENV_VIEW, EXPORT, Grant.operateTask("audit"));
    String token = mainCodec.sign(shopToken("main", grants));

    Decision decision = check.check(bearer(token), "acme", "main", Grant.operateTask("x"), NOW);

    assertThat(decision.explanation())
        .startsWith(
            "refused: app:shop holds env:view, task:operate:audit and task:operate:export (");
  }

  @Test
  void grantCarriedByTheTokenIsAllowedWithItsProvenance() {
    String token = mainCodec.sign(shopToken("main", Set.of(Grant.ENV_VIEW, EXPORT)));

    Decision decision = check.check(bearer(token), "acme", "main", EXPORT, NOW);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.status()).isEqualTo(200);
    assertThat(decision.reason()).isNull();
    assertThat(decision.claims().workload()).isEqualTo(SHOP);
    assertThat(decision.held()).containsExactly(shopViews(), shopExports());
    assertThat(decision.explanation())
        .isEqualTo("allowed: app:shop holds task:operate:export (own, config.yaml:13)");
  }

  @Test
  void authenticationOnlyIsAllowedWithAnyValidToken() {
    String token = mainCodec.sign(shopToken("main", Set.of()));

    Decision decision = check.check(bearer(token), "acme", "main", null, NOW);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.explanation())
        .isEqualTo("allowed: the token of app:shop is valid in environment main of project acme");
  }

  @Test
  void grantTheConfigurationNoLongerDeclaresStillCountsButHasNoProvenance() {
    String token = mainCodec.sign(runToken(Set.of(Grant.ENV_VIEW, EXPORT)));

    Decision decision = check.check(bearer(token), "acme", "main", EXPORT, NOW);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.held()).containsExactly(cleanupViews());
    assertThat(decision.explanation())
        .isEqualTo(
            "allowed: task:cleanup holds task:operate:export"
                + " (carried by its token; not in the current configuration)");
  }

  private TokenCheck checkFor(boolean tokensEndWithRun) {
    return new TokenCheck(
        "acme", "main", mainCodec, new FixedProvenance(), endedRuns::contains, tokensEndWithRun);
  }

  private static TokenCodec codec(String project, String environment) {
    return TokenCodecs.forEnvironment(Signing.HS256, SEED, project, environment);
  }

  private static TokenClaims shopToken(String environment, Set<Grant> grants) {
    return claims("acme", environment, SHOP, null, grants);
  }

  private static TokenClaims runToken(Set<Grant> grants) {
    return claims("acme", "main", CLEANUP, "run-9f8e", grants);
  }

  private static TokenClaims claims(
      String project, String environment, WorkloadId workload, String run, Set<Grant> grants) {
    String id = (run != null ? run : workload.toString()) + ".1";
    return new TokenClaims(
        project, environment, workload, run, grants, ISSUED, ISSUED.plusSeconds(60), id);
  }

  private static Instant expiry() {
    return ISSUED.plusSeconds(60);
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String alterPayload(String token, String from, String to) {
    String[] parts = token.split("\\.");
    Base64.Decoder decoder = Base64.getUrlDecoder();
    String payload = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8);
    String altered = payload.replace(from, to);
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(altered.getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + encoded + "." + parts[2];
  }

  private static String alterHeader(String token, String from, String to) {
    String[] parts = token.split("\\.");
    String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    String altered = header.replace(from, to);
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(altered.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + parts[1] + "." + parts[2];
  }

  /** Asserts that {@code decision} refuses for {@code reason}, with that status and explanation. */
  private static void assertRefused(
      Decision decision, Reason reason, int status, String explanation) {
    assertThat(decision.reason()).isEqualTo(reason);
    assertThat(decision.status()).isEqualTo(status);
    assertThat(decision.explanation()).isEqualTo(explanation);
  }

  private static HeldGrant shopViews() {
    return new HeldGrant(Grant.ENV_VIEW, GrantOrigin.OWN, new SourceLocation("config.yaml", 12, 9));
  }

  private static HeldGrant shopExports() {
    return new HeldGrant(EXPORT, GrantOrigin.OWN, new SourceLocation("config.yaml", 13, 9));
  }

  private static HeldGrant cleanupViews() {
    return new HeldGrant(Grant.ENV_VIEW, GrantOrigin.OWN, new SourceLocation("config.yaml", 32, 9));
  }

  /** The provenance of a small configuration: app:shop and task:cleanup declare grants. */
  private static final class FixedProvenance implements GrantProvenance {

    private final Map<WorkloadId, List<HeldGrant>> held =
        Map.of(SHOP, List.of(shopViews(), shopExports()), CLEANUP, List.of(cleanupViews()));

    @Override
    public List<HeldGrant> heldBy(WorkloadId id) {
      return held.getOrDefault(id, List.of());
    }

    @Override
    public String basis(WorkloadId id) {
      if (id.equals(SHOP)) {
        return "own list at config.yaml:11";
      }
      return id.equals(CLEANUP) ? "own list at config.yaml:31" : "no authorizations declared";
    }
  }
}
