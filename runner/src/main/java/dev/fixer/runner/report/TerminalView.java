package dev.fixer.runner.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A run as {@code fixer show} prints it: the title, each step, then the verdict, the diff and the totals. */
final class TerminalView {

  static final int WIDTH = 160;
  private static final int HEAD = 4;
  private static final int TAIL = 3;
  private static final int DIFF_LINES = 400;

  private final PrintWriter out;

  TerminalView(PrintWriter out) {
    this.out = out;
  }

  void print(RunView run) {
    header(run);
    run.steps().forEach(this::step);
    ending(run);
    out.flush();
  }

  void header(RunView run) {
    out.println(run.title());
    out.println("run " + run.dir() + (run.model().isEmpty() ? "" : " · model " + run.model()));
    if (run.torn()) {
      out.println("note: " + RunView.CUT_OFF);
    }
    out.println();
  }

  void step(Step step) {
    if (!step.note().isEmpty()) {
      out.println("── " + step.note());
    }
    Tokens t = step.tokens();
    out.printf(Locale.ROOT, "step %d  at %s  %d prompt (%d cached), %d completion%n", step.number(),
        Folding.duration(step.elapsedMs()), t.prompt(), t.cached(), t.completion());
    if (!step.reasoning().isBlank()) {
      out.println("  thinking: " + Folding.oneLine(step.reasoning(), WIDTH - 12));
    }
    if (!step.text().isBlank()) {
      out.println("  says: " + Folding.oneLine(step.text(), WIDTH - 8));
    }
    for (Call call : step.calls()) {
      out.println("  → " + call.name() + " " + Folding.arguments(call.arguments(), WIDTH - 30)
          + (call.done() ? "  (" + Folding.duration(call.durationMs()) + (call.failed() ? ", failed)" : ")")
              : "  (no result)"));
      Folding.lines(call.output(), HEAD, TAIL, WIDTH - 6).forEach(line -> out.println("      " + line));
    }
  }

  void ending(RunView run) {
    out.println();
    run.ending().ifPresentOrElse(this::verdict, () -> out.println(run.finished()
        ? "Outcome: none yet (result.json is not written: verification may still run, or the run was stopped)"
        : "Outcome: none (the agent did not finish)"));
    if (!run.patch().isBlank()) {
      out.println("Diff:");
      Folding.lines(run.patch(), DIFF_LINES, 0, WIDTH).forEach(line -> out.println("  " + line));
    }
    Tokens t = run.ending().map(Ending::tokens).filter(e -> e.prompt() > 0).orElse(run.totals());
    out.printf(Locale.ROOT, "Tokens: %d prompt (%d cached, %.0f%%), %d completion · %s · %s · %d steps%n", t.prompt(),
        t.cached(), 100 * t.cacheHit(), t.completion(), Folding.cost(t.costUsd() != null ? t.costUsd()
            : run.totals().costUsd()), Folding.duration(run.elapsedMs()), run.steps().size());
    out.flush();
  }

  private void verdict(Ending ending) {
    out.println("Outcome: " + ending.status().replace('_', ' ') + " — " + Folding.oneLine(ending.reason(), WIDTH));
    for (Map.Entry<String, List<String>> kind : ending.transitions().entrySet()) {
      kind.getValue().forEach(id -> out.println("  " + Ending.words(kind.getKey()) + "  " + id));
    }
    if (ending.passToPass() > 0) {
      out.println("  pass → pass  " + ending.passToPass() + (ending.passToPass() == 1 ? " test" : " tests"));
    }
    if (!ending.summary().isBlank()) {
      out.println("Summary: " + Folding.oneLine(ending.summary(), WIDTH * 2));
    }
  }
}
