package dev.fixer.runner.report;

import java.util.List;
import java.util.Map;

/**
 * A run as one HTML page: the header (title, verdict, figures), the issue, the summary, the test
 * transitions, the diff, tokens and cost per step, and the timeline of steps.
 */
final class RunPage {

  private RunPage() {}

  /** @param back a relative link to the page that lists this run, or null */
  static String html(RunView run, String back) {
    Html page = PageStyle.open(run.title());
    if (back != null) {
      page.raw("<p><a href=\"").esc(back).raw("\">← all runs</a></p>");
    }
    header(page, run);
    page.raw("<section id=\"issue\"><details><summary>The issue</summary>");
    page.el("pre", null, Folding.cut(run.issue(), 20_000)).raw("</details></section>");
    run.ending().filter(ending -> !ending.summary().isBlank()).ifPresent(ending ->
        page.raw("<section id=\"summary\"><h2>Summary</h2>").el("pre", null, ending.summary()).raw("</section>"));
    page.raw("<section id=\"tests\"><h2>Tests</h2>");
    run.ending().ifPresentOrElse(ending -> tests(page, ending),
        () -> page.el("p", "muted", "No verdict: the run has no result.json."));
    page.raw("</section><section id=\"changes\"><h2>Diff</h2>");
    DiffHtml.write(page, run.patch(), "the run's patch file");
    page.raw("</section><section id=\"usage\"><h2>Tokens and cost per step</h2>");
    UsageChart.write(page, run.steps());
    page.raw("</section><section id=\"timeline\"><h2>Steps</h2>");
    StepsHtml.write(page, run);
    return PageStyle.close(page.raw("</section>"));
  }

  private static void header(Html page, RunView run) {
    page.raw("<header>").el("h1", null, run.title());
    String status = run.ending().map(Ending::status).orElse(run.finished() ? "no verdict" : "unfinished");
    page.raw("<p><span class=\"status status-").esc(status).raw("\" id=\"status\">").esc(status.replace('_', ' '))
        .raw("</span> ").esc(run.ending().map(Ending::reason).orElse("")).raw("</p>");
    if (run.torn()) {
      page.el("p", "note", RunView.CUT_OFF + ", as when a run is killed; what came before it is shown.");
    }
    Tokens t = run.ending().map(Ending::tokens).filter(e -> e.prompt() > 0).orElse(run.totals());
    Double cost = t.costUsd() != null ? t.costUsd() : run.totals().costUsd();
    page.raw("<dl class=\"figures\">");
    figure(page, "steps", String.valueOf(run.steps().size()));
    figure(page, "time", Folding.duration(run.elapsedMs()));
    figure(page, "prompt tokens", String.valueOf(t.prompt()));
    figure(page, "cache hits", Math.round(100 * t.cacheHit()) + "%");
    figure(page, "completion tokens", String.valueOf(t.completion()));
    figure(page, "cost", Folding.cost(cost));
    figure(page, "model", run.model());
    page.raw("</dl>").el("p", "muted", "run directory " + run.dir()).raw("</header>\n");
  }

  private static void figure(Html page, String name, String value) {
    page.raw("<div>").el("dt", null, name).el("dd", null, value).raw("</div>");
  }

  private static void tests(Html page, Ending ending) {
    page.raw("<ul class=\"transitions\" id=\"transitions\">");
    for (Map.Entry<String, List<String>> kind : ending.transitions().entrySet()) {
      for (String id : kind.getValue()) {
        page.raw("<li class=\"transition ").esc(kind.getKey()).raw("\">").el("span", "kind", Ending.words(kind.getKey()))
            .raw(" ").el("code", "test", id).raw("</li>");
      }
    }
    page.raw("</ul>");
    if (ending.passToPass() > 0) {
      page.el("p", "muted", ending.passToPass() + (ending.passToPass() == 1 ? " test passes" : " tests pass")
          + " before and after the change.");
    }
    if (ending.transitions().isEmpty() && ending.passToPass() == 0) {
      page.el("p", "muted", ending.lines().isEmpty() ? "No tests were compared." : String.join("; ", ending.lines()));
    }
  }
}
