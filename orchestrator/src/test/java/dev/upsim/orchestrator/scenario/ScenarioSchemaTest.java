package dev.upsim.orchestrator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.upsim.auth.check.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenario format is a contract written as a JSON Schema. Every scenario of the library must
 * conform to it, and the parser must accept exactly what the schema accepts: on the library, on the
 * broken fixtures, and on edge cases of YAML typing. The only documents the two judge differently
 * are those the parser rejects for reasons a schema cannot see (a duplicate key, a name that refers
 * to nothing, a project or environment name that tokens cannot carry), listed in {@link
 * #SEMANTIC_ONLY}.
 */
class ScenarioSchemaTest {

  /** Broken fixtures that are well-formed for the schema; the parser knows better. */
  static final List<String> SEMANTIC_ONLY =
      List.of(
          "bad-names.yaml",
          "duplicate-key.yaml",
          "reserved-save-name.yaml",
          "unknown-environment-in-step.yaml",
          "unknown-grant.yaml",
          "unknown-setting.yaml",
          "unsaved-token-name.yaml");

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    Path file = ScenarioFiles.LIBRARY.resolve("schema/upsim-scenario.schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
  }

  static Stream<Path> libraryScenarios() throws IOException {
    return ScenarioFiles.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraryScenarios")
  void libraryScenarioConformsToTheSchema(Path file) throws IOException {
    assertThat(schemaProblems(Files.readString(file))).isEmpty();
  }

  static Stream<Path> brokenFixtures() throws IOException {
    try (Stream<Path> files = Files.list(ScenarioParserErrorTest.BROKEN)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFixtures")
  void brokenFixtureIsRejectedByTheSchemaUnlessOnlyItsMeaningIsWrong(Path file) throws IOException {
    boolean semanticOnly = SEMANTIC_ONLY.contains(file.getFileName().toString());

    assertThat(schemaProblems(Files.readString(file)).isEmpty()).isEqualTo(semanticOnly);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "steps: []",
        "description: |\n  text",
        "seed: -3",
        "seed: 1.0",
        "seed: 1.5",
        "seed: '1'",
        "seed: 0x10",
        "name: 42",
        "name: 'yes'",
        "name: yes",
        "name: ''",
        "description: ~",
        "description: 1:30",
        "project: ''",
        "environments: {}",
        "environments: {main: production, pr-4: development}",
        "environments: {main: Production}",
        "settings: {chain.max-depth: 32, cron.maximum-offset: 0s, flag: on}",
        "settings: {chain.max-depth: ~}",
        "settings: {chain.max-depth: [32]}",
        "start: 2026-01-05T00:00:00Z",
        "start: 2026-01-05t00:00:00.250+02:00",
        "start: 2026-01-05",
        "start: 2026-02-30T00:00:00Z",
        "expect-config-error: {contains: x}",
        "expect-config-error: {line: 1, column: 1, contains: x}",
        "expect-config-error: {line: 1}",
        "expect-config-error: {contains: ''}",
        "programs: {task:x: []}",
        "programs: {app:x: []}",
        "programs: {task:X: []}",
        "programs: {task:x: [{sleep: 1h30m}, {sleep: 30s1h}, {sleep: 0}]}",
        "programs: {task:x: [{sleep: 250ms}]}",
        "programs: {task:x: [{sleep: '90'}]}",
        "programs: {task:x: [{sleep: 1:30}]}",
        "programs: {task:x: [{log: hi, stderr: yes}, {log: 'on'}, {exit: 0}, {exit: 255.0}]}",
        "programs: {task:x: [{log: on}]}",
        "programs: {task:x: [{exit: 256}]}",
        "programs: {task:x: [{exit: -1}]}",
        "programs: {task:x: [{trigger: y, variables: {A: 1, B: true, C: c}}]}",
        "programs: {task:x: [{trigger: y, variables: {A: ~}}]}",
        "programs: {task:x: [{token: {}, save: t}, {call: GET /, token: t, body: ~}]}",
        "programs: {task:x: [{token: {ttl: 15m}, expect: 200, name: n}]}",
        "programs: {task:x: [{cancel: y, expect: {status: 202}}]}",
        "programs: {task:x: [{sleep: 1m, log: x}]}",
        "programs: {task:x: [{}]}",
        "steps: [{as: app:a, token: {}}, {as: app:a, token: {ttl: 90}, save: s}]",
        "steps: [{as: app:a, token: ~}]",
        "steps: [{as: app:a, token: {ttl: soon}}]",
        "steps: [{as: app:a, token: {}, body: x}]",
        "steps: [{as: 'app:a', call: 'GET /x', token: none, body: {a: [1, 2.5, yes, ~]}}]",
        "steps: [{as: app:a, call: 'get /x'}]",
        "steps: [{as: app:a, call: 'GET  /x'}]",
        "steps: [{as: app:a, call: 'GET /x', token: {}}]",
        "steps: [{as: app:a, call: 'GET /x', token: 3}]",
        "steps: [{as: app:a, trigger: t, expect: 202.0}]",
        "steps: [{as: app:a, trigger: t, expect: 99}]",
        "steps: [{as: app:a, trigger: t, expect: '202'}]",
        "steps: [{as: app:a, trigger: t, expect: {}}]",
        "steps: [{as: app:a, trigger: t, expect: {reason: expired, error-contains: ''}}]",
        "steps: [{as: app:a, trigger: t, expect: {reason: Expired}}]",
        "steps: [{as: app:a, trigger: t, expect: {expires-in: -5, grants: []}}]",
        "steps: [{as: app:a, trigger: t, expect: {expires-in: 1.5}}]",
        "steps: [{as: app:a, trigger: t, expect: {grants: env:view}}]",
        "steps: [{as: app:a, trigger: 12}]",
        "steps: [{as: app:a, cancel: t, name: n, in: main}]",
        "steps: [{as: app:a, cancel: t, trigger: t}]",
        "steps: [{as: app:a}]",
        "steps: [{trigger: t}]",
        "steps: [{as: 'worker:a/b', trigger: t}, {as: 'cron:a/b', trigger: t}]",
        "steps: [{as: 'worker:a', trigger: t}]",
        "steps: [{as: 'task:a/b', trigger: t}]",
        "steps: [{advance: 5m, name: n}, {advance: 0}, {settle: true}, {settle: yes}]",
        "steps: [{advance: 5m, in: main}]",
        "steps: [{settle: false}]",
        "steps: [{settle: ~}]",
        "steps: [{deploy: main}, {deploy: main, config: other, name: n}]",
        "steps: [{deploy: main, as: app:a}]",
        "steps: [{expect-activities: [], in: main, name: n}]",
        "steps: [{expect-activities: [{a: pending}, {b: complete}, {c: complete failure}]}]",
        "steps: [{expect-activities: [{a: complete successful}]}]",
        "steps: [{expect-activities: [{}]}]",
        "steps: [{expect-activities: [{a: pending, b: pending}]}]",
        "steps: [{expect-activities: [a]}]",
        "steps: [{sleep: 5m}]",
        "steps: [[]]",
        "steps: {}",
        "unknown: 1",
      })
  void parserAcceptsExactlyWhatTheSchemaAccepts(String lines) {
    String document = "name: Edge\nconfig: c\n" + lines + "\n";
    if (lines.startsWith("name:")) {
      document = "config: c\n" + lines + "\n";
    }

    boolean schemaAccepts = schemaProblems(document).isEmpty();
    ParseResult parsed =
        new ScenarioParser(ScenarioParserTest.SETTINGS).parse(document, Path.of("edge.yaml"));

    assertThat(parsed instanceof ParseResult.Parsed)
        .as("parser agrees with the schema (schema accepts: %s): %s", schemaAccepts, parsed)
        .isEqualTo(schemaAccepts);
  }

  @Test
  void schemaListsTheSameReasonCodesAsTheParser() throws IOException {
    String text =
        Files.readString(ScenarioFiles.LIBRARY.resolve("schema/upsim-scenario.schema.json"));
    String codes = String.join("\", \"", ExpectationReader.REASONS);

    assertThat(text.replaceAll("\\s+", " ")).contains(codes.replace("\n", " "));
  }

  @Test
  void everyReasonTheRuntimeGivesCanBeExpected() {
    assertThat(ExpectationReader.REASONS)
        .containsExactlyInAnyOrderElementsOf(Stream.of(Reason.values()).map(Reason::code).toList());
  }

  private static Set<ValidationMessage> schemaProblems(String yaml) {
    return schema.validate(yaml, InputFormat.YAML);
  }
}
