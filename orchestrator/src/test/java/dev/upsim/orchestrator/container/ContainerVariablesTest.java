package dev.upsim.orchestrator.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerVariablesTest {

  @Test
  void runVariablesOverrideTheConfigurationAndThePlatformOverridesBoth() {
    Map<String, String> variables =
        ContainerVariables.of(
            "p1",
            "pr-4",
            "development",
            "export",
            Map.of("MODE", "config", "KEEP", "yes"),
            Map.of("MODE", "run", "PLATFORM_PROJECT", "forged"),
            "http://127.0.0.1:8100");

    assertThat(variables)
        .containsEntry("MODE", "run")
        .containsEntry("KEEP", "yes")
        .containsEntry("PLATFORM_PROJECT", "p1")
        .containsEntry("PLATFORM_ENVIRONMENT", "pr-4")
        .containsEntry("PLATFORM_BRANCH", "pr-4")
        .containsEntry("PLATFORM_ENVIRONMENT_TYPE", "development")
        .containsEntry("PLATFORM_APPLICATION_NAME", "export")
        .containsEntry("UPSIM_API_URL", "http://127.0.0.1:8100");
  }

  @Test
  void variablesMadeHereAreKeptAsTheyAreAndOthersAreCopiedSortedAndUnmodifiable() {
    Map<String, String> made =
        ContainerVariables.of("p1", "main", "production", "shop", Map.of(), Map.of(), "http://api");
    Map<String, String> given = new HashMap<>(Map.of("B", "2", "A", "1"));
    Map<String, String> copied = ContainerVariables.frozen(given);
    given.put("C", "3");

    assertThat(ContainerVariables.frozen(made)).isSameAs(made);
    assertThat(copied.keySet()).containsExactly("A", "B");
    assertThatThrownBy(() -> copied.put("D", "4"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anUnmodifiableViewOverAMapStillChangingIsCopied() {
    java.util.SortedMap<String, String> owner = new java.util.TreeMap<>(Map.of("A", "1"));
    Map<String, String> view = java.util.Collections.unmodifiableSortedMap(owner);
    Map<String, String> frozen = ContainerVariables.frozen(view);
    owner.put("B", "2");

    assertThat(frozen).isNotSameAs(view).containsOnlyKeys("A");
  }
}
