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
    assertThat(yarn).startsWith("if ! command -v yarn >/dev/null 2>&1; then if [ -x \"$HOME/.cache/fixer/node/node_modules/.bin/yarn\" ]")
        .contains("elif command -v npm >/dev/null 2>&1; then")
        .contains("cd \"$HOME/.cache/fixer/node\"").contains("npm install --no-audit --no-fund --no-save 'yarn@1'")
        .contains("elif command -v corepack >/dev/null 2>&1; then")
        .contains("yarn() { COREPACK_ENABLE_DOWNLOAD_PROMPT=0 corepack yarn \"$@\"; }")
        .contains("neither yarn nor corepack", "image: in .fixer.yml", "setup: in .fixer.yml")
        .endsWith("fi; fi; yarn install --frozen-lockfile");
    write("pnpm-lock.yaml", "");
    assertThat(node().name()).isEqualTo("pnpm");
    assertThat(node().setupScript()).endsWith("fi; fi; pnpm install --frozen-lockfile");
    assertThat(node().testCommand(List.of()).script()).endsWith("fi; fi; pnpm test");
  }

  @Test
  void withoutPnpmCorepackOrNpmSetupFailsNamingTheToolAndTheFix() throws Exception {
    write("package.json", "{}");
    write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
    Path bin = Files.createDirectories(repo.resolve("empty-bin"));

    Ran setup = bash(node().setupScript(), bin);

    assertThat(setup.exitCode()).isEqualTo(127);
    assertThat(setup.output()).isEqualTo("fixer: this project uses pnpm (pnpm-lock.yaml), but the sandbox has"
        + " neither pnpm nor corepack nor npm; use an image that has pnpm (image: in .fixer.yml), or name a setup:"
        + " in .fixer.yml that installs it");
    Ran tests = bash(node().testCommand(List.of()).script(), bin);
    assertThat(tests.exitCode()).isEqualTo(127);
    assertThat(tests.output()).isEqualTo("fixer: this project uses pnpm (pnpm-lock.yaml), but the sandbox has"
        + " neither pnpm nor corepack, and setup did not install it; use an image that has pnpm (image: in"
        + " .fixer.yml), or name a setup: in .fixer.yml that installs it");
  }

  @Test
  void anInstallThatFailsStopsSetupNamingThePackage() throws Exception {
    write("package.json", "{}");
    write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
    Path bin = Files.createDirectories(repo.resolve("bin"));
    Files.writeString(bin.resolve("npm"), "#!/bin/sh\necho 'npm error 404 Not Found - GET https://registry.npmjs.org/pnpm'\nexit 1\n");
    Files.setPosixFilePermissions(bin.resolve("npm"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

    Ran setup = bash(node().setupScript(), bin);

    assertThat(setup.exitCode()).isEqualTo(127);
    assertThat(setup.output()).isEqualTo("fixer setup: the sandbox has no pnpm; installing pnpm@9 from the npm"
        + " registry into ~/.cache/fixer/node\nnpm error 404 Not Found - GET https://registry.npmjs.org/pnpm\n"
        + "fixer: this project uses pnpm (pnpm-lock.yaml), which the sandbox lacks, and npm could not install pnpm@9"
        + " (see above); use an image that has pnpm (image: in .fixer.yml), or name a setup: in .fixer.yml that"
        + " installs it");
  }

  @Test
  void setupInstallsAMissingPnpmWithNpmIntoTheHomeWhereTheTestsFindIt() throws Exception {
    write("package.json", "{\"packageManager\": \"pnpm@8.15.4+sha256.abc\", \"scripts\": {\"test\": \"node t.js\"}}");
    Path bin = Files.createDirectories(repo.resolve("bin"));
    // an npm that installs as npm install does, in the directory with package.json: node_modules/.bin/NAME
    Files.writeString(bin.resolve("npm"), """
        #!/bin/bash
        [ "$1" = install ] && [ -f package.json ] || exit 9
        mkdir -p node_modules/.bin && printf '#!/bin/sh\\necho "pnpm %s ran: $*"\\n' "${@: -1}" > node_modules/.bin/pnpm
        chmod +x node_modules/.bin/pnpm
        """);
    Files.setPosixFilePermissions(bin.resolve("npm"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

    Ran setup = bash(node().setupScript(), bin);

    assertThat(setup.exitCode()).as(setup.output()).isZero();
    assertThat(setup.output()).isEqualTo("fixer setup: the sandbox has no pnpm; installing pnpm@8.15.4 from the npm"
        + " registry into ~/.cache/fixer/node\npnpm pnpm@8.15.4 ran: install");
    Ran tests = bash(node().testCommand(List.of()).script(), bin);
    assertThat(tests.exitCode()).isZero();
    assertThat(tests.output()).isEqualTo("pnpm pnpm@8.15.4 ran: test");
  }

  @Test
  void pnpmsVersionFollowsTheLockFileWhereNoPackageManagerIsDeclared() throws Exception {
    write("package.json", "{}");
    write("pnpm-lock.yaml", "lockfileVersion: '6.0'\n\nsettings:\n");
    assertThat(node().setupScript()).contains("'pnpm@8'");
    write("pnpm-lock.yaml", "lockfileVersion: 5.4\n");
    assertThat(node().setupScript()).contains("'pnpm@7'");
    write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
    assertThat(node().setupScript()).contains("'pnpm@9'");
  }

  private record Ran(int exitCode, String output) {}

  /**
   * Runs {@code script} with bash in the repository and a fresh HOME, with only {@code bin}, mkdir and
   * chmod on the PATH: this machine's own node, npm and corepack stay out of sight.
   */
  private Ran bash(String script, Path bin) throws Exception {
    Path basics = repo.resolve("basics");
    if (!Files.isDirectory(basics)) {
      Files.createDirectories(basics);
      Files.createSymbolicLink(basics.resolve("mkdir"), Path.of("/bin/mkdir"));
      Files.createSymbolicLink(basics.resolve("chmod"), Path.of("/bin/chmod"));
    }
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script).directory(repo.toFile())
        .redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + basics);
    builder.environment().put("HOME", Files.createDirectories(repo.resolve("home")).toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return new Ran(process.waitFor(), output.strip());
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
