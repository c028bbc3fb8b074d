package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullReviewsTest {

  private static final String TOKEN = "ghp_reviewsTOKEN321";
  private static final String TOO_LARGE = "{\"message\":\"Sorry, the diff exceeded the maximum number of lines"
      + " (20000). Consider using 'List pull requests files' API or locally cloning the repository instead.\","
      + "\"errors\":[{\"resource\":\"PullRequest\",\"field\":\"diff\",\"code\":\"too_large\"}],"
      + "\"documentation_url\":\"https://docs.github.com/rest/pulls/pulls#list-pull-requests-files\","
      + "\"status\":\"406\"}";

  @TempDir
  Path temp;

  private FakeGitHub github;

  @BeforeEach
  void start() {
    github = FakeGitHub.start("acme", "demo");
    github.requireToken(TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private PullReviews reviews() {
    return PullReviews.of(new GitHubAccess(github.apiUrl(), Optional.of(TOKEN)), "acme/demo");
  }

  @Test
  void readsEveryReviewCommentPageByPageFollowingTheLinkHeader() {
    int pull = github.addPullRequest("fixer/issue-1", "Fix", "A fix.");
    for (int i = 1; i <= 150; i++) {
      github.addReviewComment(pull, "reviewer", "src/File" + i + ".java", i, "comment " + i);
    }

    assertThat(reviews().lineComments(pull)).hasSize(150).satisfies(comments -> {
      assertThat(comments.get(0).body()).isEqualTo("comment 1");
      assertThat(comments.get(99).body()).isEqualTo("comment 100");
      assertThat(comments.get(149)).satisfies(last -> {
        assertThat(last.body()).isEqualTo("comment 150");
        assertThat(last.path()).isEqualTo("src/File150.java");
        assertThat(last.line()).isEqualTo(150);
      });
    });
    assertThat(github.requests()).extracting(request -> request.getTarget()).containsExactly(
        "/repos/acme/demo/pulls/" + pull + "/comments?per_page=100",
        "/repos/acme/demo/pulls/" + pull + "/comments?per_page=100&page=2");
    assertThat(github.requests()).allSatisfy(request ->
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("token " + TOKEN));
  }

  @Test
  void aNextPageLinkToAnotherServerIsRefusedSoTheTokenGoesNowhereElse() throws Exception {
    try (MockWebServer api = new MockWebServer(); MockWebServer elsewhere = new MockWebServer()) {
      api.start(InetAddress.getByName("127.0.0.1"), 0);
      elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
      api.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
          .addHeader("Link", "<http://127.0.0.1:" + elsewhere.getPort() + "/repos/acme/demo/pulls/1/comments?page=2>;"
              + " rel=\"next\"").body("[]").build());
      PullReviews reviews = PullReviews.of(new GitHubAccess("http://127.0.0.1:" + api.getPort(), Optional.of(TOKEN)),
          "acme/demo");

      assertThatThrownBy(() -> reviews.lineComments(1)).isInstanceOf(FixerException.class)
          .hasMessageContaining("read the review comments of pull request #1 of acme/demo")
          .hasMessageContaining("is not on http://127.0.0.1:" + api.getPort());
      assertThat(elsewhere.getRequestCount()).isZero();
    }
  }

  @Test
  void thePullRequestsDiffComesFromGitHubFromTheMergeBaseToItsHead() throws Exception {
    Path origin = temp.resolve("origin");
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      commit(git, origin, "Calc.java", "class Calc {}\n", "calc");
      git.branchCreate().setName("fixer/issue-1").call();
      commit(git, origin, "README.md", "later on main\n", "readme");
      git.checkout().setName("fixer/issue-1").call();
      commit(git, origin, "Calc.java", "class Calc { int add(int a, int b) { return a + b; } }\n", "fix");
    }
    github.cloneUrl(origin.toString());
    int pull = github.addPullRequest("fixer/issue-1", "Fix", "A fix.");

    String diff = reviews().diff(pull);

    assertThat(diff).startsWith("diff --git a/Calc.java b/Calc.java")
        .contains("+class Calc { int add(int a, int b) { return a + b; } }").doesNotContain("README.md");
    assertThat(github.requests()).last().satisfies(request -> {
      assertThat(request.getTarget()).isEqualTo("/repos/acme/demo/pulls/" + pull);
      assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.github.diff");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("token " + TOKEN);
    });
  }

  @Test
  void aDiffGitHubRefusesIsAFailureWithGitHubsReason() {
    int pull = github.addPullRequest("fixer/issue-1", "Fix", "A fix.");
    github.refuseDiff(pull, 406, TOO_LARGE);

    assertThatThrownBy(() -> reviews().diff(pull)).isInstanceOf(FixerException.class)
        .hasMessageContaining("read the diff of pull request #" + pull + " of acme/demo")
        .hasMessageContaining("406 Sorry, the diff exceeded the maximum number of lines (20000)")
        .hasMessageNotContaining(TOKEN);
  }

  private static void commit(Git git, Path root, String file, String text, String message) throws Exception {
    Files.writeString(root.resolve(file), text);
    git.add().addFilepattern(file).call();
    git.commit().setMessage(message).setAuthor("A", "a@example.com").setCommitter("A", "a@example.com")
        .setSign(false).call();
  }
}
