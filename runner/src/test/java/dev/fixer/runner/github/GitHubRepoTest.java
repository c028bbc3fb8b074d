package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.github.FakeGitHub.FakeComment;
import dev.fixer.runner.github.FakeGitHub.FakePull;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubRepoTest {

  private static final String TOKEN = "ghp_secretTOKENvalue123";
  private static final String MARKER = "<!-- fixer:status -->";

  FakeGitHub github;

  @BeforeEach
  void start() {
    github = FakeGitHub.start("acme", "demo");
    github.requireToken(TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private GitHubAccess access() {
    return new GitHubAccess(github.apiUrl(), Optional.of(TOKEN));
  }

  private GitHubRepo connect() {
    return GitHubRepo.connect(access(), "acme/demo");
  }

  @Test
  void connectsWithATokenWithoutAskingWhoItBelongsTo() {
    github.cloneUrl("/srv/git/demo.git");

    GitHubRepo repo = connect();

    assertThat(repo.fullName()).isEqualTo("acme/demo");
    assertThat(repo.defaultBranch()).isEqualTo("main");
    assertThat(repo.cloneUrl()).isEqualTo("/srv/git/demo.git");
    assertThat(repo.htmlUrl()).isEqualTo(github.serverUrl() + "/acme/demo");
    assertThat(github.count("GET", "/user")).isZero();
    assertThat(github.requests()).extracting(request -> request.getMethod() + " " + request.getTarget())
        .containsExactly("GET /repos/acme/demo");
    assertThat(github.requests().get(0).getHeaders().get("Authorization")).isEqualTo("token " + TOKEN);
  }

  @Test
  void connectsAnonymouslyWithoutAskingWhoItIsAndWithoutAnAuthorizationHeader() {
    try (FakeGitHub open = FakeGitHub.start("acme", "demo")) {
      GitHubRepo repo = GitHubRepo.connect(new GitHubAccess(open.apiUrl(), Optional.empty()), "acme/demo");

      assertThat(repo.fullName()).isEqualTo("acme/demo");
      assertThat(open.count("GET", "/user")).isZero();
      assertThat(open.requests()).hasSize(1);
      assertThat(open.requests().get(0).getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void aRejectedTokenIsAUsageErrorThatDoesNotShowTheToken() {
    String wrong = "ghp_wrongTOKEN456";

    assertThatThrownBy(() -> GitHubRepo.connect(new GitHubAccess(github.apiUrl(), Optional.of(wrong)), "acme/demo"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageStartingWith("GitHub at " + github.apiUrl() + " rejected GITHUB_TOKEN (401 Bad credentials): ")
        .message().doesNotContain(wrong).doesNotContain(TOKEN);
  }

  @Test
  void anUnknownRepositoryIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> GitHubRepo.connect(access(), "acme/missing"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("repository acme/missing was not found at " + github.apiUrl()
            + ": check the name, and that GITHUB_TOKEN can see it");
  }

  @Test
  void aNameThatIsNotOwnerSlashNameIsAUsageError() {
    assertThatThrownBy(() -> GitHubRepo.connect(access(), "demo"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageStartingWith("'demo' is not a GitHub repository name");
    assertThat(github.requests()).isEmpty();
  }

  @Test
  void anUnreachableGitHubIsAnInfrastructureErrorThatDoesNotShowTheToken() throws Exception {
    String closed;
    try (MockWebServer gone = new MockWebServer()) {
      gone.start(InetAddress.getByName("127.0.0.1"), 0);
      closed = "http://127.0.0.1:" + gone.getPort();
    }

    assertThatThrownBy(() -> GitHubRepo.connect(new GitHubAccess(closed, Optional.of(TOKEN)), "acme/demo"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
        .hasMessage("cannot reach GitHub at " + closed + " to read repository acme/demo: connection refused");
  }

  @Test
  void aServerErrorIsAnInfrastructureError() {
    github.failNext("GET", "/repos/acme/demo", 502, "{\"message\":\"Server Error\"}");

    assertThatThrownBy(this::connect)
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
        .hasMessage("cannot reach GitHub at " + github.apiUrl()
            + " to read repository acme/demo: it answered 502 Server Error; try again later");
    assertThat(github.count("GET", "/repos/acme/demo")).isEqualTo(1);
  }

  @Test
  void readsAnIssueWithEveryCommentAcrossPagesOldestFirst() {
    int number = github.addIssue("Calc.add is wrong", "2 + 2 gives 5", "alice", "bug", "fixer");
    for (int i = 1; i <= 105; i++) {
      github.addComment(number, i % 2 == 0 ? "bob" : "carol", "comment " + i);
    }

    GitHubIssue issue = connect().issue(number);

    assertThat(issue.number()).isEqualTo(number);
    assertThat(issue.title()).isEqualTo("Calc.add is wrong");
    assertThat(issue.body()).isEqualTo("2 + 2 gives 5");
    assertThat(issue.author()).isEqualTo("alice");
    assertThat(issue.open()).isTrue();
    assertThat(issue.pullRequest()).isFalse();
    assertThat(issue.labels()).containsExactly("bug", "fixer");
    assertThat(issue.htmlUrl()).isEqualTo(github.serverUrl() + "/acme/demo/issues/" + number);
    assertThat(issue.comments()).hasSize(105);
    assertThat(issue.comments().get(0).body()).isEqualTo("comment 1");
    assertThat(issue.comments().get(0).author()).isEqualTo("carol");
    assertThat(issue.comments().get(104).body()).isEqualTo("comment 105");
    assertThat(issue.comments().get(104).createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")
        .isGreaterThan(issue.comments().get(0).createdAt());
    assertThat(github.count("GET", "/repos/acme/demo/issues/" + number + "/comments")).isEqualTo(2);
  }

  @Test
  void aClosedIssueAndAPullRequestSayWhatTheyAre() {
    int closed = github.addIssue("Old", "", "alice");
    github.closeIssue(closed);
    int pull = github.addPullRequest("feature", "A change", "Body");
    GitHubRepo repo = connect();

    assertThat(repo.issue(closed).open()).isFalse();
    assertThat(repo.issue(closed).state()).isEqualTo("closed");
    assertThat(repo.issue(pull).pullRequest()).isTrue();
    assertThat(repo.issue(pull).htmlUrl()).isEqualTo(github.serverUrl() + "/acme/demo/pull/" + pull);
  }

  @Test
  void aMissingIssueIsAUsageError() {
    GitHubRepo repo = connect();

    assertThatThrownBy(() -> repo.issue(99))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("issue #99 was not found in acme/demo");
  }

  @Test
  void listsOpenLabeledIssuesFromEveryPageByNumberWithoutPullRequests() {
    List<Integer> labeled = new java.util.ArrayList<>();
    for (int i = 1; i <= 103; i++) {
      labeled.add(github.addIssue("Issue " + i, "", "alice", "fixer"));
    }
    github.addIssue("Unlabeled", "", "alice");
    int closed = github.addIssue("Closed", "", "alice", "fixer");
    github.closeIssue(closed);
    int pull = github.addPullRequest("feature", "A change", "");
    github.addLabels(pull, "fixer");
    int last = github.addIssue("Last", "", "bob", "bug", "fixer");
    labeled.add(last);

    List<GitHubIssue> issues = connect().openIssuesLabeled("fixer");

    assertThat(issues).extracting(GitHubIssue::number).containsExactlyElementsOf(labeled);
    assertThat(issues).allSatisfy(issue -> assertThat(issue.comments()).isEmpty());
    assertThat(issues.get(issues.size() - 1).labels()).containsExactly("bug", "fixer");
    assertThat(github.count("GET", "/repos/acme/demo/issues")).isEqualTo(2);
  }

  @Test
  void asksForAPullRequestOnceAndGetsTheSameOneWhenItAlreadyExists() {
    GitHubRepo repo = connect();

    PullRequest first = repo.createPullRequest("fixer/issue-7", "Fix #7", "Fixes #7", true);
    PullRequest second = repo.createPullRequest("fixer/issue-7", "Fix #7 again", "Fixes #7 again", false);

    assertThat(second).isEqualTo(first);
    assertThat(first.headBranch()).isEqualTo("fixer/issue-7");
    assertThat(first.draft()).isTrue();
    assertThat(first.htmlUrl()).isEqualTo(github.serverUrl() + "/acme/demo/pull/" + first.number());
    assertThat(github.pulls()).containsExactly(
        new FakePull(first.number(), "fixer/issue-7", "main", "Fix #7", "Fixes #7", true, "open"));
    assertThat(github.count("POST", "/repos/acme/demo/pulls")).isEqualTo(2);
  }

  @Test
  void aPullRequestGitHubRefusesIsAnInfrastructureErrorWithGitHubsReasons() {
    github.failNext("POST", "/repos/acme/demo/pulls", 422, "{\"message\":\"Validation Failed\",\"errors\":["
        + "{\"resource\":\"PullRequest\",\"code\":\"custom\",\"message\":\"No commits between main and fixer/x\"},"
        + "{\"resource\":\"PullRequest\",\"field\":\"head\",\"code\":\"invalid\"}]}");
    GitHubRepo repo = connect();

    assertThatThrownBy(() -> repo.createPullRequest("fixer/x", "Fix", "", false))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
        .hasMessage("GitHub at " + github.apiUrl() + " refused to open a pull request from branch fixer/x of acme/demo "
            + "(422 Validation Failed: No commits between main and fixer/x; head invalid)");
    assertThat(github.pulls()).isEmpty();
  }

  @Test
  void findsTheOpenPullRequestFromABranchOnly() {
    GitHubRepo repo = connect();
    assertThat(repo.openPullRequest("fixer/issue-7")).isEmpty();
    PullRequest created = repo.createPullRequest("fixer/issue-7", "Fix #7", "Fixes #7", false);
    github.addPullRequest("other", "Other", "");

    assertThat(repo.openPullRequest("fixer/issue-7")).contains(created);
    github.closeIssue(created.number());
    assertThat(repo.openPullRequest("fixer/issue-7")).isEmpty();
  }

  @Test
  void updatesTheTitleAndBodyOfAPullRequestInOneCall() {
    GitHubRepo repo = connect();
    PullRequest created = repo.createPullRequest("fixer/issue-7", "Fix #7", "first body", false);

    PullRequest updated = repo.updatePullRequest(created.number(), "Fix #7 (take 2)", "second body");

    assertThat(updated).isEqualTo(created);
    assertThat(github.pulls()).singleElement().satisfies(pull -> {
      assertThat(pull.title()).isEqualTo("Fix #7 (take 2)");
      assertThat(pull.body()).isEqualTo("second body");
    });
    assertThat(github.count("PATCH", "/repos/acme/demo/pulls/" + created.number())).isEqualTo(1);
  }

  @Test
  void updatingAMissingPullRequestIsAUsageError() {
    GitHubRepo repo = connect();

    assertThatThrownBy(() -> repo.updatePullRequest(42, "t", "b"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("pull request #42 was not found in acme/demo");
  }

  @Test
  void findsItsStatusCommentByTheMarkerAndEditsItInPlace() {
    int issue = github.addIssue("Bug", "", "alice");
    github.addComment(issue, "alice", "any news?");
    GitHubRepo repo = connect();
    assertThat(repo.findComment(issue, MARKER)).isEmpty();

    IssueComment added = repo.addComment(issue, MARKER + "\nWorking on it");
    assertThat(repo.findComment(issue, MARKER)).contains(added);
    IssueComment edited = repo.editComment(added.id(), MARKER + "\nDone");

    assertThat(edited).isEqualTo(new IssueComment(added.id(), added.htmlUrl(), MARKER + "\nDone"));
    assertThat(added.htmlUrl())
        .isEqualTo(github.serverUrl() + "/acme/demo/issues/" + issue + "#issuecomment-" + added.id());
    assertThat(github.commentsOn(issue)).containsExactly(
        github.commentsOn(issue).get(0), new FakeComment(added.id(), "fixer[bot]", MARKER + "\nDone"));
    assertThat(repo.findComment(issue, MARKER)).contains(edited);
  }

  @Test
  void swapsTheStateLabelAndLeavesOtherLabelsAlone() {
    int issue = github.addIssue("Bug", "", "alice", "bug", "fixer:working");

    connect().setStateLabel(issue, "fixer:done", List.of("fixer:working", "fixer:failed"));

    assertThat(github.labelsOf(issue)).containsExactly("bug", "fixer:done");
    assertThat(github.count("DELETE", "/repos/acme/demo/issues/" + issue + "/labels")).isEqualTo(1);
  }

  @Test
  void aLabelThatIsGoneWhenRemovedIsNoError() {
    int issue = github.addIssue("Bug", "", "alice", "fixer:working");
    github.failNext("DELETE", "/repos/acme/demo/issues/" + issue + "/labels/",
        404, "{\"message\":\"Label does not exist\",\"documentation_url\":\"https://docs.github.com/rest\"}");

    connect().setStateLabel(issue, "fixer:done", List.of("fixer:working"));

    assertThat(github.labelsOf(issue)).containsExactly("fixer:working", "fixer:done");
  }

  @Test
  void settingTheLabelItAlreadyHasChangesNothing() {
    int issue = github.addIssue("Bug", "", "alice", "fixer:done");

    connect().setStateLabel(issue, "fixer:done", List.of("fixer:done", "fixer:working"));

    assertThat(github.labelsOf(issue)).containsExactly("fixer:done");
    assertThat(github.count("POST", "/repos/acme/demo/issues")).isZero();
    assertThat(github.count("DELETE", "/repos/acme/demo/issues")).isZero();
  }

  @Test
  void readsTheRoleOfCollaboratorsAndNoneForOthers() {
    github.collaborator("writer", "write");
    github.collaborator("reader", "read");
    github.collaborator("keeper", "maintain");
    github.collaborator("triager", "triage");
    GitHubRepo repo = connect();

    assertThat(repo.permissionOf("writer")).isEqualTo(Permission.WRITE);
    assertThat(repo.permissionOf("reader")).isEqualTo(Permission.READ);
    assertThat(repo.permissionOf("keeper")).isEqualTo(Permission.MAINTAIN);
    assertThat(repo.permissionOf("triager")).isEqualTo(Permission.TRIAGE);
    assertThat(repo.permissionOf("stranger")).isEqualTo(Permission.NONE);
    assertThat(List.of(Permission.values())).filteredOn(Permission::canWrite)
        .containsExactly(Permission.ADMIN, Permission.MAINTAIN, Permission.WRITE);
  }

  @Test
  void aRefusalIsAUsageErrorSayingWhatTheTokenNeeds() {
    int issue = github.addIssue("Bug", "", "alice");
    github.failNext("POST", "/repos/acme/demo/issues/" + issue + "/comments", 403,
        "{\"message\":\"Resource not accessible by personal access token\"}");
    GitHubRepo repo = connect();

    assertThatThrownBy(() -> repo.addComment(issue, "hello"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("GitHub at " + github.apiUrl() + " refused to comment on issue #" + issue + " of acme/demo (403 "
            + "Resource not accessible by personal access token): give GITHUB_TOKEN write access to the contents, "
            + "issues and pull requests of acme/demo");
  }
}
