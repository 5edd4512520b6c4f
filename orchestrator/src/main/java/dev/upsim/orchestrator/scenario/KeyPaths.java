package dev.upsim.orchestrator.scenario;

/** Key paths as scenario errors print them: {@code steps[3].expect.reason}. */
final class KeyPaths {

  private KeyPaths() {}

  /** The path of {@code key} inside the mapping at {@code path}. */
  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of item {@code index} of the list at {@code path}. */
  static String item(String path, int index) {
    return path + "[" + index + "]";
  }
}
