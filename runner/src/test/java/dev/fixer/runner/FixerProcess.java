package dev.fixer.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built CLI ({@code runner/target/fixer.jar}) run as a process, with an environment of our choosing. */
final class FixerProcess {

  static final Path JAR = Path.of("target", "fixer.jar").toAbsolutePath();

  /**
   * What the process printed, and its exit code.
   *
   * @param pid the process's id, which labels the sandbox containers it starts; 0 when it ran in a container
   */
  record Finished(int exitCode, String stdout, String stderr, long pid) {
    Finished(int exitCode, String stdout, String stderr) {
      this(exitCode, stdout, stderr, 0);
    }

    String lastLine() {
      List<String> lines = stdout.lines().toList();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  private FixerProcess() {}

  /** Runs {@code command} in {@code dir} with exactly {@code env}, for at most 10 minutes. */
  static Finished run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Path stdout = Files.createTempFile("fixer-out", ".txt");
    Path stderr = Files.createTempFile("fixer-err", ".txt");
    Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("fixer did not finish in 10 minutes: " + Files.readString(stderr));
    }
    try {
      return new Finished(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8), process.pid());
    } finally {
      Files.delete(stdout);
      Files.delete(stderr);
    }
  }

  /** {@code java -jar fixer.jar args...}. */
  static Finished fixer(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(dir, env, command);
  }

  /**
   * Starts {@code java -jar fixer.jar args...} in {@code dir} with exactly {@code env}, its output in
   * {@code first-out.txt} and {@code first-err.txt} there; the caller stops it.
   */
  static Process start(Path dir, Map<String, String> env, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("first-out.txt").toFile()).redirectError(dir.resolve("first-err.txt").toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Something a test waits for. */
  interface Check {
    boolean holds() throws Exception;
  }

  /**
   * Waits up to two minutes until {@code check} holds for a process {@link #start}ed in {@code dir};
   * fails, with what it printed, if it ends first or the time runs out, the failure naming {@code moment}.
   */
  static void waitFor(Check check, Process process, Path dir, String moment) throws Exception {
    for (int i = 0; i < 1200; i++) {
      if (check.holds()) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("fixer ended before " + moment + ": " + Files.readString(dir.resolve("first-err.txt")));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("fixer never reached " + moment + ": " + Files.readString(dir.resolve("first-err.txt")));
  }
}
