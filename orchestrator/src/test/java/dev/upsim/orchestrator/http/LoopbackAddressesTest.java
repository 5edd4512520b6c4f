package dev.upsim.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loopback addresses for proxies: one each, never twice, never a .0 or a .255. */
class LoopbackAddressesTest {

  @Test
  void addressesStartAfterTheUsualLoopbackAndCountUp() {
    LoopbackAddresses addresses = new LoopbackAddresses();

    assertThat(List.of(addresses.next(), addresses.next(), addresses.next()))
        .containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4");
  }

  @Test
  void theHostPartsZeroAndTwoHundredFiftyFiveAreSkipped() {
    LoopbackAddresses addresses = new LoopbackAddresses();
    List<String> handedOut = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      handedOut.add(addresses.next());
    }

    assertThat(handedOut).doesNotHaveDuplicates();
    assertThat(handedOut).noneMatch(address -> address.endsWith(".0") || address.endsWith(".255"));
    assertThat(handedOut.get(252)).isEqualTo("127.0.0.254");
    assertThat(handedOut.get(253)).isEqualTo("127.0.1.1");
  }
}
