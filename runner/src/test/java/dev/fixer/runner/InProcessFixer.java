package dev.fixer.runner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** fixer's command line run in the test's own JVM, for the tests of other packages. */
public final class InProcessFixer {

  private InProcessFixer() {}

  /** Runs fixer with {@code args} in {@code workingDir}, with {@code env} as its whole environment; its exit code. */
  public static int run(Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err, String... args) {
    return Main.run(env, workingDir, false, out, err, args);
  }
}
