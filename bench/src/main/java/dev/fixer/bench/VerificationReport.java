package dev.fixer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/** The section on what verification against a baseline costs, in suite runs. */
final class VerificationReport {

  static final int REPS = 5;

  private VerificationReport() {}

  static void write(StringBuilder out, CalcFixture calc, Path scratch) throws IOException, InterruptedException {
    ToolsBench.Kind kind = ToolsBench.KINDS.get(0);
    Path dir = Files.createDirectories(scratch.resolve("verification"));
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    List<VerificationBench.Rep> reps = new ArrayList<>();
    for (int i = 0; i < REPS; i++) {
      reps.add(VerificationBench.once(kind, calc, dir.resolve("rep-" + i), dir.resolve("cache"), i % 2 == 0));
    }
    out.append("## Cost of verification\n\n")
        .append("The runner's verification fixture (`runner/src/test/resources/projects/calc`: a Maven library whose")
        .append(" `Calc.add` subtracts, so `CalcTest#addsTwoNumbers` fails; 4 tests) in ").append(kind.name())
        .append(", with the calls the runner makes (`BaselinePhase`, `Verifier`) but without the runner. Each of the ")
        .append(REPS).append(" repetitions works on fresh copies, each set up first as a run sets it up (untimed: `mvn")
        .append(" test` with the network on, which also fills the sandbox's Maven cache on the first), then timed:")
        .append(" the plain run and the baseline (taking turns at going first); the right fix applied, its")
        .append(" verification, and the same verification again now that the fix is compiled. The base check runs")
        .append(" on a variant whose `CalcTest` lacks the failing test (3 tests, all passing): the fix plus a new")
        .append(" `CalcAddTest`, so no test goes fail→pass and the new test runs on the base code. There the runner")
        .append(" sets the agent's other changes aside with JGit; here the base version of `Calc.java` is copied over")
        .append(" the changed one and the changed one written back. *Pure logic* is `Outcomes.of`,")
        .append(" `Transitions.between`, `BaseCheck` and `Verdict.judge`; the Maven runs include reading the JUnit")
        .append(" XML reports. p50 and p90 of ").append(REPS).append(" repetitions (with ").append(REPS)
        .append(", p90 is the slowest); ").append(String.format("load average %.1f before and %.1f after, on %d cores",
            loadBefore, os.getSystemLoadAverage(), os.getAvailableProcessors()))
        .append(".\n\n| step | what is timed | p50 s | p90 s | p50 × plain run | pure logic p50 / p90, ms | logic share |\n")
        .append("|---|---|---|---|---|---|---|\n");
    double reference = Stats.of(reps, r -> r.plain().nanos()).seconds(50);
    row(out, "plain `mvn -o test`", "`RunTestsTool.run(List.of(), …)`: the whole suite, `mvn -B -o test` in the"
        + " sandbox", reps, r -> r.plain().nanos(), null, reference);
    row(out, "baseline (added to setup)", "the suite on the base code, `Outcomes.of`, `baseline.json` written"
        + " (synced)", reps, r -> r.baseline().nanos(), r -> r.baseline().logicNanos(), reference);
    row(out, "verification, fail→pass", "the suite on the fixed code (Maven compiles the change), `Outcomes.of`,"
        + " transitions, verdict", reps, r -> r.withEvidence().nanos(), r -> r.withEvidence().logicNanos(), reference);
    row(out, "verification, fail→pass, fix compiled", "the same once more, as after the agent's own `run_tests`",
        reps, r -> r.withEvidenceCompiled().nanos(), r -> r.withEvidenceCompiled().logicNanos(), reference);
    row(out, "verification with the base check", "the suite on the changed code, then `CalcAddTest` on the base"
        + " code, outcomes of both, transitions, `BaseCheck`, verdict", reps, r -> r.withBaseCheck().nanos(),
        r -> r.withBaseCheck().logicNanos(), reference);
    row(out, "… of which the base check", "`testsIn`, `Calc.java` set aside, `mvn -B -o test -Dtest=CalcAddTest`,"
        + " `Calc.java` put back", reps, VerificationBench.Rep::baseCheckNanos, null, reference);
    reading(out, reps, reference);
  }

  private static void row(StringBuilder out, String step, String what, List<VerificationBench.Rep> reps,
      ToLongFunction<VerificationBench.Rep> nanos, ToLongFunction<VerificationBench.Rep> logicNanos,
      double reference) {
    Stats total = Stats.of(reps, nanos);
    out.append(String.format("| %s | %s | %.2f | %.2f | %.2fx |", step, what, total.seconds(50), total.seconds(90),
        total.seconds(50) / reference));
    if (logicNanos == null) {
      out.append(" — | — |\n");
      return;
    }
    Stats logic = Stats.of(reps, logicNanos);
    out.append(String.format(" %s / %s | %.4f %% |%n", logic.ms(50), logic.ms(90),
        logic.seconds(50) / total.seconds(50) * 100));
  }

  private static void reading(StringBuilder out, List<VerificationBench.Rep> reps, double reference) {
    double logic = reps.stream().flatMap(r -> Stream.of(r.baseline(), r.withEvidence(), r.withEvidenceCompiled(),
        r.withBaseCheck())).mapToLong(VerificationBench.Timed::logicNanos).max().orElseThrow() / 1e6;
    out.append(String.format("%nThe baseline adds %.2f plain suite runs to setup (writing `baseline.json`, synced,"
        + " takes %s ms of it at p50). Verifying a change that turns a test fail→pass costs %.2f runs when Maven"
        + " still has to compile the change (it recompiles the main and the test sources) and %.2f when the"
        + " agent's own `run_tests` compiled it already. Verification that needs the base check costs %.2f: the"
        + " suite (which here compiles the change, as in the first verification row), then one test class on the"
        + " base code at %.2f runs by itself, because setting the change aside means compiling again and, on a"
        + " project this small, Maven's start rather than the tests makes up most of a run. The pure logic is noise"
        + " next to any of it: at most %.1f ms in any step of any repetition, the first repetition's class loading"
        + " included. Docker is not measured here; the sandboxes section above sets its `run_tests` beside"
        + " bubblewrap's.%n%n",
        ratio(reps, r -> r.baseline().nanos(), reference), Stats.of(reps, VerificationBench.Rep::baselineWriteNanos)
            .ms(50), ratio(reps, r -> r.withEvidence().nanos(), reference),
        ratio(reps, r -> r.withEvidenceCompiled().nanos(), reference),
        ratio(reps, r -> r.withBaseCheck().nanos(), reference),
        ratio(reps, VerificationBench.Rep::baseCheckNanos, reference), logic));
  }

  private static double ratio(List<VerificationBench.Rep> reps, ToLongFunction<VerificationBench.Rep> nanos,
      double reference) {
    return Stats.of(reps, nanos).seconds(50) / reference;
  }
}
