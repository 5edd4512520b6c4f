package dev.upsim.workloads.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.ConfigError;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatedYamlTest {

  private static final String DIR = "src/test/resources/yaml/";

  @TempDir Path temp;

  @Test
  void everyNodeKnowsItsFileLineAndColumn() {
    YamlMapping root = parsed("located.yaml");

    assertThat(root.keys())
        .containsExactly(
            "name", "count", "quoted", "single", "empty", "tilde", "list", "nested", "block");
    assertThat(root.entry("count").orElseThrow().keyAt()).isEqualTo(at("located.yaml", 3, 1));
    assertThat(root.get("count").orElseThrow().at()).isEqualTo(at("located.yaml", 3, 8));
    YamlSequence list = (YamlSequence) root.get("list").orElseThrow();
    assertThat(list.items().get(1).at()).isEqualTo(at("located.yaml", 10, 5));
    YamlMapping nested = (YamlMapping) root.get("nested").orElseThrow();
    assertThat(nested.entry("key").orElseThrow().keyAt()).isEqualTo(at("located.yaml", 12, 3));
  }

  @Test
  void scalarsKeepTheirTextAndWhetherTheyWereQuoted() {
    YamlMapping root = parsed("located.yaml");

    assertThat(root.get("count")).contains(new YamlScalar("3", false, at("located.yaml", 3, 8)));
    assertThat(root.get("quoted")).contains(new YamlScalar("3", true, at("located.yaml", 4, 9)));
    assertThat(root.get("single").orElseThrow())
        .extracting("text", "quoted")
        .containsExactly("yes", true);
    assertThat(root.get("block").orElseThrow())
        .extracting("text", "quoted")
        .containsExactly("line one\nline two\n", true);
  }

  @Test
  void emptyValuesAndTildeAreNull() {
    YamlMapping root = parsed("located.yaml");

    assertThat(root.get("empty").orElseThrow()).isInstanceOf(YamlNull.class);
    assertThat(root.get("tilde")).contains(new YamlNull(at("located.yaml", 7, 8)));
  }

  @Test
  void aliasesAndMergeKeysAreExpanded() {
    YamlMapping root = parsed("anchors.yaml");

    YamlMapping app = (YamlMapping) root.get("app").orElseThrow();
    assertThat(app.keys()).containsExactly("disk", "size");
    assertThat(((YamlScalar) app.get("disk").orElseThrow()).text()).isEqualTo("1024");
    assertThat(app.entry("size").orElseThrow().keyAt()).isEqualTo(at("anchors.yaml", 2, 3));
    assertThat(((YamlScalar) root.get("copy").orElseThrow()).text()).isEqualTo("shop");
  }

  @Test
  void anAliasBombIsStoppedByTheNodeLimit() {
    ConfigError error = onlyError("alias-bomb.yaml");

    assertThat(error.problem())
        .isEqualTo("the file expands to more than 250000 values once aliases are copied in place");
    assertThat(error.at()).isEqualTo(at("alias-bomb.yaml", 7, 16));
    assertThat(error.keyPath()).isEqualTo("f[2]");
  }

  @Test
  void deepNestingIsStoppedByTheDepthLimit() {
    ConfigError error = onlyError("deep-nesting.yaml");

    assertThat(error.problem()).isEqualTo("nested more than 64 levels deep");
    assertThat(error.at()).isEqualTo(at("deep-nesting.yaml", 66, 129));
    assertThat(error.valid()).isEqualTo("at most 64 levels of nested mappings and lists");
  }

  @Test
  void tabIndentationIsAnError() {
    ConfigError error = onlyError("tab-indent.yaml");

    assertThat(error.problem())
        .isEqualTo("a tab character stands where YAML expects indentation or a value");
    assertThat(error.valid()).contains("indentation with spaces only");
    assertThat(error.at()).isEqualTo(at("tab-indent.yaml", 3, 1));
  }

  @Test
  void duplicateKeysAreErrorsNamingBothPlaces() {
    List<ConfigError> errors = errors("duplicate-keys.yaml");

    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).at()).isEqualTo(at("duplicate-keys.yaml", 6, 3));
    assertThat(errors.get(0).keyPath()).isEqualTo("applications.shop");
    assertThat(errors.get(0).problem())
        .isEqualTo(
            "duplicate key 'shop': it is also defined at "
                + DIR
                + "duplicate-keys.yaml:2:3, and YAML would silently keep only one");
    assertThat(errors.get(1).at()).isEqualTo(at("duplicate-keys.yaml", 11, 5));
    assertThat(errors.get(1).keyPath()).isEqualTo("tasks.export.type");
  }

  @Test
  void aSecondDocumentIsAnError() {
    ConfigError error = onlyError("two-documents.yaml");

    assertThat(error.problem()).isEqualTo("a second YAML document starts here");
    assertThat(error.at()).isEqualTo(at("two-documents.yaml", 3, 1));
  }

  @Test
  void aFileWithOnlyCommentsIsEmpty() {
    ConfigError error = onlyError("comment-only.yaml");

    assertThat(error.problem()).isEqualTo("the file holds no YAML content");
    assertThat(error.at()).isEqualTo(at("comment-only.yaml", 1, 1));
  }

  @Test
  void anEmptyFileIsAnError() throws IOException {
    Path file = Files.createFile(temp.resolve("empty.yaml"));

    ConfigError error = onlyError(LocatedYaml.read(file, "empty.yaml"));

    assertThat(error.problem()).isEqualTo("the file holds no YAML content");
    assertThat(error.at()).isEqualTo(new SourceLocation("empty.yaml", 1, 1));
  }

  @Test
  void aRootThatIsNotAMappingIsAnError() {
    ConfigError error = onlyError("root-list.yaml");

    assertThat(error.problem()).isEqualTo("the top level is a list, not a mapping");
    assertThat(error.at()).isEqualTo(at("root-list.yaml", 1, 1));
  }

  @Test
  void aRecursiveAliasIsAnError() {
    ConfigError error = onlyError("recursive-alias.yaml");

    assertThat(error.problem()).isEqualTo("alias *loop refers to a node that contains it");
    assertThat(error.at()).isEqualTo(at("recursive-alias.yaml", 2, 9));
    assertThat(error.keyPath()).isEqualTo("loop.self");
  }

  @Test
  void anUnknownAliasIsAnError() {
    ConfigError error = onlyError("unknown-alias.yaml");

    assertThat(error.problem()).isEqualTo("unknown alias *nowhere");
    assertThat(error.at()).isEqualTo(at("unknown-alias.yaml", 2, 9));
    assertThat(error.keyPath()).isEqualTo("applications.shop");
  }

  @Test
  void aSyntaxErrorNamesItsPlace() {
    ConfigError error = onlyError("syntax-error.yaml");

    assertThat(error.problem()).startsWith("invalid YAML: ");
    assertThat(error.at()).isEqualTo(at("syntax-error.yaml", 4, 4));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
    Path file = temp.resolve("huge.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(50L * 1024 * 1024 + 1);
    }

    ConfigError error = onlyError(LocatedYaml.read(file, "huge.yaml"));

    assertThat(error.problem())
        .isEqualTo("the file is 52,428,801 bytes, over the limit of 50 MB; it was not parsed");
    assertThat(error.at()).isEqualTo(new SourceLocation("huge.yaml", 1, 1));
  }

  @Test
  void binaryGarbageIsNotUtf8() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 'a';
    garbage[1] = ':';
    garbage[2] = (byte) 0xFF;
    Path file = Files.write(temp.resolve("garbage.yaml"), garbage);

    ConfigError error = onlyError(LocatedYaml.read(file, "garbage.yaml"));

    assertThat(error.problem())
        .isEqualTo("the file is not UTF-8 text: byte 0xFF at offset 2 is not valid UTF-8");
    assertThat(error.at()).isEqualTo(new SourceLocation("garbage.yaml", 1, 3));
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumn() throws IOException {
    byte[] text = "a: b\nname: caf\u00e9 \u00e9\n".getBytes(StandardCharsets.UTF_8);
    text[text.length - 3] = (byte) 0xC3;
    text[text.length - 2] = (byte) 0x28;
    Path file = Files.write(temp.resolve("latin.yaml"), text);

    ConfigError error = onlyError(LocatedYaml.read(file, "latin.yaml"));

    assertThat(error.at()).isEqualTo(new SourceLocation("latin.yaml", 2, 12));
  }

  @Test
  void aControlCharacterIsAnError() throws IOException {
    Path file =
        Files.write(
            temp.resolve("nul.yaml"), "a: b\nc: d\u0000\n".getBytes(StandardCharsets.UTF_8));

    ConfigError error = onlyError(LocatedYaml.read(file, "nul.yaml"));

    assertThat(error.problem())
        .isEqualTo("the file holds the control character U+0000, which YAML does not allow");
    assertThat(error.at()).isEqualTo(new SourceLocation("nul.yaml", 2, 5));
  }

  @Test
  void aMissingFileIsAnError() {
    ConfigError error = onlyError(LocatedYaml.read(temp.resolve("nope.yaml"), "nope.yaml"));

    assertThat(error.problem()).isEqualTo("no such file");
    assertThat(error.at()).isEqualTo(new SourceLocation("nope.yaml", 1, 1));
  }

  @Test
  void aDirectoryIsNotAFile() {
    ConfigError error = onlyError(LocatedYaml.read(temp, "somewhere"));

    assertThat(error.problem()).isEqualTo("this is a directory, not a YAML file");
  }

  @Test
  void aDeviceIsNotARegularFile() {
    ConfigError error = onlyError(LocatedYaml.read(Path.of("/dev/zero"), "/dev/zero"));

    assertThat(error.problem()).isEqualTo("this is not a regular file");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    YamlResult result = LocatedYaml.parse("\uFEFFa: 1\n", "bom.yaml");

    YamlMapping root = ((YamlResult.Parsed) result).root();
    assertThat(root.entry("a").orElseThrow().keyAt())
        .isEqualTo(new SourceLocation("bom.yaml", 1, 1));
  }

  private static YamlMapping parsed(String fixture) {
    YamlResult result = LocatedYaml.read(Path.of(DIR + fixture));
    assertThat(result).isInstanceOf(YamlResult.Parsed.class);
    return ((YamlResult.Parsed) result).root();
  }

  private static List<ConfigError> errors(String fixture) {
    YamlResult result = LocatedYaml.read(Path.of(DIR + fixture));
    assertThat(result).isInstanceOf(YamlResult.Failed.class);
    return ((YamlResult.Failed) result).errors();
  }

  private static ConfigError onlyError(String fixture) {
    List<ConfigError> errors = errors(fixture);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static ConfigError onlyError(YamlResult result) {
    assertThat(result).isInstanceOf(YamlResult.Failed.class);
    List<ConfigError> errors = ((YamlResult.Failed) result).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static SourceLocation at(String fixture, int line, int column) {
    return new SourceLocation(DIR + fixture, line, column);
  }
}
