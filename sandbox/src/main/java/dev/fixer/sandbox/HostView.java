package dev.fixer.sandbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the host a bubblewrap jail shows, read-only: the system's programs and libraries
 * ({@code /usr} and its merged-usr links) and {@code /etc} with every entry that others may not
 * read masked (shadow files, private keys). Home directories, {@code /tmp}, {@code /run},
 * {@code /var} and {@code /sys} are not shown at all.
 */
final class HostView {

  private static final java.util.Set<String> CREDENTIALS = java.util.Set.of("credentials", "credentials.toml",
      ".credentials.toml", ".npmrc", ".pypirc", ".netrc", ".git-credentials", "settings-security.xml",
      "gradle.properties", "hosts.yml", ".env");

  private static final List<String> TOP_LEVEL = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

  private HostView() {}

  /** bwrap arguments that mount the host's system read-only. */
  static List<String> arguments() throws IOException {
    List<String> args = new ArrayList<>();
    for (String top : TOP_LEVEL) {
      Path path = Path.of(top);
      if (Files.isSymbolicLink(path)) {
        args.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), top));
      } else if (Files.isDirectory(path)) {
        args.addAll(List.of("--ro-bind", top, top));
      }
    }
    args.addAll(List.of("--ro-bind", "/etc", "/etc"));
    for (Path hidden : unreadableByOthers(Path.of("/etc"))) {
      args.addAll(Files.isDirectory(hidden, LinkOption.NOFOLLOW_LINKS)
          ? List.of("--tmpfs", hidden.toString())
          : List.of("--ro-bind", "/dev/null", hidden.toString()));
    }
    Path resolver = Path.of("/etc/resolv.conf");
    if (Files.isSymbolicLink(resolver) && Files.exists(resolver)) {
      Path target = resolver.toRealPath().getParent();
      args.addAll(List.of("--ro-bind", target.toString(), target.toString()));
    }
    return args;
  }

  /**
   * bwrap arguments that show {@code extra} host paths read-only at the same path; they come after
   * the home's bind, so that a toolchain under the user's home shows through the sandbox home.
   *
   * @throws SandboxException naming a path that does not exist
   */
  static List<String> extraArguments(List<Path> extra) {
    List<String> args = new ArrayList<>();
    for (Path path : extra) {
      if (!Files.exists(path)) {
        throw new SandboxException("the path " + path + " to show in the sandbox (sandbox.bind in .fixer.yml)"
            + " does not exist; install the toolchain there or remove it from sandbox.bind");
      }
      args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
      for (Path credentials : credentialsIn(path)) {
        args.addAll(List.of("--ro-bind", "/dev/null", credentials.toString()));
      }
    }
    return args;
  }

  /**
   * Files at the top of a bound directory, or one level down, that hold registry tokens or
   * passwords ({@code ~/.cargo/credentials.toml}, {@code .npmrc}...): shown empty.
   */
  static List<Path> credentialsIn(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (var found = Files.find(root, 2, (path, attrs) -> attrs.isRegularFile()
        && CREDENTIALS.contains(path.getFileName().toString()))) {
      return found.toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  /**
   * The PATH inside: {@code extra} paths that are {@code bin} directories, and the {@code bin}
   * directories in the others, first; then {@code base}.
   */
  static String path(List<Path> extra, String base) {
    StringBuilder path = new StringBuilder();
    for (Path root : extra) {
      if (root.getFileName() != null && root.getFileName().toString().equals("bin") && Files.isDirectory(root)) {
        path.append(root).append(':');
      } else if (Files.isDirectory(root.resolve("bin"))) {
        path.append(root.resolve("bin")).append(':');
      }
    }
    return path.append(base).toString();
  }

  /** Files and directories under {@code root} that others may not read; directories not entered. */
  static List<Path> unreadableByOthers(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(root) && hidden(dir)) {
          found.add(dir);
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!attrs.isSymbolicLink() && hidden(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        found.add(file);
        return FileVisitResult.CONTINUE;
      }
    });
    return found;
  }

  private static boolean hidden(Path path) throws IOException {
    return !Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OTHERS_READ);
  }
}
