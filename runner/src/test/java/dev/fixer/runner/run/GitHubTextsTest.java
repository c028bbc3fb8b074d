package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitHubTextsTest {

  private static ObjectNode result() throws Exception {
    return (ObjectNode) new ObjectMapper().readTree("""
        {"status":"fixed","reason":"the change passes the tests the agent ran","summary":"Median fixed.",
         "issue":{"title":"Median is wrong","reference":"#7","number":7},
         "changed_files":[{"path":"src/Stats.java","change":"modified","added":3,"removed":1}],
         "tests":{"passed":true,"command":"mvn -o test -Dtest=StatsTest","requested":["StatsTest"],
                  "run":4,"failed":0,"errors":0,"skipped":0},
         "steps":5,"tokens":{"prompt":12000,"cached":9000,"completion":300},"cost_usd":0.0123,"elapsed_ms":95000,
         "model":"kimi-k2.6"}""");
  }

  @Test
  void thePullRequestBodyClosesTheIssueAndShowsChangesTestsAndTheRun() throws Exception {
    String body = GitHubTexts.prBody(result(), Optional.of("https://github.com/o/n/actions/runs/1"));

    assertThat(body).startsWith("Fixes #7\n\nMedian fixed.\n\n### What changed")
        .contains("| `src/Stats.java` | modified | 3 | 1 |")
        .contains("Tests pass: StatsTest (4 run, 0 failed, 0 errors, 0 skipped).")
        .contains("```\nmvn -o test -Dtest=StatsTest\n```")
        .contains("5 steps · 12,000 prompt tokens (9,000 cached) · 300 completion tokens · $0.0123 · 1m35s · kimi-k2.6"
            + " · [run](https://github.com/o/n/actions/runs/1)")
        .endsWith(GitHubTexts.PR_MARKER + "\n");
  }

  @Test
  void theStatusCommentCarriesItsMarkerInEveryState() throws Exception {
    assertThat(GitHubTexts.working("fixer/issue-7", "kimi-k2.6", Optional.empty()))
        .startsWith(GitHubTexts.STATUS_MARKER).contains("`fixer/issue-7`").doesNotContain("Follow the run");
    assertThat(GitHubTexts.fixed(result(), "https://github.com/o/n/pull/8", Optional.empty()))
        .startsWith(GitHubTexts.STATUS_MARKER).contains("https://github.com/o/n/pull/8").doesNotContain("mvn -o");
    ObjectNode stopped = result().put("status", "not_fixed").put("reason", "stopped at the step limit of 5 steps");
    assertThat(GitHubTexts.stopped(stopped, Optional.empty())).startsWith(GitHubTexts.STATUS_MARKER)
        .contains("**fixer could not fix this issue:** stopped at the step limit of 5 steps")
        .contains("It changed 1 file but did not open a pull request");
  }

  @Test
  void theSummaryStartsItsReasonAsASentence() throws Exception {
    assertThat(GitHubTexts.summary(result().put("pr_url", "https://github.com/o/n/pull/8")))
        .startsWith("### fixer on #7: fixed\n\nThe change passes the tests the agent ran.\n\n"
            + "Pull request: https://github.com/o/n/pull/8\n\n");
    assertThat(GitHubTexts.summary(result().put("reason", "done!"))).contains("\n\nDone!\n\n");
  }
}
