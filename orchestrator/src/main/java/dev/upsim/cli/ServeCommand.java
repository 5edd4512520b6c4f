package dev.upsim.cli;

import dev.upsim.auth.token.Signing;
import dev.upsim.orchestrator.http.ClockMode;
import dev.upsim.orchestrator.http.ServeException;
import dev.upsim.orchestrator.http.ServeOptions;
import dev.upsim.orchestrator.http.UpsimServer;
import dev.upsim.orchestrator.scenario.ParseResult;
import dev.upsim.orchestrator.scenario.Scenario;
import dev.upsim.orchestrator.scenario.ScenarioChecks;
import dev.upsim.orchestrator.scenario.ScenarioParser;
import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.config.ProjectConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code upsim serve PATH}: deploys a configuration and serves its environment API and every
 * container's auth proxy over HTTP on loopback until interrupted, so that real programs can be
 * pointed at them.
 */
@Command(
    name = "serve",
    description = {
      "Serve the environment API and each container's auth proxy over HTTP on loopback.",
      "The API listens on 127.0.0.1:8100; each container's proxy on an address of its own,"
          + " 127.0.0.2:8200, 127.0.0.3:8200, ... Stop with Ctrl-C."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  upsim serve scenarios/configs/academy",
      "  upsim serve --env main --env pr-4:development scenarios/configs/academy",
      "  upsim serve --signing ed25519 --clock virtual --api-port 9100 scenarios/configs/academy",
      "  upsim serve --scenario scenarios/quickstart.yaml scenarios/configs/academy",
      "%nExit codes: 0 stopped, 2 invalid configuration, address taken (or a usage error),"
          + " 70 internal error."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin private HelpOption help;

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Mixin private ConfigArgument configPath;

  @Option(
      names = "--project",
      paramLabel = "ID",
      description = "The project id (default: project).")
  private String project = "project";

  @Option(
      names = "--env",
      paramLabel = "NAME[:TYPE]",
      converter = EnvironmentConverter.class,
      description =
          "An environment to deploy, repeatable; TYPE is production, staging or development"
              + " (default: main:production, and development for other names).")
  private List<Map.Entry<String, String>> environments = List.of();

  @Option(
      names = "--api-port",
      paramLabel = "N",
      description = "The environment API's port on 127.0.0.1 (default: 8100; 0: any free port).")
  private Integer apiPort;

  @Option(
      names = "--proxy-port",
      paramLabel = "N",
      description = "Every proxy's port on its own address (default: 8200; 0: a free port each).")
  private Integer proxyPort;

  @Option(
      names = "--signing",
      paramLabel = "ALG",
      description = "hs256 (default) or ed25519, which also publishes /.well-known/jwks.json.")
  private Signing signing = Signing.HS256;

  @Option(
      names = "--clock",
      paramLabel = "MODE",
      description =
          "wall (default): simulated time follows the wall clock; virtual: it moves only with"
              + " POST /__upsim/clock/advance?by=15m.")
  private ClockMode clock = ClockMode.WALL;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "Take what workloads do from FILE's programs: (and its settings:); without it, task"
              + " runs complete at once with success.")
  private Path scenario;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "The seed of activity ids and signing keys (default: 0).")
  private long seed;

  /** Serves the configuration at PATH until the process is interrupted. */
  @Override
  public Integer call() throws InterruptedException {
    Optional<ProjectConfig> loaded = configPath.loadOrReport(spec.commandLine().getErr(), style());
    if (loaded.isEmpty()) {
      return ExitCode.USAGE;
    }
    ProjectConfig config = loaded.get();

    ParseResult parsed = scenario == null ? null : parseScenario();
    List<ConfigError> problems = parsed == null ? List.of() : problems(parsed, config);
    if (!problems.isEmpty()) {
      return rejected(scenario, problems);
    }
    return serve(withScenario(options(config), parsed));
  }

  /** Serves {@code options} until the JVM shuts down, which stops the server first. */
  private int serve(ServeOptions options) throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    UpsimServer server = start(options, out);

    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, out), "upsim-serve-stop"));
    server.awaitStop();
    return ExitCode.OK;
  }

  private int rejected(Path file, List<ConfigError> errors) {
    ConfigArgument.printErrors(file, errors, spec.commandLine().getErr(), style());
    return ExitCode.USAGE;
  }

  private ServeOptions options(ProjectConfig config) {
    return ServeOptions.of(config)
        .withProject(project)
        .withEnvironments(environments())
        .withSeed(seed)
        .withSigning(signing)
        .withClock(clock)
        .withPorts(apiPort, proxyPort);
  }

  private ParseResult parseScenario() {
    if (!Files.isRegularFile(scenario)) {
      throw new InputProblem(scenario + ": no such scenario file");
    }
    return ScenarioParser.withReferenceSettings().parse(scenario);
  }

  /** The problems of the scenario file: its own, or its programs' against {@code config}. */
  private static List<ConfigError> problems(ParseResult parsed, ProjectConfig config) {
    if (parsed instanceof ParseResult.Rejected rejected) {
      return rejected.errors();
    }
    return ScenarioChecks.against(((ParseResult.Parsed) parsed).scenario(), config);
  }

  /** {@code options} with the programs and settings of the scenario; its steps are not played. */
  private static ServeOptions withScenario(ServeOptions options, ParseResult parsed) {
    if (parsed == null) {
      return options;
    }
    Scenario scenario = ((ParseResult.Parsed) parsed).scenario();
    Map<String, String> settings = new LinkedHashMap<>();
    scenario.settings().forEach(setting -> settings.put(setting.name(), setting.value()));
    return options.withPrograms(scenario.programs()).withSettings(settings);
  }

  private Map<String, String> environments() {
    if (environments.isEmpty()) {
      return Map.of("main", "production");
    }
    Map<String, String> named = new LinkedHashMap<>();
    for (Map.Entry<String, String> environment : environments) {
      if (named.put(environment.getKey(), environment.getValue()) != null) {
        throw new InputProblem("--env " + environment.getKey() + " is given twice");
      }
    }
    return named;
  }

  private static UpsimServer start(ServeOptions options, PrintWriter out) {
    try {
      return UpsimServer.start(options, out);
    } catch (ServeException cannotServe) {
      throw new InputProblem(cannotServe.getMessage());
    }
  }

  /** Stops {@code server} as the JVM shuts down (Ctrl-C, SIGTERM), and says so. */
  private static void stop(UpsimServer server, PrintWriter out) {
    try {
      server.close();
      out.println("upsim serve: stopped");
    } catch (RuntimeException unclean) {
      out.println("upsim serve: stopped, not cleanly: " + unclean.getMessage());
    }
    out.flush();
  }

  private Style style() {
    return main.terminal().style();
  }
}
