/**
 * A small YAML reader that remembers where every key and value stands, so that configuration and
 * scenario errors can name a file, a line and a column. {@link
 * dev.upsim.workloads.yaml.LocatedYaml} reads one file into a tree of {@link
 * dev.upsim.workloads.yaml.YamlNode}s (mappings keep their order, scalars keep their text and
 * whether they were quoted) and turns every problem, hostile input included, into a {@link
 * dev.upsim.workloads.config.ConfigError} instead of an exception: files that are too large, not
 * UTF-8 or empty, tab indentation, duplicate keys, more than one document, nesting deeper than a
 * limit, and anchors and aliases that would expand past a limit. It is built on SnakeYAML's event
 * parser, the parser under Jackson's YAML support, because Jackson's streaming parser drops anchors
 * on scalars, reads an empty value as an empty string and hides how a scalar was quoted.
 */
package dev.upsim.workloads.yaml;
