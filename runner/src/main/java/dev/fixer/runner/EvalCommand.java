package dev.fixer.runner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fixer eval}: the solve rate on a SWE-bench-style dataset, in two phases usable apart. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure how often fixer resolves real issues, on a dataset in SWE-bench's JSONL format.",
        "  fixer eval run DATASET      fixer on every instance; writes predictions.jsonl (SWE-bench's format)",
        "  fixer eval score DATASET --predictions FILE|gold|empty",
        "                              applies each patch and the test patch, runs FAIL_TO_PASS and PASS_TO_PASS",
        "  fixer eval merge OUT DIR... joins the output directories of --shard runs into one report"},
    subcommands = {EvalRunCommand.class, EvalScoreCommand.class, EvalMergeCommand.class})
final class EvalCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw FixerException.usage("fixer eval needs a subcommand: run, score or merge");
  }
}
