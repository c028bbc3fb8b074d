package dev.fixer.runner.config;

import java.nio.file.Path;

/**
 * The image a repository's Docker sandbox runs: an image by name, or one built from a Dockerfile in
 * the repository. Exactly one of the two is set; a repository that names neither gets fixer's own.
 *
 * @param image an image reference such as {@code eclipse-temurin:21-jdk}
 * @param dockerfile a Dockerfile's path relative to the repository root, built with the root as
 *     its context
 * @throws IllegalArgumentException naming the key at fault
 */
public record ImageChoice(String image, String dockerfile) {

  public ImageChoice {
    if ((image == null) == (dockerfile == null)) {
      throw new IllegalArgumentException("image and dockerfile: give one of them, not "
          + (image == null ? "neither" : "both"));
    }
    if (image != null && (image.isBlank() || image.chars().anyMatch(Character::isWhitespace))) {
      throw new IllegalArgumentException("image must be an image name without spaces, such as eclipse-temurin:21-jdk,"
          + " got '" + image + "'");
    }
    if (dockerfile != null) {
      Path path = Path.of(dockerfile).normalize();
      if (dockerfile.isBlank() || path.isAbsolute() || path.startsWith("..")) {
        throw new IllegalArgumentException("dockerfile must be a path inside the repository, such as"
            + " ci/fixer.Dockerfile, got '" + dockerfile + "'");
      }
    }
  }

  public static ImageChoice named(String image) {
    return new ImageChoice(image, null);
  }

  public static ImageChoice builtFrom(String dockerfile) {
    return new ImageChoice(null, dockerfile);
  }

  /** As users read it: {@code image eclipse-temurin:21-jdk} or {@code dockerfile ci/fixer.Dockerfile}. */
  public String describe() {
    return image != null ? "image " + image : "dockerfile " + dockerfile;
  }
}
