package dev.fixer.runner.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points JGit's global and system config at empty files in a temporary home for each test, so the
 * real {@code ~/.gitconfig} and {@code /etc/gitconfig} (a user name, {@code commit.gpgSign},
 * {@code diff.noprefix}) cannot change what a test sees. Register with {@code @RegisterExtension}.
 */
final class IsolatedGitConfig implements BeforeEachCallback, AfterEachCallback {

  private SystemReader previous;
  private Path home;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    home = Files.createTempDirectory("fixer-git-home");
    previous = SystemReader.getInstance();
    Path global = home.resolve(".gitconfig");
    Path system = home.resolve("etc-gitconfig");
    Path jgit = home.resolve("jgit-config");
    SystemReader.setInstance(new SystemReader.Delegate(previous) {
      @Override
      public FileBasedConfig openUserConfig(Config parent, FS fs) {
        return new FileBasedConfig(parent, global.toFile(), fs);
      }

      @Override
      public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return new FileBasedConfig(parent, system.toFile(), fs);
      }

      @Override
      public FileBasedConfig openJGitConfig(Config parent, FS fs) {
        return new FileBasedConfig(parent, jgit.toFile(), fs);
      }
    });
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    SystemReader.setInstance(previous);
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(IsolatedGitConfig::delete);
    }
  }

  /** The temporary home, e.g. for {@code HOME} of a git process. */
  Path home() {
    return home;
  }

  /** Writes {@code text} as the global {@code ~/.gitconfig}; repositories opened afterwards see it. */
  void writeGlobal(String text) throws IOException {
    Files.writeString(home.resolve(".gitconfig"), text);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
