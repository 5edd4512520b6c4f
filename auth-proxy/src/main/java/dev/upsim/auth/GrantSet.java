package dev.upsim.auth;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * A set of grants that nobody can change, iterated in their text order, as proxies and tokens hold
 * them. Being its own type is what lets holders share one instead of copying: {@link #of} returns a
 * GrantSet as it is, so a proxy's identity, every token it issues and the trace share one set. A
 * sorted array, not a tree: a workload holds a handful of grants, and a proxy lives long.
 */
public final class GrantSet extends AbstractSet<Grant> {

  private static final GrantSet EMPTY = new GrantSet(new Grant[0]);

  private final Grant[] sorted;

  private GrantSet(Grant[] sorted) {
    this.sorted = sorted;
  }

  /** {@code grants} as a GrantSet: the same instance when it already is one, else a copy. */
  public static GrantSet of(Collection<Grant> grants) {
    if (grants instanceof GrantSet same) {
      return same;
    }
    Grant[] sorted = new TreeSet<>(grants).toArray(new Grant[0]);
    return sorted.length == 0 ? EMPTY : new GrantSet(sorted);
  }

  @Override
  public Iterator<Grant> iterator() {
    // The list view's iterator refuses remove(), so the set stays as it was made.
    return Arrays.asList(sorted).iterator();
  }

  @Override
  public int size() {
    return sorted.length;
  }

  @Override
  public boolean contains(Object candidate) {
    return candidate instanceof Grant grant && Arrays.binarySearch(sorted, grant) >= 0;
  }
}
