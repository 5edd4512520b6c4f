package dev.upsim.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunRequestBodyTest {

  @Test
  void anEmptyBodyMeansNoVariables() {
    assertThat(RunRequestBody.parse(null)).isEqualTo(variables(Map.of()));
    assertThat(RunRequestBody.parse("  ")).isEqualTo(variables(Map.of()));
    assertThat(RunRequestBody.parse("{}")).isEqualTo(variables(Map.of()));
    assertThat(RunRequestBody.parse("{\"variables\": {}}")).isEqualTo(variables(Map.of()));
  }

  @Test
  void envVariablesAreRead() {
    String body = "{\"variables\": {\"env\": {\"TARGET\": \"s3\", \"DRY_RUN\": \"1\"}}}";

    assertThat(RunRequestBody.parse(body))
        .isEqualTo(variables(Map.of("TARGET", "s3", "DRY_RUN", "1")));
  }

  @Test
  void somethingOtherThanAnObjectIsRefused() {
    assertThat(problem("[1, 2]")).contains("must be a JSON object");
    assertThat(problem("\"run\"")).contains("must be a JSON object");
    assertThat(problem("{not json")).contains("not valid JSON");
    assertThat(problem("{} {}")).contains("not valid JSON");
  }

  @Test
  void keysOtherThanVariablesAndEnvAreRefusedByName() {
    assertThat(problem("{\"variables\": {}, \"force\": true}")).contains("'force'");
    assertThat(problem("{\"variables\": {\"php\": {}}}")).contains("'variables.php'");
  }

  @Test
  void variablesMustBeStringsWithProperNames() {
    assertThat(problem("{\"variables\": []}")).contains("'variables' must be an object");
    assertThat(problem("{\"variables\": {\"env\": 3}}")).contains("'variables.env' must be");
    assertThat(problem("{\"variables\": {\"env\": {\"N\": 3}}}")).contains("must be a string");
    assertThat(problem("{\"variables\": {\"env\": {\"1X\": \"a\"}}}"))
        .contains("not a variable name");
  }

  private static RunRequestBody.Parsed variables(Map<String, String> env) {
    return new RunRequestBody.Variables(env);
  }

  private static String problem(String body) {
    return ((RunRequestBody.Invalid) RunRequestBody.parse(body)).problem();
  }
}
