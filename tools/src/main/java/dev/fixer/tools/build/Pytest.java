package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Python tests run by pytest, in a virtual environment kept in the cache when setup made one. */
final class Pytest implements Build {

  private static final String VENV = PythonSetup.VENV;
  private static final String PYTHON =
      "if [ -x " + VENV + "/bin/python ]; then PY=" + VENV + "/bin/python; else PY=python3; fi; ";

  private final Path root;

  Pytest(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "pytest";
  }

  @Override
  public String description() {
    return "Python with pytest";
  }

  /** See {@link PythonSetup}: a venv over the system's packages; only a missing pytest fails it. */
  @Override
  public String setupScript() {
    return PythonSetup.script(root);
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    return TestCommand.of(PYTHON + "\"$PY\" -m pytest -rpxXfE --color=no -p no:cacheprovider"
        + (tests.isEmpty() ? "" : " " + Shell.quoteAll(tests)));
  }

  /**
   * The Python files among {@code testFiles} but {@code conftest.py}, which holds no tests; a node id
   * is covered by its file.
   */
  @Override
  public Optional<TestSelection> testsIn(List<String> testFiles) {
    List<String> files = testFiles.stream()
        .map(RepoPaths::normalise)
        .filter(path -> path.endsWith(".py") && !path.endsWith("conftest.py"))
        .filter(path -> Files.isRegularFile(root.resolve(path)))
        .distinct()
        .toList();
    if (files.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TestSelection(files,
        id -> files.stream().anyMatch(file -> id.equals(file) || id.startsWith(file + "::"))));
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return PytestOutput.read(output);
  }
}
