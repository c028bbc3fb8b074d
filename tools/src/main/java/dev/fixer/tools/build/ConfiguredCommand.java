package dev.fixer.tools.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The test command the user configured, run as given. Named tests replace a {@value #PLACEHOLDER}
 * in it, quoted; a command without the placeholder always runs the whole suite, and the answer says
 * so. Results come from JUnit XML reports if the run wrote any, else from any known summary in the
 * output.
 */
final class ConfiguredCommand implements Build {

  static final String PLACEHOLDER = "{tests}";

  private final String command;
  private final Optional<Build> detected;

  ConfiguredCommand(String command, Optional<Build> detected) {
    this.command = command;
    this.detected = detected;
  }

  @Override
  public String name() {
    return detected.map(Build::name).orElse("configured command");
  }

  @Override
  public String description() {
    return detected.map(Build::description).orElse("a configured test command");
  }

  @Override
  public String setupScript() {
    return detected.map(Build::setupScript).orElse("");
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    if (command.contains(PLACEHOLDER)) {
      return TestCommand.of(command.replace(PLACEHOLDER, Shell.quoteAll(tests)));
    }
    return tests.isEmpty() ? TestCommand.of(command)
        : new TestCommand(command, "ran the whole suite: the configured test command has no "
            + PLACEHOLDER + " placeholder to select tests with");
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return JUnitXmlReports.read(root, before)
        .or(() -> PytestOutput.read(output))
        .or(() -> JsTestOutput.read(output))
        .or(() -> CargoOutput.read(output))
        .or(() -> GoTestJson.read(output));
  }

  @Override
  public List<String> buildErrors(String output) {
    return detected.map(build -> build.buildErrors(output)).orElse(List.of());
  }
}
