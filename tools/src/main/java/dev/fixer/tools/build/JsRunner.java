package dev.fixer.tools.build;

import java.util.List;
import java.util.Set;

/**
 * A JavaScript test runner fixer can select tests with and read: the flags of a script's invocation it
 * drops (reporters, watch, bail), those taking a value as the next word, the reporter it asks for, and
 * how it selects files and test names.
 */
enum JsRunner {

  NODE_TEST("node --test", Set.of("--test-reporter", "--test-reporter-destination", "--watch"),
      Set.of("--require", "-r", "--import", "--loader", "--experimental-loader", "--test-reporter",
          "--test-reporter-destination", "--test-name-pattern", "--test-skip-pattern", "--test-concurrency",
          "--test-timeout", "--env-file"),
      List.of("--test-reporter=tap"), Set.of("--test-name-pattern")),
  MOCHA("mocha", Set.of("--reporter", "-R", "--reporter-option", "--reporter-options", "-O", "--bail", "-b",
      "--watch", "-w"),
      Set.of("--require", "-r", "--timeout", "-t", "--ui", "-u", "--reporter", "-R", "--reporter-option",
          "--reporter-options", "-O", "--slow", "-s", "--grep", "-g", "--fgrep", "-f", "--config", "--package",
          "--extension", "--ignore", "--exclude", "--file", "--spec", "--retries", "--jobs", "-j", "--node-option",
          "-n", "--import"),
      List.of("--reporter", "spec"), Set.of("--grep", "-g", "--fgrep", "-f")),
  JEST("jest", Set.of("--watch", "--watchAll", "--bail", "-b", "--json", "--reporters", "--silent", "--verbose"),
      Set.of("--config", "-c", "--testNamePattern", "-t", "--maxWorkers", "-w", "--testTimeout",
          "--selectProjects", "--shard", "--reporters", "--roots", "--testPathIgnorePatterns", "--outputFile"),
      List.of("--verbose"), Set.of("--testNamePattern", "-t")),
  VITEST("vitest", Set.of("--reporter", "--watch", "-w", "--bail", "--ui", "--silent"),
      Set.of("--config", "-c", "--root", "-r", "--dir", "--environment", "--pool", "--project",
          "--testNamePattern", "-t", "--reporter", "--outputFile", "--bail"),
      List.of("--reporter=verbose"), Set.of("--testNamePattern", "-t"));

  private final String label;
  private final Set<String> dropped;
  private final Set<String> takingValue;
  private final List<String> reporter;
  private final Set<String> nameFilters;

  JsRunner(String label, Set<String> dropped, Set<String> takingValue, List<String> reporter,
      Set<String> nameFilters) {
    this.label = label;
    this.dropped = dropped;
    this.takingValue = takingValue;
    this.reporter = reporter;
    this.nameFilters = nameFilters;
  }

  /** The runner a command word starts, e.g. {@code ./node_modules/.bin/jest}; null if none. */
  static JsRunner byCommand(String word) {
    String name = word.substring(word.lastIndexOf('/') + 1);
    return switch (name) {
      case "mocha", "_mocha" -> MOCHA;
      case "jest" -> JEST;
      case "vitest" -> VITEST;
      default -> null;
    };
  }

  String label() {
    return label;
  }

  /** Whether the script's {@code flag} (without any {@code =value}) is left out of fixer's command. */
  boolean drops(String flag, boolean selectingNames) {
    return dropped.contains(flag) || (selectingNames && nameFilters.contains(flag));
  }

  boolean takesValue(String flag) {
    return takingValue.contains(flag);
  }

  List<String> reporter() {
    return reporter;
  }

  /** The words that select tests whose full title (its titles joined by spaces) matches {@code regex}. */
  List<String> nameFilter(String regex) {
    return switch (this) {
      case NODE_TEST -> List.of("--test-name-pattern=" + regex);
      case MOCHA -> List.of("--grep", regex);
      case JEST, VITEST -> List.of("-t", regex);
    };
  }

  /** The words before the files to run, e.g. jest's {@code --runTestsByPath}. */
  List<String> fileFlags() {
    return this == JEST ? List.of("--runTestsByPath") : List.of();
  }
}
