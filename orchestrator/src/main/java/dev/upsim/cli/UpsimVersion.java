package dev.upsim.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The answer to {@code upsim --version}: the version the shaded jar's manifest carries, and the
 * Java runtime, which matters when reporting a problem.
 */
public final class UpsimVersion implements IVersionProvider {

  /** Lines for {@code --version}; "development build" when not run from the packaged jar. */
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "upsim " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
