package dev.fixer.runner.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where fixer keeps its own files: {@code $FIXER_HOME}, else {@code $XDG_CACHE_HOME/fixer}, else
 * {@code ~/.cache/fixer}. Runs go in {@code runs/}, and the sandboxes' homes (dependency caches such as
 * {@code ~/.m2}, kept from run to run; one per sandbox kind and user) in {@code sandbox/}, batches in {@code batches/}, evaluations
 * in {@code evals/}.
 */
public record FixerHome(Path root) {

  public static FixerHome from(Map<String, String> env) {
    String own = env.get("FIXER_HOME");
    if (own != null && !own.isBlank()) {
      return new FixerHome(Path.of(own).toAbsolutePath());
    }
    String cache = env.get("XDG_CACHE_HOME");
    if (cache != null && !cache.isBlank()) {
      return new FixerHome(Path.of(cache, "fixer").toAbsolutePath());
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return new FixerHome(Path.of(home, ".cache", "fixer").toAbsolutePath());
  }

  /** Where {@code fixer run} makes a run's directory when no {@code --work-dir} is given. */
  public Path runs() {
    return root.resolve("runs");
  }

  Path sandbox() {
    return root.resolve("sandbox");
  }

  /** Where {@code fixer batch} keeps the state, clones, runs and report of each batch. */
  public Path batches() {
    return root.resolve("batches");
  }

  /** Where {@code fixer eval} keeps an evaluation when no {@code --output} is given. */
  public Path evals() {
    return root.resolve("evals");
  }
}
