package dev.fixer.tools.build;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A build that {@code .fixer.yml} names with {@code language:}, for a repository where detection,
 * which goes by the files at the root, would pick another: a Python library with a
 * {@code package.json} for its docs, a Go module with a {@code pom.xml} for a Java client.
 */
public enum Language {
  MAVEN("maven", Maven::new),
  GRADLE("gradle", Gradle::new),
  NODE("node", Node::new),
  PYTHON("python", Pytest::new),
  GO("go", GoTest::new),
  RUST("rust", root -> new Cargo());

  private final String wireName;
  private final Function<Path, Build> build;

  Language(String wireName, Function<Path, Build> build) {
    this.wireName = wireName;
    this.build = build;
  }

  /** As {@code .fixer.yml} and {@code run.json} write it. */
  public String wireName() {
    return wireName;
  }

  /** The names {@link #named} accepts, for a message: "maven, gradle, node, python, go or rust". */
  public static String accepted() {
    String names = Arrays.stream(values()).map(Language::wireName).collect(Collectors.joining(", "));
    int last = names.lastIndexOf(", ");
    return names.substring(0, last) + " or " + names.substring(last + 2);
  }

  /**
   * The language {@code text} names, case aside; {@code javascript} and {@code typescript} name node,
   * {@code cargo} rust, {@code golang} go, {@code java} is refused as it could be Maven or Gradle.
   */
  public static Optional<Language> named(String text) {
    String name = text.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "javascript", "typescript", "nodejs" -> Optional.of(NODE);
      case "cargo" -> Optional.of(RUST);
      case "golang" -> Optional.of(GO);
      default -> Arrays.stream(values()).filter(language -> language.wireName.equals(name)).findFirst();
    };
  }

  Build build(Path root) {
    return build.apply(root);
  }
}
