package dev.fixer.runner.report;

import java.util.List;
import java.util.Locale;

/**
 * Tokens, cache hits and cost per step: an inline SVG of stacked bars (cached prompt, uncached prompt,
 * completion) and a table of the figures.
 */
final class UsageChart {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 180;

  private UsageChart() {}

  static void write(Html page, List<Step> steps) {
    if (steps.stream().allMatch(step -> step.tokens().prompt() + step.tokens().completion() == 0)) {
      page.el("p", "muted", "The run recorded no token counts (a replayed model, or a run that made no request).");
      return;
    }
    svg(page, steps);
    page.raw("<p class=\"legend muted\"><span style=\"background:#9ecbff\"></span>cached prompt"
        + "<span style=\"background:#0969da\"></span>uncached prompt<span style=\"background:#fb8f44\"></span>completion"
        + "</p><details><summary>Figures per step</summary><table id=\"usage-table\"><thead><tr><th>step</th>"
        + "<th class=\"num\">prompt</th><th class=\"num\">cached</th><th class=\"num\">cache hit</th>"
        + "<th class=\"num\">completion</th><th class=\"num\">cost</th></tr></thead><tbody>");
    for (Step step : steps) {
      Tokens t = step.tokens();
      page.raw(String.format(Locale.ROOT, "<tr><td><a href=\"#step-%d\">%d</a></td><td class=\"num\">%d</td>"
              + "<td class=\"num\">%d</td><td class=\"num\">%.0f%%</td><td class=\"num\">%d</td><td class=\"num\">",
          step.number(), step.number(), t.prompt(), t.cached(), 100 * t.cacheHit(), t.completion()))
          .esc(t.costUsd() == null ? "–" : Folding.cost(t.costUsd())).raw("</td></tr>");
    }
    page.raw("</tbody></table></details>");
  }

  private static void svg(Html page, List<Step> steps) {
    long max = Math.max(1, steps.stream().mapToLong(s -> s.tokens().prompt() + s.tokens().completion()).max().orElse(1));
    double slot = (double) WIDTH / steps.size();
    double bar = Math.max(0.5, Math.min(60, slot * 0.8));
    page.raw(String.format(Locale.ROOT, "<svg class=\"chart\" id=\"usage-chart\" viewBox=\"0 0 %d %d\""
        + " role=\"img\" aria-label=\"tokens per step\">", WIDTH, HEIGHT + 20));
    for (int i = 0; i < steps.size(); i++) {
      Tokens t = steps.get(i).tokens();
      double x = i * slot;
      double y = HEIGHT;
      page.raw(String.format(Locale.ROOT, "<g><title>step %d: %d prompt (%d cached, %.0f%%), %d completion</title>",
          steps.get(i).number(), t.prompt(), t.cached(), 100 * t.cacheHit(), t.completion()));
      y = rect(page, x, y, bar, t.cached(), max, "#9ecbff");
      y = rect(page, x, y, bar, t.prompt() - t.cached(), max, "#0969da");
      rect(page, x, y, bar, t.completion(), max, "#fb8f44");
      page.raw("</g>");
    }
    page.raw(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" font-size=\"12\" fill=\"#59636e\">step 1 … %d;"
        + " highest bar %d tokens</text></svg>", HEIGHT + 16, steps.get(steps.size() - 1).number(), max));
  }

  private static double rect(Html page, double x, double bottom, double width, long tokens, long max, String colour) {
    double height = Math.max(0, tokens) * (double) HEIGHT / max;
    page.raw(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>",
        x, bottom - height, width, height, colour));
    return bottom - height;
  }
}
