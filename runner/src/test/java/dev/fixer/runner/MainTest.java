package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions every command keeps: help, version, completion, exit codes, and errors under --json. */
class MainTest {

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int fixer(String... args) {
    return Main.run(Map.of("FIXER_HOME", temp.resolve("home").toString()), temp, false, new PrintWriter(out, true),
        new PrintWriter(err, true), args);
  }

  private JsonNode lastLine() throws Exception {
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).as("stdout").isNotEmpty();
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }

  @Test
  void helpListsTheCommands() {
    assertThat(fixer("help")).isZero();

    assertThat(out.toString()).contains("Usage: fixer").contains("run").contains("runs").contains("clean")
        .contains("completion").contains("help");
  }

  @Test
  void helpOfACommandIsItsUsage() {
    assertThat(fixer("help", "run")).isZero();

    assertThat(out.toString()).contains("Usage: fixer run").contains("--max-steps");
  }

  @Test
  void theTopLevelHelpAndRunHelpListEveryExitCode() {
    assertThat(fixer("--help")).isZero();
    assertThat(fixer("run", "--help")).isZero();

    String help = out.toString();
    assertThat(help.split("Exit codes:", -1)).hasSize(3);
    for (String code : List.of("0", "1", "2", "3", "130")) {
      assertThat(help).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
    }
    assertThat(help).contains("Ctrl-C");
  }

  @Test
  void theVersionIsTheOneMavenBuilt() throws Exception {
    assertThat(fixer("--version")).isZero();

    String pom = Files.readString(Path.of("pom.xml"));
    String version = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
    assertThat(version).isNotBlank();
    assertThat(out.toString().strip()).isEqualTo("fixer " + version);
  }

  @Test
  void bashCompletionIsAScriptBashAccepts() throws Exception {
    assertThat(fixer("completion", "bash")).isZero();

    String script = out.toString();
    assertThat(script).contains("fixer").contains("runs").contains("clean").contains("--max-steps")
        .contains("--older-than");
    Path file = Files.writeString(temp.resolve("fixer-completion.bash"), script, StandardCharsets.UTF_8);
    Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(output).isZero();
  }

  @Test
  void zshCompletionIsTheBashScriptThatLoadsBashcompinit() {
    assertThat(fixer("completion", "zsh")).isZero();

    assertThat(out.toString()).contains("bashcompinit").contains("--max-steps");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    assertThat(fixer("completion", "fish")).isEqualTo(2);

    assertThat(err.toString()).contains("fixer: unknown shell 'fish'").contains("bash and zsh");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithASuggestion() {
    assertThat(fixer("run", "--max-step", "5")).isEqualTo(2);

    assertThat(err.toString()).contains("fixer: Unknown options: '--max-step', '5'").contains("--max-steps")
        .contains("Run 'fixer run --help' for usage.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void withJsonAnUnknownOptionIsAlsoAJsonErrorOnStdout() throws Exception {
    assertThat(fixer("run", "--json", "--max-step", "5")).isEqualTo(2);

    JsonNode last = lastLine();
    assertThat(last.path("status").asText()).isEqualTo("error");
    assertThat(last.path("exit_code").asInt()).isEqualTo(2);
    assertThat(last.path("error").asText()).contains("--max-step");
    assertThat(err.toString()).contains("fixer: Unknown option");
  }

  @Test
  void withJsonABadValueIsAlsoAJsonErrorOnStdout() throws Exception {
    assertThat(fixer("run", "--max-steps", "many", "--json")).isEqualTo(2);

    assertThat(lastLine().path("error").asText()).contains("--max-steps").contains("many");
  }

  @Test
  void withJsonAnErrorBeforeTheRunStartsIsAlsoAJsonErrorOnStdout() throws Exception {
    assertThat(fixer("run", "--price-input", "-1", "--json")).isEqualTo(2);

    assertThat(lastLine().path("error").asText()).contains("--price-input");
    assertThat(out.toString().lines().count()).isEqualTo(1);
  }

  @Test
  void withJsonAnErrorOfRunsIsAJsonErrorOnStdout() throws Exception {
    assertThat(fixer("runs", "--json", "--all")).isEqualTo(2);

    assertThat(lastLine().path("exit_code").asInt()).isEqualTo(2);
  }

  @Test
  void aCommandWithoutJsonPrintsNoJson() {
    assertThat(fixer("clean", "--json")).isEqualTo(2);

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("fixer: ");
  }
}
