package dev.fixer.bench;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.ContextPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs every benchmark and prints the report as Markdown (bench/run writes it to bench/REPORT.md). */
public final class Main {

  private static final int WARMUP_STEPS = 300;
  private static final int STEPS = 500;

  private Main() {}

  /**
   * With no arguments, every benchmark, printed as the whole report. With section names (only
   * {@code eval} so far), those benchmarks alone, each section put in place of its namesake in the
   * report at {@code -Dfixer.bench.report} (or added at its end), the whole printed.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0) {
      System.out.print(sections(List.of(args)));
      return;
    }
    StringBuilder out = new StringBuilder();
    out.append("# fixer benchmarks\n\n")
        .append("Written by `bench/run` on ").append(LocalDate.now()).append(": ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.arch")).append(".\n\n");
    loopOverhead(out);
    tokensPerStep(out);
    String jdkSource = System.getProperty("fixer.bench.jdkSource");
    Path scratch = Files.createTempDirectory("fixer-bench");
    ToolsReport.write(out, jdkSource == null ? null : Path.of(jdkSource), scratch);
    SandboxReport.write(out, scratch);
    DockerRoundTripReport.write(out, scratch);
    VerificationReport.write(out, CalcFixture.at(Path.of(System.getProperty("fixer.bench.calcProject",
        "runner/src/test/resources/projects/calc"))), scratch);
    EvalOverheadReport.write(out, examples(), scratch);
    System.out.print(out);
  }

  private static String sections(List<String> names) throws IOException, InterruptedException {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      switch (name) {
        case "eval" -> EvalOverheadReport.write(out, examples(), Files.createTempDirectory("fixer-bench"));
        case DockerRoundTripReport.SECTION -> DockerRoundTripReport.write(out, Files.createTempDirectory("fixer-bench"));
        default -> throw new IllegalArgumentException("bench: no section " + name
            + "; the sections that run alone: eval, " + DockerRoundTripReport.SECTION);
      }
    }
    Path report = Path.of(System.getProperty("fixer.bench.report", "bench/REPORT.md"));
    return ReportSections.replace(Files.readString(report), out.toString());
  }

  private static Path examples() {
    return Path.of(System.getProperty("fixer.bench.examples", "examples"));
  }

  private static void loopOverhead(StringBuilder out) throws IOException {
    LoopOverheadBench.inProcess(WARMUP_STEPS, false);
    LoopOverheadBench.overHttp(WARMUP_STEPS, false);
    List<LoopOverheadBench.Result> results = List.of(
        LoopOverheadBench.inProcess(STEPS, false),
        LoopOverheadBench.inProcess(STEPS, true),
        LoopOverheadBench.overHttp(STEPS, false),
        LoopOverheadBench.overHttp(STEPS, true));
    out.append("## Loop overhead per step\n\n")
        .append("A run of ").append(STEPS).append(" steps (after a ").append(WARMUP_STEPS)
        .append("-step warm-up run), each one tool call whose no-op tool answers 2 KB, so the history grows to about ")
        .append(STEPS * 2).append(" KB as in a long real run. *Loop* is a step's time minus the model call and the")
        .append(" tools: the history view, context estimate, dispatch, argument checks, events, trajectory lines.")
        .append(" *Step without tools* adds the model call: with the in-process model that is nothing; over HTTP it")
        .append(" is the real client encoding the whole history, the request over loopback to an instant scripted")
        .append(" server, and SSE parsing. Milliseconds.\n\n")
        .append("| configuration | what | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|\n");
    for (LoopOverheadBench.Result result : results) {
      out.append("| ").append(result.name()).append(" | loop | ")
          .append(Stats.of(result.steps(), StepClock.Step::loop).row()).append(" |\n");
      out.append("| ").append(result.name()).append(" | step without tools | ")
          .append(Stats.of(result.steps(), StepClock.Step::withoutTools).row()).append(" |\n");
    }
    LoopOverheadBench.Result http = results.get(2);
    List<StepClock.Step> steps = http.steps();
    out.append("\nGrowth with history (real client over HTTP, no fsync, step without tools, p50): steps 1-50 ")
        .append(Stats.of(steps.subList(0, 50), StepClock.Step::withoutTools).ms(50)).append(" ms, steps ")
        .append(STEPS - 49).append('-').append(STEPS).append(' ')
        .append(Stats.of(steps.subList(steps.size() - 50, steps.size()), StepClock.Step::withoutTools).ms(50))
        .append(" ms.\n\n");
  }

  private static void tokensPerStep(StringBuilder out) throws IOException {
    List<TokensPerStepBench.Result> results = List.of(
        TokensPerStepBench.run("no elision", new ContextPolicy(Integer.MAX_VALUE, 1.0, 32_768, 2)),
        TokensPerStepBench.run("default (elide at 75% of 262,144)", ContextPolicy.KIMI),
        TokensPerStepBench.run("compact (elide at 25% of 262,144)", new ContextPolicy(262_144, 0.25, 32_768, 2)));
    out.append("## Tokens sent per step\n\n")
        .append("A fixed ").append(TokensPerStepBench.STEPS).append("-step script: 29 tool calls whose outputs cycle")
        .append(" through 4,000, 12,000 and 24,000 characters, then an answer. The scripted server counts a token per")
        .append(" 4 bytes of messages and tools, and counts as cached the prefix a request shares with the one before.")
        .append(" Cost at Kimi K2.6 prices.\n\n| step |");
    results.forEach(r -> out.append(' ').append(r.name()).append(": prompt (cached) |"));
    out.append("\n|---|").append("---|".repeat(results.size())).append('\n');
    for (int step = 0; step < TokensPerStepBench.STEPS; step++) {
      out.append("| ").append(step + 1).append(" |");
      for (TokensPerStepBench.Result result : results) {
        AgentEvent.UsageRecorded used = result.usage().get(step);
        out.append(String.format(" %,d (%,d) |", used.usage().promptTokens(), used.usage().cachedTokens()));
      }
      out.append('\n');
    }
    out.append("\n| policy | status | elisions | prompt tokens | cached | completion | cost |\n|---|---|---|---|---|---|---|\n");
    for (TokensPerStepBench.Result result : results) {
      var run = result.run();
      out.append(String.format("| %s | %s | %d | %,d | %,d | %,d | $%.4f |%n", result.name(), run.status(),
          result.elisions(), run.usage().promptTokens(), run.usage().cachedTokens(), run.usage().completionTokens(),
          run.costUsd()));
    }
    out.append("\nElision lowers the tokens sent, but each elision changes the prompt early on and so misses the")
        .append(" cache once; since cached tokens cost a sixth of uncached ones, cost falls much less than tokens.")
        .append(" Its job is to keep a long run inside the window (the default policy does not act on this script,")
        .append(" which stays below 196,608 tokens), not to save money.\n");
  }
}
