package dev.fixer.runner.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page of a batch or an evaluation: totals, then a table of its issues or instances that sorts by
 * any column when its heading is clicked, each row linking to its run's page.
 */
final class IndexPage {

  private IndexPage() {}

  /**
   * @param links each row's key and the relative link to its run page; rows without one get no link
   * @param evaluation whether the rows are an evaluation's instances (a score column) or a batch's issues (PRs)
   */
  static String html(String title, String about, List<IndexRow> rows, Map<String, String> links, boolean evaluation) {
    Html page = PageStyle.open(title);
    page.raw("<header>").el("h1", null, title).el("p", "muted", about);
    double cost = rows.stream().mapToDouble(r -> r.costUsd() == null ? 0 : r.costUsd()).sum();
    page.raw("<dl class=\"figures\">");
    figure(page, evaluation ? "instances" : "issues", String.valueOf(rows.size()));
    rows.stream().map(IndexRow::status).distinct().sorted()
        .forEach(s -> figure(page, s.replace('_', ' '), String.valueOf(rows.stream().filter(r -> r.status().equals(s)).count())));
    figure(page, "cost", Folding.cost(cost));
    figure(page, "time", Folding.duration(rows.stream().mapToLong(IndexRow::elapsedMs).sum()));
    page.raw("</dl></header><table id=\"runs\"><thead><tr><th data-sort=\"text\">")
        .esc(evaluation ? "instance" : "issue").raw("</th><th data-sort=\"text\">").esc(evaluation ? "repo" : "title")
        .raw("</th><th data-sort=\"text\">status</th>")
        .raw(evaluation ? "<th data-sort=\"text\">score</th>" : "<th data-sort=\"text\">pull request</th>")
        .raw("<th data-sort=\"num\" class=\"num\">steps</th><th data-sort=\"num\" class=\"num\">cost</th>"
            + "<th data-sort=\"num\" class=\"num\">time</th><th data-sort=\"text\">reason</th></tr></thead><tbody>");
    rows.forEach(row -> row(page, row, links.get(row.key()), evaluation));
    return PageStyle.close(page.raw("</tbody></table>"));
  }

  private static void row(Html page, IndexRow row, String link, boolean evaluation) {
    page.raw("<tr class=\"run\"><td data-v=\"").esc(row.key()).raw("\">");
    if (link != null) {
      page.raw("<a href=\"").esc(link).raw("\">").esc(row.key()).raw("</a>");
    } else {
      page.esc(row.key());
    }
    page.raw("</td>").el("td", null, row.title()).raw("<td><span class=\"status status-").esc(row.status()).raw("\">")
        .esc(row.status().replace('_', ' ')).raw("</span></td><td>");
    if (evaluation) {
      page.esc(row.score().replace('_', ' '));
    } else if (!Html.url(row.prUrl()).isEmpty()) {
      page.raw("<a href=\"" + Html.url(row.prUrl()) + "\">").esc(row.prUrl().replaceFirst(".*/pull/", "#")).raw("</a>");
    }
    page.raw("</td><td class=\"num\">" + row.steps() + "</td><td class=\"num\" data-v=\""
        + (row.costUsd() == null ? -1 : row.costUsd()) + "\">").esc(row.costUsd() == null ? "–" : Folding.cost(row.costUsd()))
        .raw(String.format(Locale.ROOT, "</td><td class=\"num\" data-v=\"%d\">", row.elapsedMs()))
        .esc(Folding.duration(row.elapsedMs())).raw("</td>").el("td", "reason", Folding.oneLine(row.reason(), 300))
        .raw("</tr>\n");
  }

  private static void figure(Html page, String name, String value) {
    page.raw("<div>").el("dt", null, name).el("dd", null, value).raw("</div>");
  }
}
