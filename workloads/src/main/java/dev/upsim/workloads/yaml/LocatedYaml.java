package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.ConfigError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one YAML file into a tree whose every node knows its file, line and column.
 *
 * <p>Whatever the file holds, the answer is a {@link YamlResult}: the top-level mapping, or the
 * problems as {@link ConfigError}s. Nothing is thrown. A problem with the file as a whole (missing,
 * unreadable, too large, empty) stands at line 1, column 1.
 *
 * <p>What is read: one document of YAML 1.1 as SnakeYAML parses it. Anchors and aliases work, and
 * so do merge keys ({@code <<: *defaults}); tags are ignored; scalars keep their text untyped; a
 * plain empty value, {@code ~} or {@code null} becomes a {@link YamlNull}. Duplicate keys, more
 * than one document and a top level that is not a mapping are errors.
 */
public final class LocatedYaml {

  private static final long MEGABYTE = 1024 * 1024;

  private LocatedYaml() {}

  /** Reads {@code file}, naming it in locations as the path reads, with the default limits. */
  public static YamlResult read(Path file) {
    return read(file, file.toString(), YamlLimits.DEFAULT);
  }

  /** Reads {@code file}, naming it {@code shownAs} in locations, with the default limits. */
  public static YamlResult read(Path file, String shownAs) {
    return read(file, shownAs, YamlLimits.DEFAULT);
  }

  /** Reads {@code file}, naming it {@code shownAs} in locations, within {@code limits}. */
  public static YamlResult read(Path file, String shownAs, YamlLimits limits) {
    String refusal = refusal(file, limits);
    if (refusal != null) {
      return failed(
          shownAs, refusal, "a readable YAML file of at most " + size(limits.maxFileBytes()));
    }
    try {
      byte[] bytes = readAtMost(file, limits.maxFileBytes());
      if (bytes.length > limits.maxFileBytes()) {
        return failed(
            shownAs,
            "the file grew past " + size(limits.maxFileBytes()) + " while it was read",
            "a file of at most " + size(limits.maxFileBytes()));
      }
      Utf8Text.Decoded decoded = Utf8Text.decode(bytes, shownAs);
      return decoded.error() != null
          ? new YamlResult.Failed(List.of(decoded.error()))
          : parse(decoded.text(), shownAs, limits);
    } catch (IOException e) {
      return failed(shownAs, "cannot read the file: " + reason(e), "a readable YAML file");
    }
  }

  /** Parses YAML text that came from {@code shownAs}, with the default limits. */
  public static YamlResult parse(String text, String shownAs) {
    return parse(text, shownAs, YamlLimits.DEFAULT);
  }

  /** Parses YAML text that came from {@code shownAs}, within {@code limits}. */
  public static YamlResult parse(String text, String shownAs, YamlLimits limits) {
    if (text.length() > limits.maxFileBytes()) {
      return failed(
          shownAs,
          "the text is longer than " + size(limits.maxFileBytes()),
          "at most " + size(limits.maxFileBytes()));
    }
    return new TreeBuilder(shownAs, limits, text).build();
  }

  /** Why the file cannot be read at all, checked before opening it; null when it can. */
  private static String refusal(Path file, YamlLimits limits) {
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (Files.isDirectory(file)) {
      return "this is a directory, not a YAML file";
    }
    if (!Files.isRegularFile(file)) {
      return "this is not a regular file";
    }
    if (!Files.isReadable(file)) {
      return "cannot read the file: permission denied";
    }
    try {
      long bytes = Files.size(file);
      return bytes <= limits.maxFileBytes() ? null : tooLarge(bytes, limits);
    } catch (IOException e) {
      return "cannot read the file: " + reason(e);
    }
  }

  private static String tooLarge(long bytes, YamlLimits limits) {
    return String.format(
        Locale.ROOT,
        "the file is %,d bytes, over the limit of %s; it was not parsed",
        bytes,
        size(limits.maxFileBytes()));
  }

  /** Reads at most one byte past {@code limit}, so that a growing file cannot exhaust memory. */
  private static byte[] readAtMost(Path file, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String size(long bytes) {
    return bytes % MEGABYTE == 0
        ? bytes / MEGABYTE + " MB"
        : String.format(Locale.ROOT, "%,d bytes", bytes);
  }

  private static YamlResult failed(String shownAs, String problem, String valid) {
    SourceLocation start = new SourceLocation(shownAs, 1, 1);
    return new YamlResult.Failed(List.of(new ConfigError(start, "", problem, valid)));
  }
}
