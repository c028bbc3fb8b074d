package dev.fixer.tools.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A Go module tested by {@code go test -json ./...}; named tests become a {@code -run} pattern. */
final class GoTest implements Build {

  @Override
  public String name() {
    return "go test";
  }

  @Override
  public String description() {
    return "Go module (go test)";
  }

  @Override
  public String setupScript() {
    return "go mod download && go test -count=1 -run '^$' ./...";
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    String run = tests.isEmpty() ? ""
        : " -run " + Shell.quote("^(" + tests.stream().collect(Collectors.joining("|")) + ")$");
    return TestCommand.of("GOPROXY=off go test -json -count=1" + run + " ./...");
  }

  @Override
  public Optional<TestReport> read(Path root, String output, Instant started) {
    return GoTestJson.read(output);
  }
}
