package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a repository's build from the files at its root. */
public final class Builds {

  /** The files that {@link #detect} recognises, for a message when none is there. */
  public static final String KNOWN_FILES = "pom.xml, build.gradle(.kts), settings.gradle(.kts), package.json,"
      + " pytest.ini, pyproject.toml, setup.py, setup.cfg, tox.ini, conftest.py, requirements.txt, go.mod, Cargo.toml";

  private Builds() {}

  /** The build at {@code root}, Maven first, then Gradle, Node, pytest, Go, Cargo; empty if none. */
  public static Optional<Build> detect(Path root) {
    return detect(root, Optional.empty());
  }

  /** The build of {@code language} when one is named, whatever files are at the root; else {@link #detect(Path)}. */
  public static Optional<Build> detect(Path root, Optional<Language> language) {
    if (language.isPresent()) {
      return Optional.of(language.get().build(root));
    }
    if (Files.isRegularFile(root.resolve("pom.xml"))) {
      return Optional.of(new Maven(root));
    }
    if (anyOf(root, "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")) {
      return Optional.of(new Gradle(root));
    }
    if (Files.isRegularFile(root.resolve("package.json"))) {
      return Optional.of(new Node(root));
    }
    if (python(root)) {
      return Optional.of(new Pytest(root));
    }
    if (Files.isRegularFile(root.resolve("go.mod"))) {
      return Optional.of(new GoTest(root));
    }
    if (Files.isRegularFile(root.resolve("Cargo.toml"))) {
      return Optional.of(new Cargo());
    }
    return Optional.empty();
  }

  /**
   * The configured test command if there is one, keeping the detected build's setup and description,
   * else the detected build.
   */
  public static Optional<Build> choose(Path root, Optional<String> configuredTestCommand) {
    return choose(root, configuredTestCommand, Optional.empty());
  }

  /** As {@link #choose(Path, Optional)}, with the build of {@code language} when one is named. */
  public static Optional<Build> choose(Path root, Optional<String> configuredTestCommand,
      Optional<Language> language) {
    Optional<Build> detected = detect(root, language);
    return configuredTestCommand.filter(command -> !command.isBlank())
        .<Build>map(command -> new ConfiguredCommand(command, detected))
        .or(() -> detected);
  }

  private static boolean python(Path root) {
    return anyOf(root, "pytest.ini", "conftest.py", "setup.py", "tox.ini", "setup.cfg", "requirements.txt")
        || Files.isRegularFile(root.resolve("pyproject.toml"));
  }

  private static boolean anyOf(Path root, String... names) {
    for (String name : names) {
      if (Files.isRegularFile(root.resolve(name))) {
        return true;
      }
    }
    return false;
  }
}
