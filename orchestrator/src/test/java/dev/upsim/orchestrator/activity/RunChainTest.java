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
}
