package dev.upsim.orchestrator.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunChainTest {

  @Test
  void rootChainIsOneRunDeep() {
    assertThat(RunChain.root("export").depth()).isEqualTo(1);
  }

  @Test
  void extendingAddsTheTriggeredTaskAtTheEnd() {
    RunChain chain = RunChain.root("export").extend("cleanup");

    assertThat(chain.tasks()).containsExactly("export", "cleanup");
    assertThat(chain.depth()).isEqualTo(2);
    assertThat(chain.loopReported()).isFalse();
  }

  @Test
  void revisitingATaskNamesTheLoopFromItsFirstVisit() {
    RunChain chain = RunChain.root("import").extend("export").extend("cleanup");

    assertThat(chain.loopClosedBy("export")).contains("export -> cleanup -> export");
    assertThat(chain.loopClosedBy("report")).isEmpty();
  }

  @Test
  void aChainThatRevisitedATaskRemembersTheLoopWasReported() {
    RunChain chain = RunChain.root("export").extend("cleanup").extend("export");

    assertThat(chain.loopReported()).isTrue();
    assertThat(chain.extend("cleanup").loopReported()).isTrue();
  }

  @Test
  void onlyTheFirstRevisitClosesALoop() {
    RunChain looped = RunChain.root("ping").extend("pong").extend("ping");

    assertThat(RunChain.root("ping").extend("pong").closesLoop()).isFalse();
    assertThat(looped.closesLoop()).isTrue();
    assertThat(looped.extend("pong").closesLoop()).isFalse();
  }

  @Test
  void aShortChainIsWrittenWhole() {
    RunChain chain = RunChain.root("export").extend("cleanup").extend("report");

    assertThat(chain).hasToString("export -> cleanup -> report");
  }

  @Test
  void aLongChainIsWrittenWithItsEndsAndItsDepthYetListsEveryTask() {
    RunChain chain = RunChain.root("step-0");
    for (int i = 1; i < 1000; i++) {
      chain = chain.extend("step-" + i);
    }

    assertThat(chain)
        .hasToString(
            "step-0 -> step-1 -> step-2 -> ... -> step-997 -> step-998 -> step-999 (1000 runs)");
    assertThat(chain.tasks()).hasSize(1000).startsWith("step-0").endsWith("step-999");
    assertThat(chain.depth()).isEqualTo(1000);
  }

  @Test
  void aRevisitIsFoundAtEveryDepthOfALongChainAndATaskNeverVisitedIsNot() {
    RunChain chain = RunChain.root("step-0");
    for (int i = 1; i < 300; i++) {
      chain = chain.extend("step-" + i);
    }

    for (int i : new int[] {0, 1, 62, 63, 64, 65, 127, 128, 200, 255, 256, 299}) {
      assertThat(chain.extend("step-" + i).closesLoop()).as("step-%d", i).isTrue();
    }
    assertThat(chain.extend("step-300").closesLoop()).isFalse();
    assertThat(chain.loopClosedBy("step-297"))
        .contains("step-297 -> step-298 -> step-299 -> step-297");
  }

  @Test
  void aRevisitIsFoundAcrossTheLongSegmentsOfAVeryLongChain() {
    RunChain chain = RunChain.root("step-0");
    for (int i = 1; i < 9000; i++) {
      chain = chain.extend("step-" + i);
    }

    int[] visited = {0, 1, 4095, 4096, 4097, 4159, 4160, 8191, 8192, 8193, 8960, 8999};
    for (int i : visited) {
      assertThat(chain.extend("step-" + i).closesLoop()).as("step-%d", i).isTrue();
    }
    assertThat(chain.extend("step-9000").closesLoop()).isFalse();
  }

  @Test
  void branchesOfOneChainDoNotSeeEachOthersTasks() {
    RunChain trunk = RunChain.root("root");
    for (int i = 1; i < 100; i++) {
      trunk = trunk.extend("trunk-" + i);
    }
    RunChain left = trunk;
    RunChain right = trunk;
    for (int i = 0; i < 100; i++) {
      left = left.extend("left-" + i);
      right = right.extend("right-" + i);
    }

    assertThat(left.extend("right-5").closesLoop()).isFalse();
    assertThat(left.extend("left-5").closesLoop()).isTrue();
    assertThat(right.extend("trunk-7").closesLoop()).isTrue();
  }

  @Test
  void aShortChainShowsEveryTaskAndALongOneItsFirstAndLastThree() {
    RunChain chain = RunChain.root("step-0");
    for (int i = 1; i < 7; i++) {
      chain = chain.extend("step-" + i);
    }
    RunChain longer = chain.extend("step-7");

    assertThat(chain.ends()).hasSize(7).isEqualTo(chain.tasks());
    assertThat(chain.isShortened()).isFalse();
    assertThat(longer.ends())
        .containsExactly("step-0", "step-1", "step-2", "step-5", "step-6", "step-7");
    assertThat(longer.isShortened()).isTrue();
  }

  @Test
  void chainsOfTheSameTasksAreEqual() {
    assertThat(RunChain.root("a").extend("b")).isEqualTo(RunChain.root("a").extend("b"));
    assertThat(RunChain.root("a").extend("b")).isNotEqualTo(RunChain.root("b").extend("a"));
  }
}
