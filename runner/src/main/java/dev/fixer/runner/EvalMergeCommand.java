package dev.fixer.runner;

import dev.fixer.runner.eval.Dataset;
import dev.fixer.runner.eval.EvalDir;
import dev.fixer.runner.eval.EvalMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixer eval merge}: the shards of an evaluation as one. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Join the output directories of an evaluation run as --shard 1/N ... N/N (on one machine or"
        + " many) into OUT: the instances' records, predictions.jsonl in dataset order, and one report, the same"
        + " as a single run's. Each directory must hold the same dataset, and no instance may be in two."})
final class EvalMergeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset the shards ran.")
  Path dataset;

  @Option(names = {"--output", "-o"}, paramLabel = "OUT", required = true, description = "The merged directory.")
  Path output;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "DIR", description = "The shards' output directories.")
  List<Path> shards;

  @Option(names = "--skip-invalid", description = "Skip dataset lines that are not valid instances, and list them.")
  boolean skipInvalid;

  private final Path workingDir;

  EvalMergeCommand(Path workingDir) {
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    Dataset data = Dataset.load(workingDir.resolve(dataset), skipInvalid);
    EvalDir target = new EvalDir(workingDir.resolve(output));
    spec.commandLine().getOut().print(EvalMerge.merge(data, target,
        shards.stream().map(dir -> new EvalDir(workingDir.resolve(dir))).toList()));
    spec.commandLine().getOut().flush();
    return ExitCodes.DONE;
  }
}
