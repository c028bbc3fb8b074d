package dev.fixer.tools.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A Rust crate or workspace tested by {@code cargo test}, offline once set up. */
final class Cargo implements Build {

  @Override
  public String name() {
    return "cargo";
  }

  @Override
  public String description() {
    return "Rust (cargo test)";
  }

  @Override
  public String setupScript() {
    return "cargo fetch && cargo test --no-run";
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    return TestCommand.of("cargo test --offline" + (tests.isEmpty() ? "" : " -- " + Shell.quoteAll(tests)));
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return CargoOutput.read(output);
  }
}
