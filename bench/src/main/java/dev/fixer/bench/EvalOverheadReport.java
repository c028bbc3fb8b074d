package dev.fixer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The section on what {@code fixer eval} itself costs per instance, outside the model and the tests. */
final class EvalOverheadReport {

  private EvalOverheadReport() {}

  static void write(StringBuilder out, Path examples, Path scratch) throws IOException, InterruptedException {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    List<EvalBench.Times> times = EvalBench.run(examples, scratch);
    out.append("## Overhead of fixer eval\n\n")
        .append("`fixer eval run` then `fixer eval score` on a fixture dataset of ").append(EvalBench.INSTANCES)
        .append(" instances (the stats example's median bug, each from a repo cache) in bubblewrap, one at a time.")
        .append(" The model is a replay (edit, then finish), so model time is nil, and the instances' test command")
        .append(" is a shell script that prints pytest-like results, so test time is close to nil too: what is")
        .append(" left is fixer's own time per instance. For inference: a checkout at the base commit, the run's")
        .append(" work copy, sandbox start, setup (`true`), the baseline, the two tool calls, verification, the")
        .append(" commit, the patch and the records. For scoring: a checkout, the patch, the sandbox, setup and")
        .append(" the record. *Tests* is what the instance records as test time (the baseline, the agent's")
        .append(" `run_tests`, verification; for scoring the FAIL_TO_PASS and PASS_TO_PASS run). Milliseconds,")
        .append(" p50 and max of the ").append(EvalBench.INSTANCES).append(" instances; measured on ")
        .append(java.time.LocalDate.now()).append(String.format(", load average %.1f before and %.1f after, on %d cores",
            loadBefore, os.getSystemLoadAverage(), os.getAvailableProcessors())).append(".\n\n")
        .append("| phase | wall p50 | wall max | model p50 | tests p50 | fixer's own p50 | fixer's own max |\n")
        .append("|---|---|---|---|---|---|---|\n");
    out.append("| `eval run` (inference) | ").append(ms(times, EvalBench.Times::wall, 50)).append(" | ")
        .append(ms(times, EvalBench.Times::wall, 100)).append(" | ").append(ms(times, EvalBench.Times::model, 50))
        .append(" | ").append(ms(times, EvalBench.Times::tests, 50)).append(" | ")
        .append(ms(times, EvalBench.Times::own, 50)).append(" | ").append(ms(times, EvalBench.Times::own, 100))
        .append(" |\n");
    out.append("| `eval score` | ").append(ms(times, EvalBench.Times::scoreWall, 50)).append(" | ")
        .append(ms(times, EvalBench.Times::scoreWall, 100)).append(" | 0 | ")
        .append(ms(times, EvalBench.Times::scoreTests, 50)).append(" | ")
        .append(ms(times, EvalBench.Times::scoreOwn, 50)).append(" | ")
        .append(ms(times, EvalBench.Times::scoreOwn, 100)).append(" |\n\n");
  }

  private static long ms(List<EvalBench.Times> times, java.util.function.ToLongFunction<EvalBench.Times> value,
      double percentile) {
    long[] sorted = times.stream().mapToLong(value).sorted().toArray();
    return sorted[(int) Math.round(percentile / 100.0 * (sorted.length - 1))];
  }
}
