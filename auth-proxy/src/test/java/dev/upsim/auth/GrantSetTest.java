package dev.upsim.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GrantSetTest {

  private static final Grant EXPORT = Grant.operateTask("export");
  private static final Grant CLEANUP = Grant.operateTask("cleanup");

  @Test
  void aGrantSetIsSharedNotCopied() {
    GrantSet grants = GrantSet.of(List.of(EXPORT, Grant.ENV_VIEW));

    assertThat(GrantSet.of(grants)).isSameAs(grants);
  }

  @Test
  void itReadsLikeTheTreeSetItReplaces() {
    List<Grant> declared = List.of(EXPORT, Grant.ENV_VIEW, CLEANUP, EXPORT);
    Set<Grant> tree = new TreeSet<>(declared);
    GrantSet grants = GrantSet.of(declared);

    assertThat(grants).containsExactlyElementsOf(tree);
    assertThat(grants.toString()).isEqualTo(tree.toString());
    assertThat(grants).isEqualTo(new HashSet<>(declared)).hasSameHashCodeAs(tree);
    assertThat(grants.contains(CLEANUP)).isTrue();
    assertThat(grants.contains(Grant.operateTask("reindex"))).isFalse();
    assertThat(grants.contains("env:view")).isFalse();
  }

  @Test
  void nobodyCanChangeIt() {
    GrantSet grants = GrantSet.of(List.of(EXPORT, Grant.ENV_VIEW));

    assertThatThrownBy(() -> grants.add(CLEANUP)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> grants.iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(grants::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
