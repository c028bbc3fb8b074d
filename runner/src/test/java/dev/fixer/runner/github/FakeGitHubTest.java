package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake's own contract, seen by a plain HTTP client. */
class FakeGitHubTest {

  private static final String FROM_FIX = "{\"title\":\"T\",\"head\":\"fix\",\"base\":\"main\"}";
  private static final PersonIdent ME = new PersonIdent("Test User", "test@example.com");

  private final OkHttpClient client = new OkHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  FakeGitHub github;

  @BeforeEach
  void start() {
    github = FakeGitHub.start("acme", "demo");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private record Answer(int status, JsonNode body, Response response) {}

  private Answer send(String method, String path, String body, String authorization) throws IOException {
    Request.Builder request = new Request.Builder().url(github.apiUrl() + path)
        .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return new Answer(response.code(), json.readTree(response.body().string()), response);
    }
  }

  @Test
  void getUserFailsSoThatAnEagerClientIsCaught() throws Exception {
    Answer answer = send("GET", "/user", null, null);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.body().path("message").asText()).isEqualTo("fixer must not call GET /user");
  }

  @Test
  void anUnknownPathIsGitHubsNotFound() throws Exception {
    Answer answer = send("GET", "/repos/acme/other/issues/1", null, null);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().path("message").asText()).isEqualTo("Not Found");
    assertThat(answer.body().path("documentation_url").asText()).startsWith("https://docs.github.com/rest");
  }

  @Test
  void withARequiredTokenAcceptsTokenAndBearerAndRejectsTheRest() throws Exception {
    github.requireToken("t0k");

    assertThat(send("GET", "/repos/acme/demo", null, null).status()).isEqualTo(401);
    assertThat(send("GET", "/repos/acme/demo", null, "token wrong").body().path("message").asText())
        .isEqualTo("Bad credentials");
    assertThat(send("GET", "/repos/acme/demo", null, "token t0k").status()).isEqualTo(200);
    assertThat(send("GET", "/repos/acme/demo", null, "Bearer t0k").status()).isEqualTo(200);
  }

  @Test
  void aQueuedFailureAnswersOnceThenTheStateAnswersAgain() throws Exception {
    github.failNext("GET", "/repos/acme/demo", 503, "{\"message\":\"Unavailable\"}");

    assertThat(send("GET", "/repos/acme/demo", null, null).status()).isEqualTo(503);
    assertThat(send("GET", "/repos/acme/demo", null, null).body().path("full_name").asText()).isEqualTo("acme/demo");
    assertThat(github.count("GET", "/repos/acme/demo")).isEqualTo(2);
  }

  @Test
  void aStalledRequestIsRecordedButNeitherDoneNorAnsweredWhileOthersAre() throws Exception {
    int issue = github.addIssue("Bug", "", "alice");
    long comment = github.addComment(issue, "fixer[bot]", "working");
    github.stallNext("PATCH", "/repos/acme/demo/issues/comments/");
    OkHttpClient impatient = client.newBuilder().readTimeout(Duration.ofMillis(500)).build();
    Request edit = new Request.Builder().url(github.apiUrl() + "/repos/acme/demo/issues/comments/" + comment)
        .patch(RequestBody.create("{\"body\":\"done\"}", MediaType.get("application/json"))).build();

    assertThatThrownBy(() -> impatient.newCall(edit).execute()).isInstanceOf(SocketTimeoutException.class);

    assertThat(github.count("PATCH", "/repos/acme/demo/issues/comments/")).isEqualTo(1);
    assertThat(github.commentsOn(issue)).extracting(FakeGitHub.FakeComment::body).containsExactly("working");
    assertThat(send("GET", "/repos/acme/demo", null, null).status()).isEqualTo(200);
  }

  @Test
  void pagesLinkToTheFakeItselfAndCarryRateLimitHeaders() throws Exception {
    int issue = github.addIssue("Bug", "", "alice");
    for (int i = 0; i < 5; i++) {
      github.addComment(issue, "bob", "c" + i);
    }

    Answer first = send("GET", "/repos/acme/demo/issues/" + issue + "/comments?per_page=2", null, null);

    assertThat(first.body()).hasSize(2);
    assertThat(first.response().header("Link")).isEqualTo(
        "<" + github.apiUrl() + "/repos/acme/demo/issues/" + issue + "/comments?per_page=2&page=2>; rel=\"next\", "
            + "<" + github.apiUrl() + "/repos/acme/demo/issues/" + issue
            + "/comments?per_page=2&page=3>; rel=\"last\"");
    assertThat(first.response().header("X-RateLimit-Remaining")).isNotNull();
    Answer last = send("GET", "/repos/acme/demo/issues/" + issue + "/comments?per_page=2&page=3", null, null);
    assertThat(last.body()).singleElement()
        .satisfies(comment -> assertThat(comment.path("body").asText()).isEqualTo("c4"));
  }

  @Test
  void aSecondOpenPullRequestFromOneBranchIsRefusedLikeGitHubDoes() throws Exception {
    String create = "{\"title\":\"T\",\"head\":\"acme:fix\",\"base\":\"main\",\"body\":\"B\"}";

    Answer created = send("POST", "/repos/acme/demo/pulls", create, null);
    Answer again = send("POST", "/repos/acme/demo/pulls", create, null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.response().header("Location")).isEqualTo(github.apiUrl() + "/repos/acme/demo/pulls/1");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body().path("errors").get(0).path("message").asText())
        .isEqualTo("A pull request already exists for acme:fix.");
    assertThat(github.pulls()).hasSize(1);
  }

  @Test
  void aPullRequestFromABranchTheLocalCloneUrlLacksIsRefused(@TempDir Path dir) throws Exception {
    try (Git git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call()) {
      git.commit().setMessage("first").setAuthor(ME).setCommitter(ME).setSign(false).call();
      github.cloneUrl(dir.toString());

      Answer answer = send("POST", "/repos/acme/demo/pulls", FROM_FIX, null);

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("head");
      assertThat(github.pulls()).isEmpty();
    }
  }

  @Test
  void aPullRequestFromAPushedBranchPointsAtItsCommit(@TempDir Path dir) throws Exception {
    try (Git git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call()) {
      git.commit().setMessage("first").setAuthor(ME).setCommitter(ME).setSign(false).call();
      git.branchCreate().setName("fix").call();
      String tip = git.getRepository().resolve("refs/heads/fix").name();
      github.cloneUrl(dir.toString());

      Answer answer = send("POST", "/repos/acme/demo/pulls", FROM_FIX, null);

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.body().path("head").path("sha").asText()).isEqualTo(tip);
    }
  }

  @Test
  void removingALabelTheIssueLacksIs404LabelDoesNotExist() throws Exception {
    int issue = github.addIssue("Bug", "", "alice", "bug");

    Answer answer = send("DELETE", "/repos/acme/demo/issues/" + issue + "/labels/fixer:working", null, null);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().path("message").asText()).isEqualTo("Label does not exist");
    assertThat(github.labelsOf(issue)).containsExactly("bug");
  }
}
