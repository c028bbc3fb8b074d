package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HttpsTokenTest {

  private static final String TOKEN = "ghp_httpsTokenTest0123456789";
  private static final String BRANCH = "fixer/issue-7";

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  UserRepo user;

  @BeforeEach
  void userCheckout() throws Exception {
    gitConfig.writeGlobal("[http]\n\tsslVerify = false\n");
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    user = UserRepo.open(repo.root());
  }

  @AfterEach
  void close() {
    user.close();
    repo.close();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRefusedTokenIsAUsageErrorThatNamesTheRemoteButNotTheToken() throws Exception {
    try (RefusingGitServer server = RefusingGitServer.https(dir);
        WorkCopy copy = WorkCopy.create(user, dir.resolve("work"), BRANCH)) {
      String url = server.url("/octo/demo.git");

      assertThatThrownBy(() -> copy.push(new RemoteAccess(url, Optional.of(TOKEN)), BRANCH, BRANCH))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).contains(url).contains("GITHUB_TOKEN").doesNotContain(TOKEN);
          });
      assertThat(server.requests()).extracting(RecordedRequest::getTarget)
          .allMatch(target -> target.startsWith("/octo/demo.git/info/refs?service=git-receive-pack"));
      assertThat(server.requests()).extracting(request -> request.getHeaders().get("Authorization"))
          .contains(basic("x-access-token", TOKEN));
      assertThat(Files.readString(copy.root().resolve(".git/config"))).doesNotContain(TOKEN);
    }
  }

  @Test
  void aCloneWhoseTokenIsRefusedLeavesNothingBehind() throws Exception {
    Path target = dir.resolve("clone");
    try (RefusingGitServer server = RefusingGitServer.https(dir)) {
      String url = server.url("/octo/demo.git");

      assertThatThrownBy(() -> UserRepo.cloneFrom(new RemoteAccess(url, Optional.of(TOKEN)), target))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).contains(url).doesNotContain(TOKEN);
          });
      assertThat(server.requests()).extracting(request -> request.getHeaders().get("Authorization"))
          .contains(basic("x-access-token", TOKEN));
      try (var entries = Files.list(target)) {
        assertThat(entries).isEmpty();
      }
    }
  }

  @Test
  void theTokenIsNeverSentOverPlainHttp() throws Exception {
    try (RefusingGitServer server = RefusingGitServer.http();
        WorkCopy copy = WorkCopy.create(user, dir.resolve("work"), BRANCH)) {
      RemoteAccess remote = new RemoteAccess(server.url("/octo/demo.git"), Optional.of(TOKEN));

      assertThatThrownBy(() -> copy.remoteBranchHead(remote, BRANCH))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).contains("https").doesNotContain(TOKEN);
          });
      assertThat(server.requests()).isNotEmpty()
          .allSatisfy(request -> assertThat(request.getHeaders().get("Authorization")).isNull());
    }
  }
}
