package dev.upsim.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h, --help} option of a sub-command, mixed in with {@code @Mixin}. Sub-commands do not
 * take picocli's standard mixin, which would also give each of them a {@code --version}.
 */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help, with examples, and exit.")
  private boolean help;
}
