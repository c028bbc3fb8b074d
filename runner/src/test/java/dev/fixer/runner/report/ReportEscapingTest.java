package dev.fixer.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text a report shows comes from a run, a model or a user, and none of it comes out as markup. */
class ReportEscapingTest {

  private static final String EVIL = "<script>alert(1)</script> </textarea> \"'& x";
  private static final List<String> RAW = List.of("<script>alert(1)", "</textarea>", "\"'&");

  @TempDir
  Path temp;

  private Path evilRun(Path dir) throws Exception {
    return new HandRun().issue("T " + EVIL, "B " + EVIL)
        .step("R " + EVIL, "read_file", HandRun.json(java.util.Map.of("path", "A " + EVIL)), "O " + EVIL, false)
        .step("", "tool " + EVIL, "not json " + EVIL, "O2 " + EVIL, true)
        .finished()
        .write(dir, HandRun.result("fixed " + EVIL, "W " + EVIL, "S " + EVIL, "test " + EVIL),
            "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-" + EVIL + "\n+" + EVIL + "\n " + EVIL + "\n");
  }

  @Test
  void noFieldOfARunComesOutRawInItsPage() throws Exception {
    Path run = evilRun(temp.resolve("run"));

    Reports.html(run, temp.resolve("run.html"));

    String html = Files.readString(temp.resolve("run.html"));
    RAW.forEach(raw -> assertThat(html).doesNotContain(raw));
    assertThat(html).contains("T &lt;script&gt;alert(1)&lt;/script&gt; &lt;/textarea&gt; &quot;&#39;&amp; x")
        .contains("R &lt;script&gt;").contains("B &lt;script&gt;").contains("O &lt;script&gt;")
        .contains("O2 &lt;script&gt;").contains("tool &lt;script&gt;").contains("not json &lt;script&gt;")
        .contains("test &lt;script&gt;").contains("S &lt;script&gt;").contains("W &lt;script&gt;")
        .contains("+&lt;script&gt;").contains("status-fixed &lt;script&gt;");
    assertThat(html.split("<script>", -1)).as("only the page's own script").hasSize(2);
  }

  @Test
  void noFieldOfABatchComesOutRawAndOnlyWebLinksAreLinked() throws Exception {
    evilRun(temp.resolve("batch/issue-7/run"));
    ObjectNode state = JsonNodeFactory.instance.objectNode().put("version", 1).put("repo", "o/" + EVIL)
        .put("label", EVIL);
    state.putArray("issues").addObject().put("number", 7).put("title", EVIL).put("status", "fixed " + EVIL)
        .put("pr_url", "javascript:alert(1)//" + EVIL).put("steps", 2).put("cost_usd", 0.5).put("elapsed_ms", 1000)
        .put("reason", EVIL);
    Files.writeString(temp.resolve("batch/state.json"), state.toString());

    Reports.html(temp.resolve("batch"), temp.resolve("batch/report.html"));

    String html = Files.readString(temp.resolve("batch/report.html"));
    RAW.forEach(raw -> assertThat(html).doesNotContain(raw));
    assertThat(html).doesNotContain("href=\"javascript").contains("report-files/issue-7.html");
    String page = Files.readString(temp.resolve("batch/report-files/issue-7.html"));
    RAW.forEach(raw -> assertThat(page).doesNotContain(raw));
  }

  @Test
  void noFieldOfAnEvaluationComesOutRaw() throws Exception {
    Path eval = Files.createDirectories(temp.resolve("eval"));
    Files.writeString(eval.resolve("eval.json"), "{}");
    String id = "acme__x-1" + EVIL;
    evilRun(new dev.fixer.runner.eval.EvalDir(eval).run(id));
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.putArray("instances").addObject().put("instance_id", id).put("repo", EVIL).put("fixer_status", EVIL)
        .put("score_status", EVIL).put("steps", 2).put("wall_ms", 10).put("fixer_reason", EVIL);
    Files.writeString(eval.resolve("report.json"), report.toString());

    Reports.html(eval, eval.resolve("report.html"));

    String html = Files.readString(eval.resolve("report.html"));
    RAW.forEach(raw -> assertThat(html).doesNotContain(raw));
    assertThat(html).contains("<a href=\"report-files/acme__x-1_script_alert_1___script_");
    try (var pages = Files.list(eval.resolve("report-files"))) {
      String page = Files.readString(pages.findFirst().orElseThrow());
      RAW.forEach(raw -> assertThat(page).doesNotContain(raw));
    }
  }

  @Test
  void theTerminalShowsNoColourOrCursorCodesFromAToolOutput() throws Exception {
    Path run = new HandRun().step("thinking", "run_command", "{}", "red \u001b[31mtext\u001b[0m\rover\u0007", false)
        .finished().write(temp.resolve("ansi"), null, null);
    StringWriter out = new StringWriter();

    Reports.show(run, false, new PrintWriter(out));

    assertThat(out.toString()).contains("red textover?").doesNotContain("\u001b").doesNotContain("\r");
  }
}
