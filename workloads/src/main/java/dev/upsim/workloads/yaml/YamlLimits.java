package dev.upsim.workloads.yaml;

/**
 * How much a YAML file may hold before it is refused. They keep a hostile file (a huge file, an
 * alias bomb, thousands of nested lists) from exhausting memory, time or the stack of whoever walks
 * the tree; a real configuration is far below each of them.
 *
 * @param maxFileBytes files larger than this are refused before parsing
 * @param maxDepth the deepest nesting of mappings and lists, aliases expanded
 * @param maxNodes the number of nodes in the tree with every alias expanded in place, which is what
 *     a consumer visiting the tree would walk through
 */
public record YamlLimits(long maxFileBytes, int maxDepth, long maxNodes) {

  /** 50 MB, 64 levels, 250,000 nodes. */
  public static final YamlLimits DEFAULT = new YamlLimits(50L * 1024 * 1024, 64, 250_000);

  public YamlLimits {
    if (maxFileBytes < 1 || maxDepth < 1 || maxNodes < 1) {
      throw new IllegalArgumentException("YAML limits must be positive");
    }
  }
}
