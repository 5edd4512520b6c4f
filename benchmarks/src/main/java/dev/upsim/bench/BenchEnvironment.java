package dev.upsim.bench;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.SimClock;
import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.GrantProvenance;
import dev.upsim.auth.check.TokenCheck;
import dev.upsim.auth.proxy.ProxyIdentity;
import dev.upsim.auth.proxy.ProxySettings;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One environment as the benchmarks use it: project {@code acme}, environment {@code main}, the
 * application {@code shop} holding {@code env:view} and {@code task:operate:export}, HS256 keys
 * from a fixed seed, and a clock that stands still so that no token expires mid-run.
 */
public final class BenchEnvironment {

  /** The project every benchmark token belongs to. */
  public static final String PROJECT = "acme";

  /** The environment every benchmark token belongs to. */
  public static final String ENVIRONMENT = "main";

  /** The seed the environment's keys derive from. */
  public static final long SEED = 42;

  /** The simulated instant the clock shows throughout a run. */
  public static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  /** The grants of the benchmark's workload, as its configuration would resolve them. */
  public static final Set<Grant> GRANTS = Set.of(Grant.ENV_VIEW, Grant.operateTask("export"));

  private static final SourceLocation DECLARED_AT = new SourceLocation("config.yaml", 12, 7);

  private BenchEnvironment() {}

  /** The HS256 codec of acme/main, as every proxy and the API of that environment use it. */
  public static TokenCodec codec() {
    return codec(ENVIRONMENT);
  }

  /** The HS256 codec of {@code environment} in acme. */
  public static TokenCodec codec(String environment) {
    return TokenCodecs.forEnvironment(Signing.HS256, SEED, PROJECT, environment);
  }

  /** A clock that always reads {@link #NOW}. */
  public static SimClock clock() {
    return () -> NOW;
  }

  /** The proxy settings of reference.conf: 60 s tokens, at most 900 s, no rate limit. */
  public static ProxySettings proxySettings() {
    return new ProxySettings(
        Duration.ofSeconds(60), Duration.ofSeconds(900), 0, Duration.ofSeconds(1));
  }

  /** The identity of the application {@code shop}'s web container. */
  public static ProxyIdentity shop() {
    return new ProxyIdentity(PROJECT, ENVIRONMENT, WorkloadId.app("shop"), null, GRANTS);
  }

  /** The API's check for acme/main, with the provenance a configuration would give shop. */
  public static TokenCheck check(TokenCodec codec) {
    return new TokenCheck(PROJECT, ENVIRONMENT, codec, new OwnList(), runId -> false, true);
  }

  /** Every workload holds the benchmark's grants from its own list in config.yaml. */
  private static final class OwnList implements GrantProvenance {

    @Override
    public List<HeldGrant> heldBy(WorkloadId id) {
      return GRANTS.stream()
          .sorted()
          .map(grant -> new HeldGrant(grant, GrantOrigin.OWN, DECLARED_AT))
          .toList();
    }

    @Override
    public String basis(WorkloadId id) {
      return "own list at " + DECLARED_AT.fileAndLine();
    }
  }
}
