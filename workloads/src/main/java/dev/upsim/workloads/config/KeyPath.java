package dev.upsim.workloads.config;

/** Dotted key paths as errors print them: {@code applications.shop.authorizations[0].type}. */
public final class KeyPath {

  private KeyPath() {}

  /** The path of {@code key} inside the mapping at {@code path}. */
  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of item {@code index} of the list at {@code path}. */
  public static String item(String path, int index) {
    return path + "[" + index + "]";
  }
}
