package dev.fixer.runner.report;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What happened in a run, a batch or an evaluation, read from the files they write (run.json,
 * trajectory.jsonl, result.json, state.json, eval.json, report.json): never from a live process, so any
 * past run can be shown. {@code fixer show} and {@code fixer report} call this. Errors are
 * {@link FixerException}s: a usage error for a directory that is none of these, naming what was expected.
 */
public final class Reports {

  private Reports() {}

  /**
   * Prints a run for a person: its steps, verdict, diff and totals; with {@code json}, one JSON object.
   *
   * @throws FixerException a usage error when {@code dir} is not a run directory
   */
  public static void show(Path dir, boolean json, PrintWriter out) {
    requireRun(dir);
    if (json) {
      out.println(ShowJson.of(RunViews.load(dir), RunFiles.of(dir).result()).toPrettyString());
      out.flush();
    } else {
      new TerminalView(out).print(RunViews.load(dir));
    }
  }

  /**
   * Prints a run that may still go on: what it holds, then each new step as it comes, reading the trajectory
   * every {@code poll}, until the agent finishes or the thread is interrupted.
   */
  public static void follow(Path dir, PrintWriter out, Duration poll) {
    requireRun(dir);
    new Follower(RunFiles.of(dir), out, poll).follow();
  }

  /**
   * Writes the HTML report of {@code dir} (a run, a batch or an evaluation) to {@code output}; a batch's or
   * an evaluation's run pages go beside it, in {@code <output name>-files/}.
   *
   * @throws FixerException a usage error when {@code dir} is none of these; an infrastructure error when
   *     the report cannot be written
   */
  public static void html(Path dir, Path output) {
    switch (Kind.of(dir)) {
      case RUN -> HtmlReports.run(dir, output);
      case BATCH -> HtmlReports.batch(dir, output);
      case EVAL -> HtmlReports.eval(dir, output);
    }
  }

  /**
   * Writes {@code report.html} into {@code dir}, for the commands that end with one (the Action, a
   * batch, an evaluation): the report is a help, so its failure is returned, for the caller to say,
   * rather than thrown.
   *
   * @return why the report could not be written; empty when it was
   */
  public static java.util.Optional<String> writeBeside(Path dir) {
    try {
      html(dir, defaultOutput(dir));
      return java.util.Optional.empty();
    } catch (FixerException | java.io.UncheckedIOException e) {
      return java.util.Optional.of("cannot write the HTML report of " + dir + ": " + e.getMessage());
    }
  }

  /** The default report file of {@code dir}: {@code report.html} in it, or beside a state file. */
  public static Path defaultOutput(Path dir) {
    return Files.isDirectory(dir) ? dir.resolve("report.html") : dir.resolveSibling("report.html");
  }

  /**
   * The newest run under {@code runs} (by its name, which begins with the time it started).
   *
   * @throws FixerException a usage error when there is none
   */
  public static Path latest(Path runs) {
    try (Stream<Path> dirs = Files.isDirectory(runs) ? Files.list(runs) : Stream.empty()) {
      return dirs.filter(dir -> Files.isRegularFile(dir.resolve(RunFiles.RECORD)))
          .max(Comparator.comparing(dir -> dir.getFileName().toString()))
          .orElseThrow(() -> FixerException.usage("there is no run in " + runs + " yet: pass a run directory"));
    } catch (IOException e) {
      throw FixerException.usage("cannot list the runs in " + runs + ": " + e.getMessage(), e);
    }
  }

  private static void requireRun(Path dir) {
    Kind kind = Kind.of(dir);
    if (kind != Kind.RUN) {
      throw FixerException.usage(dir + " is " + (kind == Kind.BATCH ? "a batch" : "an evaluation") + ", not a run:"
          + " fixer show takes a run directory (with run.json), e.g. " + (kind == Kind.BATCH ? "ISSUE-DIR/run"
          : "instances/ID/run") + " in it; fixer report " + dir + " makes a page of them all");
    }
  }
}
