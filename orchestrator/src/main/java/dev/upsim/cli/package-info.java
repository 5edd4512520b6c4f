/**
 * The {@code upsim} command line: one picocli command class per sub-command, registered in {@link
 * dev.upsim.cli.Main} and started by {@link dev.upsim.cli.Launcher}, and the small renderers they
 * print with. Commands read from the workloads module and write reports to stdout; problems with
 * the user's input end with a one-line message and exit code 2, anything unexpected with one line
 * and exit code 70, never a stack trace unless asked for. Renderers are plain classes, tested
 * without the command line.
 */
package dev.upsim.cli;
