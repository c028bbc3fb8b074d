package dev.fixer.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.FixerException;
import dev.fixer.tools.build.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoConfigLoadTest {

  private static final String KNOWN_KEYS =
      "Known keys: setup, test, model, thinking, base_url, max_steps, max_cost, timeout, setup_timeout, sandbox,"
      + " image, dockerfile, verify, publish_unverified, instructions, on_setup_failure, review, limits, language";

  @TempDir
  Path repo;

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(repo.resolve(name), yaml);
  }

  private RepoConfig load(String yaml) throws IOException {
    write(".fixer.yml", yaml);
    return RepoConfig.load(repo);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> loadFails(String yaml) throws IOException {
    write(".fixer.yml", yaml);
    return assertThatThrownBy(() -> RepoConfig.load(repo))
        .isInstanceOf(FixerException.class)
        .satisfies(e -> assertThat(((FixerException) e).exitCode()).isEqualTo(2))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private String file() {
    return repo.resolve(".fixer.yml").toString();
  }

  @Test
  void aRepositoryWithoutAConfigFileHasNoSettings() {
    assertThat(RepoConfig.load(repo)).isEqualTo(RepoConfig.NONE);
  }

  @Test
  void readsEveryKey() throws IOException {
    RepoConfig config = load("""
        setup: |
          pip install -e .
          pip install pytest
        test: pytest -q {tests}
        model: kimi-k2.6
        thinking: true
        base_url: https://llm.example.com/v1
        max_steps: 150
        max_cost: 2.5
        timeout: 1h30m
        setup_timeout: 10m
        sandbox: bubblewrap
        """);

    assertThat(config).isEqualTo(new RepoConfig("pip install -e .\npip install pytest\n",
        "pytest -q {tests}", "kimi-k2.6", true, "https://llm.example.com/v1", 150, 2.5,
        Duration.ofMinutes(90), Duration.ofMinutes(10), SandboxChoice.BWRAP, null));
  }

  @Test
  void unsetAndNullKeysStayNull() throws IOException {
    RepoConfig config = load("test: make check\nmodel:\n");

    assertThat(config).isEqualTo(new RepoConfig(null, "make check", null, null, null, null, null,
        null, null, null, null));
  }

  @Test
  void readsTheVerifySectionAndFillsItsDefaults() throws IOException {
    assertThat(load("verify:\n  scope: changed-modules\n  timeout: 10m\n").verify())
        .isEqualTo(new VerifyConfig(VerifyConfig.Scope.CHANGED_MODULES, null, Duration.ofMinutes(10)));
    assertThat(load("verify:\n  command: make test-fast\n").verify())
        .isEqualTo(new VerifyConfig(VerifyConfig.Scope.COMMAND, "make test-fast", VerifyConfig.DEFAULT_TIMEOUT));
    assertThat(load("verify:\n  scope: suite\n").verify()).isEqualTo(VerifyConfig.DEFAULT);
  }

  @Test
  void anUnknownKeyOrABadScopeInVerifyIsNamedWithItsLine() throws IOException {
    loadFails("test: x\nverify:\n  scope: suite\n  timout: 5m\n").hasMessage("verify.timout in " + file()
        + " (line 4) is not a known key: did you mean 'timeout'? Known keys of verify: scope, command, timeout");
    loadFails("verify:\n  scope: everything\n").hasMessage("verify.scope in " + file()
        + " (line 2) must be suite, changed-modules or command, got 'everything'");
    loadFails("verify:\n  scope: command\n").hasMessage("verify in " + file()
        + " (line 1) command must be set with scope: command, e.g. command: make test-fast");
    loadFails("verify: suite\n").hasMessage("verify in " + file()
        + " (line 1) must be a mapping of scope, command, timeout, got 'suite'");
  }

  @Test
  void readsPublishUnverifiedAndInstructions() throws IOException {
    RepoConfig config = load("publish_unverified: draft\ninstructions: |\n  Run make lint too.\n");

    assertThat(config.publishUnverified()).isEqualTo(PublishUnverified.DRAFT);
    assertThat(config.instructions()).isEqualTo("Run make lint too.\n");
    assertThat(load("publish_unverified: no\n").publishUnverified()).isEqualTo(PublishUnverified.NO);
    loadFails("publish_unverified: yes please\n").hasMessage("publish_unverified in " + file()
        + " (line 1) must be draft or no, got 'yes please'");
  }

  @Test
  void readsOnSetupFailureAndLeavesItUnsetWhenAbsent() throws IOException {
    assertThat(load("on_setup_failure: stop\n").onSetupFailure()).isEqualTo(OnSetupFailure.STOP);
    assertThat(load("on_setup_failure: Continue\n").onSetupFailure()).isEqualTo(OnSetupFailure.CONTINUE);
    assertThat(load("setup: make deps\n").onSetupFailure()).isNull();
    loadFails("setup: make deps\non_setup_failure: ignore\n").hasMessage("on_setup_failure in " + file()
        + " (line 2) must be stop or continue, got 'ignore'");
    loadFails("on_setup_falure: stop\n").hasMessageContaining("on_setup_failure");
  }

  @Test
  void readsTheLanguageAndRefusesOneItDoesNotKnowWithExitTwo() throws IOException {
    assertThat(load("language: python\n").language()).isEqualTo(Language.PYTHON);
    assertThat(load("language: TypeScript\n").language()).isEqualTo(Language.NODE);
    assertThat(load("setup: make deps\n").language()).isNull();
    loadFails("setup: make deps\nlanguage: cobol\n").hasMessage("language in " + file()
        + " (line 2) must be maven, gradle, node, python, go or rust (the build fixer uses; unset, it is detected"
        + " from the files at the root), got 'cobol'");
    loadFails("language: [python, node]\n").hasMessageContaining("language in " + file() + " (line 1) must be");
  }

  @Test
  void readsWhichPullRequestsReviewFeedbackCoversAndLeavesItUnsetWhenAbsent() throws IOException {
    assertThat(load("review: any-pr\n").review()).isEqualTo(ReviewScope.ANY_PR);
    assertThat(load("review: fixer-prs\n").review()).isEqualTo(ReviewScope.FIXER_PRS);
    assertThat(load("setup: make deps\n").review()).isNull();
    loadFails("setup: make deps\nreview: all\n").hasMessage("review in " + file()
        + " (line 2) must be fixer-prs or any-pr, got 'all'");
  }

  @Test
  void theModelMayBeAMappingWithItsPriceAndWindow() throws IOException {
    RepoConfig config = load("""
        model:
          name: kimi-k2-thinking
          price_input: 0.60
          price_output: "$2.50"
          context_window: 131072
        """);

    assertThat(config.model()).isEqualTo("kimi-k2-thinking");
    assertThat(config.price()).isEqualTo(new ModelPrice(0.60, 0.60, 2.50));
    assertThat(config.contextWindow()).isEqualTo(131_072);
    assertThat(load("model: kimi-k2.6\n").price()).isNull();
  }

  @Test
  void aModelPriceWithoutItsOutputPartOrABadWindowIsNamed() throws IOException {
    loadFails("model:\n  name: m\n  price_input: 1\n").hasMessage("model in " + file() + " (line 1) a price needs"
        + " price_input and price_output in USD per million tokens (the cached price defaults to the input price);"
        + " price_output is missing");
    loadFails("model:\n  name: m\n  context_window: 100\n").hasMessageStartingWith("model.context_window in "
        + file() + " (line 3) must be a whole number of tokens, at least 8192");
    loadFails("model:\n  nmae: m\n").hasMessageStartingWith("model.nmae in " + file()
        + " (line 2) is not a known key: did you mean 'name'?");
  }

  @Test
  void readsTheYamlSpelling() throws IOException {
    write(".fixer.yaml", "max_steps: 20\n");

    assertThat(RepoConfig.load(repo).maxSteps()).isEqualTo(20);
  }

  @Test
  void bothSpellingsAtOnceAreAnError() throws IOException {
    write(".fixer.yml", "test: a\n");
    write(".fixer.yaml", "test: b\n");

    assertThatThrownBy(() -> RepoConfig.load(repo)).isInstanceOf(FixerException.class)
        .hasMessageContaining("both .fixer.yml and .fixer.yaml are in " + repo)
        .hasMessageContaining("keep one");
  }

  @Test
  void anEmptyOrCommentOnlyFileHasNoSettings() throws IOException {
    assertThat(load("")).isEqualTo(RepoConfig.NONE);
    assertThat(load("# nothing yet\n")).isEqualTo(RepoConfig.NONE);
    assertThat(load("---\n")).isEqualTo(RepoConfig.NONE);
  }

  @Test
  void quotedNumbersAndYamlBooleanWordsAreAccepted() throws IOException {
    RepoConfig config = load("max_steps: '40'\nthinking: yes\nmax_cost: \"$3\"\ntimeout: 45m\n");

    assertThat(config.maxSteps()).isEqualTo(40);
    assertThat(config.thinking()).isTrue();
    assertThat(config.maxCost()).isEqualTo(3.0);
    assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void anUnknownKeySuggestsTheClosestKnownOne() throws IOException {
    loadFails("setup: make\ntset: make test\n").hasMessage("unknown key 'tset' in " + file()
        + " (line 2): did you mean 'test'? " + KNOWN_KEYS);
  }

  @Test
  void aCamelCaseKeySuggestsTheSnakeCaseOne() throws IOException {
    loadFails("maxSteps: 3\n").hasMessageContaining("did you mean 'max_steps'?");
  }

  @Test
  void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() throws IOException {
    loadFails("vm: ubuntu\n").hasMessage("unknown key 'vm' in " + file() + " (line 1): "
        + KNOWN_KEYS);
  }

  @Test
  void anImageOrADockerfileNamesTheDockerSandboxsImage() throws IOException {
    assertThat(load("image: eclipse-temurin:21-jdk\n").image()).isEqualTo(ImageChoice.named("eclipse-temurin:21-jdk"));
    assertThat(load("sandbox: docker\ndockerfile: ci/fixer.Dockerfile\n").image())
        .isEqualTo(ImageChoice.builtFrom("ci/fixer.Dockerfile"));
  }

  @Test
  void anImageAndADockerfileTogetherAreAnErrorOnTheLineOfTheDockerfile() throws IOException {
    loadFails("image: a:1\ntest: x\ndockerfile: Dockerfile\n").hasMessage("dockerfile in " + file()
        + " (line 3) cannot be set with image: name an image or a Dockerfile, not both");
  }

  @Test
  void aDockerfileOutsideTheRepositoryOrAnImageWithSpacesIsAnError() throws IOException {
    loadFails("dockerfile: ../other/Dockerfile\n").hasMessage("dockerfile in " + file()
        + " (line 1) must be a path inside the repository, such as ci/fixer.Dockerfile, got '../other/Dockerfile'");
    loadFails("test: x\nimage: my image\n").hasMessageStartingWith("image in " + file()
        + " (line 2) must be an image name without spaces");
  }

  @Test
  void aWordWhereANumberBelongsIsAnError() throws IOException {
    loadFails("test: make\nmodel: m\nmax_steps: many\n")
        .hasMessage("max_steps in " + file() + " (line 3) must be a whole number, got 'many'");
  }

  @Test
  void aListWhereANumberBelongsIsReportedOnTheLineOfItsKey() throws IOException {
    loadFails("test: x\nmax_steps:\n  - 1\n  - 2\n\nmodel: m\n")
        .hasMessage("max_steps in " + file() + " (line 2) must be a whole number, got a list");
  }

  @Test
  void anUnknownKeyIsReportedOnItsOwnLineWhateverFollows() throws IOException {
    loadFails("test: x\ncontainer:\n  - a\n  - b\nmodel: m\n\n\n")
        .hasMessageStartingWith("unknown key 'container' in " + file() + " (line 2):");
  }

  @Test
  void aFractionalStepCountIsAnError() throws IOException {
    loadFails("max_steps: 2.5\n").hasMessageContaining("must be a whole number, got 2.5");
  }

  @Test
  void stepsOutsideTheLimitsAreAnError() throws IOException {
    loadFails("max_steps: 0\n")
        .hasMessage("max_steps in " + file() + " (line 1) must be between 1 and 4000, got 0");
    loadFails("max_steps: 99999999999999999999\n")
        .hasMessageContaining("must be between 1 and 4000, got 99999999999999999999");
  }

  @Test
  void aCostThatIsNotPositiveIsAnError() throws IOException {
    loadFails("max_cost: 0\n").hasMessageContaining("max_cost in " + file() + " (line 1) must be more than 0");
    loadFails("max_cost: lots\n").hasMessageContaining("must be a number of US dollars such as 2.50, got 'lots'");
  }

  @Test
  void thinkingMustBeTrueOrFalse() throws IOException {
    loadFails("thinking: maybe\n")
        .hasMessage("thinking in " + file() + " (line 1) must be true or false, got 'maybe'");
  }

  @Test
  void aNumberWhereTextBelongsAsksForQuotes() throws IOException {
    loadFails("model: 1.5\n").hasMessage("model in " + file() + " (line 1) must be text, got 1.5: put it in quotes");
  }

  @Test
  void emptyTextIsAnError() throws IOException {
    loadFails("test: ''\n").hasMessageContaining("test in " + file() + " (line 1) must not be empty");
  }

  @Test
  void aBaseUrlMustBeHttp() throws IOException {
    loadFails("base_url: localhost:8000\n")
        .hasMessageContaining("base_url in " + file() + " (line 1) must be an http(s) URL")
        .hasMessageContaining("got 'localhost:8000'");
  }

  @Test
  void anUnknownSandboxIsAnError() throws IOException {
    loadFails("test: x\nsandbox: podman\n")
        .hasMessage("sandbox in " + file() + " (line 2) must be auto, docker, bwrap or none, got 'podman'");
  }

  @Test
  void aBadDurationIsAnErrorWithExamples() throws IOException {
    loadFails("timeout: soon\n").hasMessage("timeout in " + file()
        + " (line 1) is not valid: unknown duration 'soon': write it like 90s, 30m, 1h, 1h30m or PT30M");
  }

  @Test
  void aDurationWithoutAUnitAsksForOne() throws IOException {
    loadFails("setup_timeout: 45\n").hasMessage("setup_timeout in " + file()
        + " (line 1) is not valid: duration '45' has no unit: add a unit, e.g. 45m");
  }

  @Test
  void invalidYamlNamesTheLine() throws IOException {
    loadFails("test: x\n  bad: indent\n")
        .hasMessage(file() + " (line 2) is not valid YAML: mapping values are not allowed here");
  }

  @Test
  void anUnclosedListNamesWhereItStarts() throws IOException {
    loadFails("model: m\ntest: [unclosed\n")
        .hasMessageStartingWith(file() + " (line 3) is not valid YAML: expected ',' or ']'")
        .hasMessageContaining("while parsing a flow sequence that starts on line 2");
  }

  @Test
  void aRepeatedKeyIsAnError() throws IOException {
    loadFails("test: a\nmodel: m\ntest: b\n")
        .hasMessage("key 'test' appears twice in " + file() + " (line 3): keep one");
  }

  @Test
  void aTopLevelThatIsNotAMappingIsAnError() throws IOException {
    loadFails("- test: x\n").hasMessage("the top level of " + file()
        + " must be a mapping of keys such as 'test: mvn -q test', got a list");
    loadFails("mvn test\n").hasMessageContaining("must be a mapping").hasMessageEndingWith("got text");
  }

  @Test
  void aSecondDocumentIsAnError() throws IOException {
    loadFails("test: a\n---\ntest: b\n").hasMessageContaining(file() + " (line 3) holds a second YAML document");
  }

  @Test
  void aDirectoryInPlaceOfTheFileIsAnError() throws IOException {
    Files.createDirectory(repo.resolve(".fixer.yml"));

    assertThatThrownBy(() -> RepoConfig.load(repo)).isInstanceOf(FixerException.class)
        .hasMessage(file() + " is a directory: the fixer config must be a YAML file");
  }

  @Test
  void aFileThatIsNotUtf8IsAnError() throws IOException {
    Files.write(repo.resolve(".fixer.yml"), new byte[] {'t', 'e', 's', 't', ':', ' ', (byte) 0xC3, 0x28});

    assertThatThrownBy(() -> RepoConfig.load(repo)).isInstanceOf(FixerException.class)
        .hasMessage(file() + " is not UTF-8 text: save it as UTF-8");
  }

  @Test
  void aFileThatCannotBeReadNamesTheReason() throws IOException {
    Path link = repo.resolve(".fixer.yml");
    Files.createSymbolicLink(link, link);

    assertThatThrownBy(() -> RepoConfig.load(repo)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("cannot read " + file() + ": ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aByteOrderMarkIsIgnored() throws IOException {
    Files.write(repo.resolve(".fixer.yml"), "\uFEFFtest: make\n".getBytes(StandardCharsets.UTF_8));

    assertThat(RepoConfig.load(repo).test()).isEqualTo("make");
  }
}
