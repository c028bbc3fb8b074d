package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeTest {

  private static final String PATH = "export PATH=\"$PWD/node_modules/.bin:$PATH\"; ";

  @TempDir
  Path repo;

  @Test
  void aLockFileMakesNpmCiAndNoneNpmInstall() throws Exception {
    write("package.json", "{}");
    assertThat(node().setupScript()).isEqualTo("npm install");
    write("npm-shrinkwrap.json", "{}");
    assertThat(node().setupScript()).isEqualTo("npm ci");
    Files.delete(repo.resolve("npm-shrinkwrap.json"));
    write("package-lock.json", "{}");
    assertThat(node().setupScript()).isEqualTo("npm ci");
    assertThat(node().description()).startsWith("Node.js (npm, package-lock.json; ");
  }

  @Test
  void yarnAndPnpmComeFromTheirLockFilesThroughCorepackWhereMissing() throws Exception {
    write("package.json", "{}");
    write("yarn.lock", "");
    String yarn = node().setupScript();
    assertThat(yarn).startsWith("if ! command -v yarn >/dev/null 2>&1; then if command -v corepack")
        .contains("yarn() { COREPACK_ENABLE_DOWNLOAD_PROMPT=0 corepack yarn \"$@\"; }")
        .contains("neither yarn nor corepack", "image: in .fixer.yml", "setup: in .fixer.yml")
        .endsWith("fi; fi; yarn install --frozen-lockfile");
    write("pnpm-lock.yaml", "");
    assertThat(node().name()).isEqualTo("pnpm");
    assertThat(node().setupScript()).endsWith("fi; fi; pnpm install --frozen-lockfile");
    assertThat(node().testCommand(List.of()).script()).endsWith("fi; fi; pnpm test");
  }

  @Test
  void withoutPnpmOrCorepackSetupFailsNamingTheToolAndTheFix() throws Exception {
    write("package.json", "{}");
    write("pnpm-lock.yaml", "");
    Path emptyPath = Files.createDirectories(repo.resolve("empty-bin"));

    ProcessBuilder setup = new ProcessBuilder("/bin/bash", "-c", node().setupScript()).directory(repo.toFile())
        .redirectErrorStream(true);
    setup.environment().put("PATH", emptyPath.toString());
    Process process = setup.start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(process.waitFor()).isEqualTo(127);
    assertThat(output.strip()).isEqualTo("fixer: this project uses pnpm (pnpm-lock.yaml), but the sandbox has neither"
        + " pnpm nor corepack; use an image that has them (image: in .fixer.yml), or install pnpm in setup: in"
        + " .fixer.yml (e.g. setup: npx pnpm install)");
  }

  @Test
  void thePackageManagerFieldWinsOverTheLockFile() throws Exception {
    write("package.json", "{\"packageManager\": \"yarn@4.1.0\"}");
    write("yarn.lock", "");
    write("package-lock.json", "{}");

    assertThat(node().name()).isEqualTo("yarn");
    assertThat(node().description()).startsWith("Node.js (yarn, packageManager yarn@4.1.0; ");
    assertThat(node().setupScript()).endsWith("; yarn install --immutable");
  }

  @Test
  void bunIsRefusedWithAMessageThatSaysWhatToDo() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"bun test\"}}");
    write("bun.lockb", "");

    assertThat(node().description()).contains("bun", "not supported");
    assertThat(node().setupScript()).startsWith("echo 'fixer: this project uses bun (bun.lockb), which fixer does not"
        + " support").contains("configure setup: and test: in .fixer.yml").endsWith(">&2; exit 127;");
    assertThat(node().testCommand(List.of("x")).script()).isEqualTo(node().setupScript());
  }

  @Test
  void mochaRunsAFileOrATitleWithTheSpecReporterKeepingTheScriptsFlags() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"mocha --require test/support/env --reporter dot --bail"
        + " --check-leaks test/ test/acceptance/\"}}");
    write("test/app.js", "");

    assertThat(node().description()).endsWith("; tests with mocha)");
    assertThat(node().testCommand(List.of()).script()).isEqualTo(PATH
        + "mocha --require test/support/env --check-leaks '--reporter' 'spec' test/ test/acceptance/");
    assertThat(node().testCommand(List.of("./test/app.js")).script()).isEqualTo(PATH
        + "mocha --require test/support/env --check-leaks '--reporter' 'spec' 'test/app.js'");
    assertThat(node().testCommand(List.of("app › .use() › should.work")).script()).isEqualTo(PATH
        + "mocha --require test/support/env --check-leaks '--reporter' 'spec' '--grep'"
        + " '(?:^|\\s)(?:app \\.use\\(\\) should\\.work)$' test/ test/acceptance/");
  }

  @Test
  void nodeTestTakesNamePatternsForTheFullTitleAndTheTestsOwnName() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"NODE_ENV=test node --test --test-reporter=spec test/\"}}");

    assertThat(node().testCommand(List.of("sum › adds wrongly")).script()).isEqualTo(PATH
        + "NODE_ENV=test node --test '--test-reporter=tap'"
        + " '--test-name-pattern=(?:^|\\s)(?:sum adds wrongly|adds wrongly)$' test/");
  }

  @Test
  void jestRunsFilesByPathAndTitlesWithDashT() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"tsc -p . && cross-env CI=1 jest --coverage --watch\"},"
        + " \"devDependencies\": {\"jest\": \"^29\"}}");
    write("src/sum.test.js", "");

    assertThat(node().testCommand(List.of("src/sum.test.js")).script()).isEqualTo(PATH
        + "tsc -p . && cross-env CI=1 jest --coverage '--verbose' --runTestsByPath 'src/sum.test.js'");
    assertThat(node().testCommand(List.of("sum › adds")).script()).isEqualTo(PATH
        + "tsc -p . && cross-env CI=1 jest --coverage '--verbose' '-t' '(?:^|\\s)(?:sum adds)$'");
  }

  @Test
  void vitestRunsOnceAndAnIdsFileSelectsThatFile() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"vitest --reporter=dot && eslint .\"}}");
    write("vt/sum.test.ts", "");

    assertThat(node().testCommand(List.of()).script()).isEqualTo(PATH + "vitest run '--reporter=verbose'");
    assertThat(node().testCommand(List.of("vt/sum.test.ts > sum > adds")).script()).isEqualTo(PATH
        + "vitest run '--reporter=verbose' '-t' '(?:^|\\s)(?:sum adds)$' 'vt/sum.test.ts'");
  }

  @Test
  void anUnknownRunnerRunsTheWholeSuiteThroughTheScriptAndSaysSo() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"node test/run.js\"}}");

    TestCommand command = node().testCommand(List.of("sum"));

    assertThat(command.script()).isEqualTo("npm test");
    assertThat(command.note()).startsWith("ran the whole suite: the test script (node test/run.js) runs no test"
        + " runner fixer can select tests with").contains("{tests} placeholder in .fixer.yml");
    assertThat(node().testCommand(List.of()).note()).isEmpty();
  }

  @Test
  void filesAndTitlesTogetherRunTheWholeSuiteAndSaySo() throws Exception {
    write("package.json", "{\"scripts\": {\"test\": \"mocha\"}}");
    write("test/a.js", "");

    TestCommand command = node().testCommand(List.of("test/a.js", "sum › adds"));

    assertThat(command.script()).isEqualTo(PATH + "mocha '--reporter' 'spec'");
    assertThat(command.note()).contains("ran the whole suite", "name either");
  }

  private Node node() {
    return new Node(repo);
  }

  private void write(String name, String text) throws Exception {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
