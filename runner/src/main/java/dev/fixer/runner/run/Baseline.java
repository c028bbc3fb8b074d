package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.tools.verdict.Outcomes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Every test's outcome on the base commit, before the agent changed anything: what verification
 * compares with. Kept in the run directory ({@code baseline.json}), so that a resumed run reuses it.
 *
 * @param scope which tests verification runs: the configured scope, or {@code changed-modules} when the
 *     whole suite was too slow for the baseline
 * @param outcomes the tests' outcomes; status {@code NOT_RUN} when there is none yet or none could be taken
 * @param atVerification whether the baseline is to be taken at verification, on the base versions of
 *     the files the agent changed (the changed modules' scope)
 * @param durationMs how long taking it took
 * @param note what a person should know about it, e.g. why there is none; may be empty
 */
record Baseline(VerifyConfig.Scope scope, Outcomes outcomes, boolean atVerification, long durationMs, String note) {

  private static final ObjectMapper JSON = new ObjectMapper();

  Baseline {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(outcomes, "outcomes");
    note = note == null ? "" : note;
  }

  /** A baseline verification takes itself, on the changed modules. */
  static Baseline atVerification(String note) {
    return new Baseline(VerifyConfig.Scope.CHANGED_MODULES, Outcomes.none("taken at verification"), true, 0, note);
  }

  /** No baseline: verification treats every test as new. */
  static Baseline none(VerifyConfig.Scope scope, String why) {
    return new Baseline(scope, Outcomes.none(why), false, 0, why);
  }

  /** Whether there are outcomes to compare with. */
  boolean taken() {
    return outcomes.status() != Outcomes.Status.NOT_RUN;
  }

  void save(Path file) {
    try {
      RunDirectory.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /** The baseline a run saved, if it saved one. */
  static Optional<Baseline> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), Baseline.class));
    } catch (IOException e) {
      throw FixerException.usage("cannot read the baseline " + file + ": " + e.getMessage()
          + "; delete it to run without a baseline, or start a new run", e);
    }
  }
}
