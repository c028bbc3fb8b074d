package dev.fixer.tools.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A build system found in a repository: how to fill its dependency cache, how to run its tests, and
 * how to read what a run produced. Scripts are for {@code bash -c} in the workspace root of a
 * sandbox whose {@code HOME} is fixer's cache.
 */
public interface Build {

  /** A short name for the first line of an answer, e.g. {@code Maven}. */
  String name();

  /** What was found, for the model, e.g. {@code Maven (multi-module: core, app)}. */
  String description();

  /** The script that downloads the dependencies while the network is still on. */
  String setupScript();

  /**
   * The script that runs {@code tests}, or the whole suite when the list is empty.
   *
   * @throws UnknownTestException if a named test cannot be found; its message is for the model
   */
  TestCommand testCommand(List<String> tests) throws UnknownTestException;

  /**
   * The results of a run, from the reports it wrote under {@code root} (those not as they were
   * {@code before} it) or from its {@code output}; empty if none can be read.
   */
  Optional<TestReport> read(Path root, String output, ReportFiles before);

  /**
   * The tests that {@code testFiles} (repository-relative paths of test sources) hold, to run just
   * them; empty when this build cannot name them, and the caller runs more.
   */
  default Optional<TestSelection> testsIn(List<String> testFiles) {
    return Optional.empty();
  }

  /**
   * The run of the tests of the modules (or packages) that hold {@code changedFiles}
   * (repository-relative paths) and of those depending on them, its note naming them; empty when the
   * build does not know its modules or a change reaches beyond them, and the whole suite should run.
   */
  default Optional<TestCommand> moduleTests(List<String> changedFiles) {
    return Optional.empty();
  }

  /** The lines of {@code output} that say why the build itself failed; empty when the tail says it. */
  default List<String> buildErrors(String output) {
    return List.of();
  }
}
