package dev.fixer.runner.report;

/**
 * The timeline of a run page: an {@code article.step} per step, its reasoning and each tool call in
 * {@code <details>}, closed. Long texts are cut, so that a long run makes a page a browser opens: each
 * output to a share of {@link #BUDGET} between {@link #MIN_CUT} and {@link #MAX_CUT} characters, with a
 * note of the trajectory line that holds it whole.
 */
final class StepsHtml {

  static final int BUDGET = 2_000_000;
  static final int MAX_CUT = 4096;
  static final int MIN_CUT = 512;

  private final Html page;
  private final String trajectory;
  private final int cut;

  private StepsHtml(Html page, String trajectory, int cut) {
    this.page = page;
    this.trajectory = trajectory;
    this.cut = cut;
  }

  static void write(Html page, RunView run) {
    int texts = Math.max(1, run.calls() * 2 + run.steps().size());
    int cut = Math.max(MIN_CUT, Math.min(MAX_CUT, BUDGET / texts));
    StepsHtml steps = new StepsHtml(page, run.trajectory().getFileName().toString(), cut);
    page.raw("<p><button type=\"button\" data-open=\"1\">expand all</button> "
        + "<button type=\"button\" data-open=\"0\">collapse all</button></p>");
    run.steps().forEach(steps::step);
  }

  private void step(Step step) {
    page.raw("<article class=\"step\" id=\"step-" + step.number() + "\">");
    if (!step.note().isEmpty()) {
      page.el("p", "note", step.note());
    }
    Tokens t = step.tokens();
    page.raw("<h3>Step " + step.number() + " ").el("span", "meta", "at " + Folding.duration(step.elapsedMs()) + " · "
        + t.prompt() + " prompt (" + t.cached() + " cached) · " + t.completion() + " completion"
        + (t.costUsd() == null ? "" : " · " + Folding.cost(t.costUsd()))).raw("</h3>");
    if (!step.reasoning().isBlank()) {
      page.raw("<details class=\"reasoning\"><summary>").el("span", "muted", "thinking: ")
          .esc(Folding.oneLine(step.reasoning(), 140)).raw("</summary>");
      pre(step.reasoning(), step.line());
      page.raw("</details>");
    }
    if (!step.text().isBlank()) {
      pre(step.text(), step.line());
    }
    step.calls().forEach(this::call);
    page.raw("</article>\n");
  }

  private void call(Call call) {
    page.raw(call.failed() ? "<details class=\"call failed\"><summary>" : "<details class=\"call\"><summary>")
        .el("code", "tool", call.name()).raw(" ").el("code", "args", Folding.arguments(call.arguments(), 120))
        .raw(" ").el("span", "meta", call.done() ? "(" + Folding.duration(call.durationMs())
            + (call.failed() ? ", failed)" : ")") : "(no result)").raw("</summary>");
    page.el("h4", null, "arguments");
    pre(call.arguments(), 0);
    if (call.done()) {
      page.el("h4", null, "output");
      pre(call.output(), call.outputLine());
    }
    page.raw("</details>");
  }

  private void pre(String whole, int line) {
    String text = Folding.visible(whole);
    page.el("pre", null, Folding.cut(text, cut));
    if (text.length() > cut) {
      page.el("p", "truncated", (text.length() - cut) + " more characters truncated"
          + (line > 0 ? "; the full text is in " + trajectory + " line " + line : ""));
    }
  }
}
