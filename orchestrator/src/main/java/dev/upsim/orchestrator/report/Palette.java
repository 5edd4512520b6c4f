package dev.upsim.orchestrator.report;

import java.util.function.UnaryOperator;

/**
 * How reports mark text by meaning. The command line passes colours for a terminal; files, pipes,
 * tests and {@code NO_COLOR} get {@link #PLAIN}. Renderers pad text before marking it, so that
 * escape codes never count toward a column's width.
 *
 * @param strong a name or heading that should stand out
 * @param pass something that went as expected
 * @param fail something that did not, or a refusal
 * @param muted a side note the eye may skip
 */
public record Palette(
    UnaryOperator<String> strong,
    UnaryOperator<String> pass,
    UnaryOperator<String> fail,
    UnaryOperator<String> muted) {

  /** No marks at all. */
  public static final Palette PLAIN =
      new Palette(
          UnaryOperator.identity(),
          UnaryOperator.identity(),
          UnaryOperator.identity(),
          UnaryOperator.identity());
}
