package dev.fixer.runner;

import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.run.FixerHome;
import dev.fixer.runner.eval.EvalDir;
import dev.fixer.runner.eval.EvalManifest;
import dev.fixer.runner.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The defaults the {@code fixer eval} commands share: where an evaluation goes, where repositories come from. */
final class EvalPaths {

  private EvalPaths() {}

  /** {@code output} as given, else {@code $FIXER_HOME/evals/NAME} after the dataset (and the shard, if any). */
  static Path output(Path output, Path workingDir, Map<String, String> env, Path dataset, Shard shard) {
    if (output != null) {
      return workingDir.resolve(output);
    }
    String name = dataset.getFileName().toString().replaceFirst("\\.jsonl?$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    String share = shard.count() == 1 ? "" : "-shard-" + shard.index() + "-of-" + shard.count();
    return FixerHome.from(env).evals().resolve(name + share);
  }

  /** The shard an evaluation directory holds, from its {@code eval.json}; all (1/1) when it holds none yet. */
  static Shard shardOf(Path dir) {
    return EvalManifest.read(new EvalDir(dir)).map(EvalManifest::shard).orElse(Shard.ALL);
  }

  /** {@code --github-url}, else {@code $GITHUB_SERVER_URL}, else https://github.com; no trailing slash. */
  static String server(String flag, Map<String, String> env) {
    String url = flag != null ? flag : env.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
    return url.isBlank() ? "https://github.com" : url.strip().replaceAll("/+$", "");
  }

  /**
   * After an evaluation that got as far as its report (exit 0 or 1): its {@code report.html} beside
   * {@code report.md}, a failure only said. Returns {@code exitCode}.
   */
  static int withHtmlReport(Path dir, int exitCode, PrintWriter err) {
    if ((exitCode == ExitCodes.DONE || exitCode == ExitCodes.NOT_DONE) && Files.isRegularFile(dir.resolve("eval.json"))) {
      Reports.writeBeside(dir).ifPresent(problem -> err.println("fixer: " + problem));
    }
    return exitCode;
  }
}
