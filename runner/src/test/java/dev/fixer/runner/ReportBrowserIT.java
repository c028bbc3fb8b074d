package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real recorded run, opened in Debian's headless Chromium: the DOM it builds holds a step
 * element per step and the test that went from failing to passing, and a screenshot of it is taken
 * ({@code target/report-screenshot.png}, which {@code docs/screenshot.sh} copies into the README). Skips
 * where there is no {@code chromium}, unless {@code FIXER_REQUIRE_SANDBOXES} is set, as in CI.
 */
class ReportBrowserIT {

  static final Path SCREENSHOT = Path.of("target", "report-screenshot.png").toAbsolutePath();

  @TempDir
  static Path temp;

  private static Path chromium;
  private static Path report;

  @BeforeAll
  static void report() throws Exception {
    chromium = requireChromium();
    Path run = RecordedRuns.fixed(temp);
    report = temp.resolve("report.html");
    StringWriter out = new StringWriter();
    assertThat(Main.run(Map.of(), temp, false, new PrintWriter(out, true), new PrintWriter(out, true), "report",
        run.toString(), "-o", report.toString())).as("%s", out).isZero();
  }

  @Test
  void theBrowserShowsAStepElementPerStepAndTheTestThatNowPasses() throws Exception {
    String dom = browser("--dump-dom", report.toUri().toString());

    assertThat(count(dom, "<article class=\"step\" id=\"step-\\d+\">")).isEqualTo(4);
    assertThat(count(dom, "<details class=\"call")).isEqualTo(5);
    assertThat(dom).containsPattern("<ul class=\"transitions\" id=\"transitions\"><li class=\"transition fail_to_pass\">"
        + ".*" + Pattern.quote(RecordedRuns.TEST_ID));
    assertThat(count(dom, "<rect ")).as("three bars a step in the chart").isEqualTo(12);
  }

  @Test
  void aScreenshotOfTheReportIsAPng() throws Exception {
    Files.deleteIfExists(SCREENSHOT);
    Files.createDirectories(SCREENSHOT.getParent());

    browser("--screenshot=" + SCREENSHOT, "--window-size=1280,1600", "--hide-scrollbars", report.toUri().toString());

    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    assertThat(png.length).as("a page with text and colour, not a blank one").isGreaterThan(30_000);
  }

  private static String browser(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + temp.resolve("profile")));
    command.addAll(List.of(args));
    Path output = temp.resolve("chromium.out");
    Process process = new ProcessBuilder(command).directory(temp.toFile()).redirectOutput(output.toFile())
        .redirectError(temp.resolve("chromium.err").toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium %s: %s", command, Files.readString(temp.resolve("chromium.err")))
        .isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static int count(String text, String pattern) {
    return (int) Pattern.compile(pattern).matcher(text).results().count();
  }

  /** Debian's chromium on the PATH; the test skips without it, or fails where FIXER_REQUIRE_SANDBOXES is set. */
  private static Path requireChromium() {
    Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "chromium")).filter(Files::isExecutable).findFirst();
    String problem = "there is no chromium on the PATH (Debian: apt-get install chromium)";
    if (found.isEmpty() && System.getenv("FIXER_REQUIRE_SANDBOXES") != null) {
      throw new AssertionError("FIXER_REQUIRE_SANDBOXES is set but " + problem);
    }
    assumeTrue(found.isPresent(), () -> "skipped: " + problem);
    return found.get();
  }
}
