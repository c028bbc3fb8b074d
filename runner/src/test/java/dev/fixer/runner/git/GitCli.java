package dev.fixer.runner.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} command, run with a private home and no system config so the developer's
 * settings cannot change its output; 80 columns, as when git prints to a pipe.
 */
final class GitCli {

  private final Path home;

  GitCli(Path home) {
    this.home = home;
  }

  /** Runs {@code git args...} in {@code dir}; returns stdout, or fails the test on a non-zero exit. */
  String run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(home, "git-stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GIT_"));
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("COLUMNS", "80");
    env.put("LC_ALL", "C");
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " in " + dir + " exited with " + process.exitValue()
          + ": " + out + Files.readString(stderr));
    }
    return out;
  }
}
