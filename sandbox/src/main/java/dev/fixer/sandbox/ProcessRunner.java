package dev.fixer.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one host process to its end: a clean environment, stdin from {@code /dev/null}, both streams
 * drained into {@link CappedOutput}s, and the whole process tree killed at the timeout, at the output
 * limit, or when the caller is interrupted. A process started through {@code setsid} is killed
 * with its process group, since its background children outlive it; a jail whose namespace dies
 * with it needs no more than its own kill.
 */
final class ProcessRunner {

  private static final File DEV_NULL = new File("/dev/null");
  /**
   * How long the output readers may take to reach the end of the pipes once the process has ended: a
   * grandchild that escaped the kill may hold them open, so they are closed after it. Generous, since a
   * loaded machine can leave a reader unscheduled for seconds, and closing early would lose output.
   */
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(10);

  private final long killAfterOutputBytes;
  private final boolean ownSession;

  ProcessRunner(long killAfterOutputBytes, boolean ownSession) {
    this.killAfterOutputBytes = killAfterOutputBytes;
    this.ownSession = ownSession;
  }

  /**
   * @param argv the full command line
   * @param dir the host working directory
   * @param env the complete environment of the started process
   */
  ExecResult run(List<String> argv, Path dir, Map<String, String> env, ExecRequest request)
      throws InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
        .redirectErrorStream(request.mergeStderr());
    builder.environment().clear();
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new SandboxException("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
    }
    AtomicBoolean flooded = new AtomicBoolean();
    CappedOutput out = new CappedOutput(request.maxOutputBytes(), request.listener());
    CappedOutput err = new CappedOutput(request.mergeStderr() ? 1024 : request.maxOutputBytes(), request.listener());
    Thread outReader = drain(process.getInputStream(), out, process, flooded);
    Thread errReader = request.mergeStderr() ? null : drain(process.getErrorStream(), err, process, flooded);
    boolean timedOut = false;
    try {
      timedOut = !process.waitFor(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } finally {
      if (timedOut || ownSession || process.isAlive()) {
        ProcessTree.kill(process, ownSession);
      }
    }
    process.waitFor();
    finish(outReader, process.getInputStream());
    if (errReader != null) {
      finish(errReader, process.getErrorStream());
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    return new ExecResult(
        process.exitValue(),
        out.text(),
        err.text(),
        timedOut && !flooded.get(),
        flooded.get(),
        duration,
        out.total() + err.total());
  }

  private Thread drain(InputStream stream, CappedOutput output, Process process, AtomicBoolean flooded) {
    Thread reader = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      try {
        for (int n; (n = stream.read(buffer)) >= 0; ) {
          output.write(buffer, 0, n);
          if (output.total() > killAfterOutputBytes && flooded.compareAndSet(false, true)) {
            ProcessTree.kill(process, ownSession);
          }
        }
      } catch (IOException closed) {
        // the stream was closed after the process ended: what was read is kept
      }
    }, "sandbox-output");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  /** Waits for a reader; a grandchild that escaped the kill may hold the pipe open, so close it. */
  private static void finish(Thread reader, InputStream stream) throws InterruptedException {
    reader.join(DRAIN_GRACE.toMillis());
    if (reader.isAlive()) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // closing is the last resort; nothing more to do
      }
      reader.join();
    }
  }
}
