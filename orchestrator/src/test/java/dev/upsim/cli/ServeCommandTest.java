package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsim serve}: what it refuses before serving, and a clean stop on SIGTERM and Ctrl-C. */
class ServeCommandTest {

  private static final String ACADEMY = "../scenarios/configs/academy";
  private static final String MAIN = "/projects/project/environments/main";

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
  void aScenarioThatIsNotValidIsReportedAndExitsTwo(@TempDir Path dir) throws IOException {
    Path scenario = dir.resolve("broken.yaml");
    String academy = Path.of(ACADEMY).toAbsolutePath().normalize().toString();
    Files.writeString(
        scenario,
        "name: a program for a task the configuration lacks\nconfig: "
            + academy
            + "\nprograms:\n  task:nope:\n    - exit: 0\nsteps:\n  - settle: true\n");

    CliRun run = CliRun.run("serve", "--scenario", scenario.toString(), ACADEMY);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("programs.task:nope").contains("1 error in " + scenario);
  }

  @Test
  void aMissingScenarioFileIsOneLine() {
    CliRun run = CliRun.run("serve", "--scenario", "no/such.yaml", ACADEMY);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .isEqualTo("upsim serve: no/such.yaml: no such scenario file" + System.lineSeparator());
  }

  @Test
  void runsStartedOverHttpPlayTheScenariosProgramsAndSigtermStopsCleanly(@TempDir Path dir)
      throws Exception {
    Process serve =
        startServe(dir, "--scenario", "../scenarios/quickstart.yaml", "--clock", "virtual");
    String out = Files.readString(dir.resolve("out"));
    String api = find(out, "API +(http://127\\.0\\.0\\.1:\\d+)");
    String proxy = find(out, "app:admin +main +(http://[0-9.]+:\\d+)");
    HttpClient client = HttpClient.newHttpClient();

    String token =
        field(
            send(client, post(proxy + "/oauth2/token", "grant_type=client_credentials")),
            "access_token");
    send(
        client,
        post(api + MAIN + "/tasks/export/run", "").header("Authorization", "Bearer " + token));
    String activities =
        send(
            client,
            HttpRequest.newBuilder(URI.create(api + MAIN + "/activities"))
                .header("Authorization", "Bearer " + token));
    serve.destroy();

    assertThat(activities)
        .contains(
            "\"parameters\":{\"task\":\"cleanup\"},\"state\":\"complete\",\"result\":\"success\"")
        .contains(
            "\"parameters\":{\"task\":\"export\"},\"state\":\"complete\",\"result\":\"success\"");
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

  /** Starts upsim serve with {@code options} in a JVM of its own; waits until it serves. */
  private static Process startServe(Path dir, String... options) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--api-port",
                "0",
                "--proxy-port",
                "0"));
    command.addAll(List.of(options));
    command.add(ACADEMY);
    Process serve =
        new ProcessBuilder(command)
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

  private static String find(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
    return matcher.group(1);
  }

  private static HttpRequest.Builder post(String url, String form) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(form));
  }

  private static String send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), BodyHandlers.ofString()).body();
  }

  private static String field(String json, String name) {
    return find(json, "\"" + name + "\":\"([^\"]+)\"");
  }

  private static void assertStoppedCleanly(Process serve, Path dir) throws Exception {
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped in time").isTrue();
    String out = Files.readString(dir.resolve("out"));
    String err = Files.readString(dir.resolve("err"));

    assertThat(out).endsWith("upsim serve: stopped" + System.lineSeparator());
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SLF4J");
  }
}
