package dev.upsim.bench.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.upsim.auth.Grant;
import dev.upsim.bench.BenchEnvironment;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The baseline: nimbus-jose-jwt HS256 alone, signer and verifier built once and reused. One
 * operation signs a JWT with the same claims an upsim token carries (a fresh {@code jti} each
 * time), serializes it, parses it back, verifies the signature and reads the expiry: the least any
 * issuer and verifier of such a token must do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class RawJwtBenchmark {

  private static final Date ISSUED = Date.from(BenchEnvironment.NOW);
  private static final Date EXPIRES = Date.from(BenchEnvironment.NOW.plusSeconds(60));

  private final List<String> grants =
      BenchEnvironment.GRANTS.stream().sorted().map(Grant::toString).toList();
  private JWSHeader header;
  private JWSSigner signer;
  private JWSVerifier verifier;
  private long tokensIssued;

  /** Builds the header, signer and verifier once, with a 256-bit secret. */
  @Setup(Level.Trial)
  public void keys() throws JOSEException {
    byte[] secret = new byte[32];
    new Random(BenchEnvironment.SEED).nextBytes(secret);
    header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID("k").build();
    signer = new MACSigner(secret);
    verifier = new MACVerifier(secret);
  }

  /** Signs one token, then parses, verifies and reads it back. */
  @Benchmark
  public boolean signAndVerify() throws JOSEException, ParseException {
    SignedJWT signed = new SignedJWT(header, claims());
    signed.sign(signer);
    String token = signed.serialize();

    SignedJWT read = SignedJWT.parse(token);
    return read.verify(verifier) && read.getJWTClaimsSet().getExpirationTime().after(ISSUED);
  }

  private JWTClaimsSet claims() {
    tokensIssued++;
    return new JWTClaimsSet.Builder()
        .issuer("upsim")
        .subject("app:shop")
        .claim("project", BenchEnvironment.PROJECT)
        .claim("environment", BenchEnvironment.ENVIRONMENT)
        .claim("grants", grants)
        .issueTime(ISSUED)
        .expirationTime(EXPIRES)
        .jwtID("app:shop." + tokensIssued)
        .build();
  }
}
