package dev.upsim.workloads.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" hints: the candidate nearest to a misspelt word, if it is near enough. */
public final class Suggestions {

  /** Two edits cover most typos (a swapped, missing or extra letter) without wild guesses. */
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /** The candidate within two edits of {@code word}, the nearest first; empty when none is. */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    return candidates.stream()
        .filter(candidate -> distance(word, candidate) <= MAX_DISTANCE)
        .min(Comparator.comparingInt((String candidate) -> distance(word, candidate)));
  }

  /** {@code " (did you mean 'x'?)"} when a candidate is near, or an empty string. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return nearest(word, candidates).map(near -> " (did you mean '" + near + "'?)").orElse("");
  }

  /** The Levenshtein distance: insertions, deletions and substitutions to turn a into b. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
