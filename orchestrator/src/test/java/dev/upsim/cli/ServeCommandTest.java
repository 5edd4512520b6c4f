package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsim serve}: what it refuses before serving, and a clean stop on SIGTERM and Ctrl-C. */
class ServeCommandTest {

  private static final String ACADEMY = "../scenarios/configs/academy";

  @Test
  void aRejectedConfigurationPrintsItsErrorsAndExitsTwo() {
    String broken = CliRun.fixture("configs/broken");
    CliRun run = CliRun.run("serve", "--api-port", "0", "--proxy-port", "0", broken);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("applications.shop.crons.nightly").contains("2 errors in");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anEnvironmentOfAnUnknownTypeIsAUsageError() {
    CliRun run = CliRun.run("serve", "--env", "main:live", ACADEMY);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'live' is not an environment type; valid types: production");
  }

  @Test
  void anEnvironmentGivenTwiceIsAUsageError() {
    CliRun run = CliRun.run("serve", "--env", "main", "--env", "main:staging", ACADEMY);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .isEqualTo("upsim serve: --env main is given twice" + System.lineSeparator());
  }

  @Test
  void anApiPortAlreadyTakenIsOneLineAndExitCodeTwo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      String port = String.valueOf(taken.getLocalPort());
      CliRun run = CliRun.run("serve", "--api-port", port, "--proxy-port", "0", ACADEMY);

      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err())
          .startsWith("upsim serve: cannot listen on 127.0.0.1:" + port)
          .endsWith("choose another port with --api-port" + System.lineSeparator());
    }
  }

  @Test
  void theHelpNamesEveryOptionAndAnExample() {
    CliRun run = CliRun.run("serve", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    for (String option :
        List.of(
            "--project", "--env", "--api-port", "--proxy-port", "--signing", "--clock", "--seed")) {
      assertThat(run.out()).contains(option);
    }
    assertThat(run.out()).contains("upsim serve scenarios/configs/academy");
  }

  @Test
  void sigtermStopsTheServerCleanly(@TempDir Path dir) throws Exception {
    Process serve = startServe(dir);

    serve.destroy();

    assertStoppedCleanly(serve, dir);
  }

  @Test
  void ctrlCStopsTheServerCleanly(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/kill")), "no /bin/kill to send SIGINT with: skipped");
    Process serve = startServe(dir);

    new ProcessBuilder("/bin/kill", "-INT", String.valueOf(serve.pid())).start().waitFor();

    assertStoppedCleanly(serve, dir);
  }

  /** Starts upsim serve in a JVM of its own and waits until it says it serves. */
  private static Process startServe(Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--api-port",
                "0",
                "--proxy-port",
                "0",
                ACADEMY)
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Files.readString(dir.resolve("out")).contains("Stop with Ctrl-C.")) {
      assertThat(serve.isAlive()).as("upsim serve is still running").isTrue();
      assertThat(System.nanoTime()).as("upsim serve started in time").isLessThan(deadline);
      Thread.sleep(100);
    }
    return serve;
  }

  private static void assertStoppedCleanly(Process serve, Path dir) throws Exception {
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped in time").isTrue();
    String out = Files.readString(dir.resolve("out"));
    String err = Files.readString(dir.resolve("err"));

    assertThat(out).endsWith("upsim serve: stopped" + System.lineSeparator());
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SLF4J");
  }
}
