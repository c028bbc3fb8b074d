package dev.fixer.bench;

import dev.fixer.sandbox.DockerEngine;
import dev.fixer.sandbox.DockerSandbox;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ImageSource;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.sandbox.SandboxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The section that sets a {@code docker exec} per command beside the sandbox's long-lived shell. */
final class DockerRoundTripReport {

  static final String SECTION = "docker";

  private static final int WARMUPS = 30;
  private static final int RUNS = 300;
  private static final int STARTS = 5;

  private DockerRoundTripReport() {}

  static void write(StringBuilder out, Path scratch) throws IOException, InterruptedException {
    out.append("## Docker round trip: an exec per command against one shell\n\n")
        .append("*Before*: each command its own `docker exec` (`DockerSandbox.Commands.EXEC_EACH`, still the fallback")
        .append(" where no shell can start). *After*: each command a request to the container's long-lived shell")
        .append(" (`SHELL`, the default), which starts it as a new process group and kills whatever it left running.")
        .append(" *Round trip*: ").append(RUNS).append(" runs of `true` from `exec` called to the result back, after ")
        .append(WARMUPS).append(" warm-up runs, the two sandboxes taking turns so that noise falls on both alike.")
        .append(" *Start*: create the sandbox (container create and start, and for the shell its exec), run `true`")
        .append(" once, close; ").append(STARTS).append(" runs after 1 unmeasured. Fixer's default image and limits;")
        .append(" milliseconds.\n\n");
    try (DockerEngine engine = DockerEngine.connect()) {
      String image = engine.image(ImageSource.standard(), line -> System.err.println("docker build: " + line));
      SandboxConfig config = SandboxConfig.of(Files.createDirectories(scratch.resolve("docker-round-trip")),
          scratch.resolve("docker-round-trip-cache"));
      List<Long> exec = new ArrayList<>();
      List<Long> shell = new ArrayList<>();
      try (DockerSandbox before = DockerSandbox.create(engine, config, image, DockerSandbox.Commands.EXEC_EACH);
          DockerSandbox after = DockerSandbox.create(engine, config, image, DockerSandbox.Commands.SHELL)) {
        for (int i = 0; i < WARMUPS + RUNS; i++) {
          long a = time(before);
          long b = time(after);
          if (i >= WARMUPS) {
            exec.add(a);
            shell.add(b);
          }
        }
      }
      out.append("| Docker (").append(image).append(") | what | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|\n")
          .append("| before: `docker exec` per command | round trip | ").append(Stats.of(exec, t -> t).row()).append(" |\n")
          .append("| after: one shell per container | round trip | ").append(Stats.of(shell, t -> t).row()).append(" |\n")
          .append("| before: `docker exec` per command | start | ")
          .append(Stats.of(starts(engine, config, image, DockerSandbox.Commands.EXEC_EACH), t -> t).row()).append(" |\n")
          .append("| after: one shell per container | start | ")
          .append(Stats.of(starts(engine, config, image, DockerSandbox.Commands.SHELL), t -> t).row()).append(" |\n\n");
    } catch (SandboxException e) {
      out.append("Not measured: ").append(e.getMessage().replace('\n', ' ')).append("\n\n");
    }
  }

  private static long time(DockerSandbox sandbox) throws InterruptedException {
    long start = System.nanoTime();
    if (!sandbox.exec(ExecRequest.of("true")).succeeded()) {
      throw new IllegalStateException("`true` failed in " + sandbox.describe());
    }
    return System.nanoTime() - start;
  }

  private static List<Long> starts(DockerEngine engine, SandboxConfig config, String image,
      DockerSandbox.Commands commands) throws InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i <= STARTS; i++) {
      long start = System.nanoTime();
      try (DockerSandbox sandbox = DockerSandbox.create(engine, config, image, commands)) {
        time(sandbox);
      }
      if (i > 0) {
        times.add(System.nanoTime() - start);
      }
    }
    return times;
  }
}
