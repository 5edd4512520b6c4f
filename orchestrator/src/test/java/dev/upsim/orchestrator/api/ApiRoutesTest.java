package dev.upsim.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.api.ApiRoute.Kind;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

  private static final String ENV = "/projects/p1/environments/main";

  @Test
  void everyCallOfTheEnvironmentApiIsKnown() {
    assertThat(found("GET", "/projects/p1/environments"))
        .isEqualTo(new ApiRoute(Kind.LIST_ENVIRONMENTS, "p1", null, null));
    assertThat(found("GET", ENV)).isEqualTo(new ApiRoute(Kind.ENVIRONMENT, "p1", "main", null));
    assertThat(found("GET", ENV + "/activities").kind()).isEqualTo(Kind.ACTIVITIES);
    assertThat(found("GET", ENV + "/activities/a1"))
        .isEqualTo(new ApiRoute(Kind.ACTIVITY, "p1", "main", "a1"));
    assertThat(found("GET", ENV + "/activities/a1/log").kind()).isEqualTo(Kind.ACTIVITY_LOG);
    assertThat(found("POST", ENV + "/activities/a1/cancel").kind()).isEqualTo(Kind.CANCEL_ACTIVITY);
    assertThat(found("GET", ENV + "/tasks").kind()).isEqualTo(Kind.TASKS);
    assertThat(found("GET", ENV + "/tasks/export").name()).isEqualTo("export");
    assertThat(found("POST", ENV + "/tasks/export/run").kind()).isEqualTo(Kind.RUN_TASK);
    assertThat(found("GET", ENV + "/deployments").kind()).isEqualTo(Kind.DEPLOYMENTS);
  }

  @Test
  void aTaskMayBeNamedLikeAPathWord() {
    assertThat(found("POST", ENV + "/tasks/run/run"))
        .isEqualTo(new ApiRoute(Kind.RUN_TASK, "p1", "main", "run"));
    assertThat(found("GET", ENV + "/tasks/log").name()).isEqualTo("log");
  }

  @Test
  void aQueryStringAndATrailingSlashAreIgnored() {
    assertThat(found("GET", ENV + "/activities/?limit=5").kind()).isEqualTo(Kind.ACTIVITIES);
  }

  @Test
  void unknownPathsAreNotFound() {
    assertThat(ApiRoutes.match("GET", "/projects/p1")).isInstanceOf(ApiRoutes.NotFound.class);
    assertThat(ApiRoutes.match("GET", ENV + "/routes")).isInstanceOf(ApiRoutes.NotFound.class);
    assertThat(ApiRoutes.match("GET", ENV + "/tasks/a/b/c")).isInstanceOf(ApiRoutes.NotFound.class);
    assertThat(ApiRoutes.match("GET", "/projects//environments/main"))
        .isInstanceOf(ApiRoutes.NotFound.class);
    assertThat(ApiRoutes.match("GET", "no-slash")).isInstanceOf(ApiRoutes.NotFound.class);
  }

  @Test
  void aKnownPathWithAnotherMethodNamesTheAllowedOne() {
    assertThat(ApiRoutes.match("GET", ENV + "/tasks/export/run"))
        .isEqualTo(new ApiRoutes.WrongMethod("POST"));
    assertThat(ApiRoutes.match("DELETE", ENV)).isEqualTo(new ApiRoutes.WrongMethod("GET"));
  }

  private static ApiRoute found(String method, String path) {
    return ((ApiRoutes.Found) ApiRoutes.match(method, path)).route();
  }
}
