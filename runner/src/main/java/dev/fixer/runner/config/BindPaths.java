package dev.fixer.runner.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host paths of {@code sandbox: bind:}: {@code ~} expanded to the host user's home, each checked
 * to exist and to show no secrets. Refused: {@code /}, the home itself or a directory above it,
 * fixer's own home, and anything that is, holds, or lies inside a place where keys and tokens live
 * ({@code ~/.ssh}, {@code ~/.config/gh}, {@code ~/.aws}...).
 */
public final class BindPaths {

  /** Under the home: directories and files that hold keys, tokens or passwords. */
  static final List<String> SECRETS = List.of(".ssh", ".gnupg", ".aws", ".azure", ".kube", ".docker",
      ".config/gh", ".config/gcloud", ".config/hub", ".config/git/credentials", ".netrc", ".git-credentials",
      ".password-store", ".local/share/keyrings", ".vault-token");

  private BindPaths() {}

  /**
   * Why {@code written} may not be bound, as far as its text tells, or empty.
   */
  static Optional<String> refusalOf(String written) {
    if (!written.startsWith("/") && !written.equals("~") && !written.startsWith("~/")) {
      return Optional.of("must list absolute paths or paths under ~/, got '" + written + "'");
    }
    if (written.startsWith("~")) {
      Path under = Path.of("/").resolve(written.substring(1).replaceFirst("^/+", "")).normalize();
      Path relative = Path.of("/").relativize(under);
      return secretRelation(relative, written);
    }
    return Path.of(written).normalize().getNameCount() == 0
        ? Optional.of("must not show / to the sandbox: name the toolchain's own directories, such as ~/.cargo")
        : Optional.empty();
  }

  /**
   * The host paths for {@code written}, {@code ~} as {@code home}.
   *
   * @throws IllegalArgumentException naming the path and why it is refused: missing, or showing secrets
   */
  public static List<Path> resolve(List<String> written, Path home, Path fixerHome) {
    List<Path> paths = new ArrayList<>();
    for (String text : written) {
      refusalOf(text).ifPresent(problem -> {
        throw new IllegalArgumentException("sandbox.bind " + problem);
      });
      Path path = text.startsWith("~") ? home.resolve(text.substring(1).replaceFirst("^/+", "")) : Path.of(text);
      path = path.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw new IllegalArgumentException("sandbox.bind names " + text + ", but " + path + " does not exist on this"
            + " machine: install the toolchain there, or remove it from sandbox.bind");
      }
      Path real = realPath(path);
      Path realHome = realPath(home);
      Optional<String> problem = real.getNameCount() == 0
          ? Optional.of("must not show / to the sandbox")
          : realHome.startsWith(real) ? Optional.of("must not show your home directory " + realHome + " or a"
              + " directory above it: name the toolchain's own directories, such as ~/.cargo")
          : real.startsWith(realHome) ? secretRelation(realHome.relativize(real), text)
          : Optional.empty();
      Path fixer = realPath(fixerHome);
      if (problem.isEmpty() && (real.startsWith(fixer) || fixer.startsWith(real))) {
        problem = Optional.of("must not show fixer's own home " + fixer + " (FIXER_HOME), which holds the runs and"
            + " the sandboxes' homes, got " + text);
      }
      problem.ifPresent(why -> {
        throw new IllegalArgumentException("sandbox.bind " + why);
      });
      paths.add(path);
    }
    return paths;
  }

  private static Optional<String> secretRelation(Path relative, String written) {
    if (relative.toString().isEmpty()) {
      return Optional.of("must not show your whole home directory (" + written + "): name the toolchain's own"
          + " directories, such as ~/.cargo");
    }
    for (String secret : SECRETS) {
      Path place = Path.of(secret);
      if (relative.startsWith(place) || place.startsWith(relative)) {
        return Optional.of("must not show ~/" + secret + " to the sandbox, where keys and tokens live, got "
            + written);
      }
    }
    return Optional.empty();
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
