package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code docker exec}: starts the command as the sandbox user, keeps the head and tail of its
 * streams, and calls the sandbox's kill at the timeout, when the output floods, or when the caller
 * is interrupted.
 */
final class DockerExec {

  private static final Duration DRAIN_GRACE = Duration.ofSeconds(10);

  private final DockerClient client;
  private final String container;
  private final String user;
  private final long killAfterOutputBytes;

  DockerExec(DockerClient client, String container, String user, long killAfterOutputBytes) {
    this.client = client;
    this.container = container;
    this.user = user;
    this.killAfterOutputBytes = killAfterOutputBytes;
  }

  ExecResult run(ExecRequest request, String dir, Map<String, String> env, Runnable kill) throws InterruptedException {
    long started = System.nanoTime();
    String exec = create(request.command(), dir, env);
    Streams streams = new Streams(request, killAfterOutputBytes);
    start(exec, streams);
    boolean ended;
    try {
      ended = streams.ended.await(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
      if (!ended || streams.flooded.get()) {
        kill.run();
      }
    } catch (InterruptedException e) {
      kill.run();
      throw e;
    }
    streams.ended.await(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    closeQuietly(streams);
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    boolean flooded = streams.flooded.get();
    return new ExecResult(exitCode(exec), streams.out.text(), streams.err.text(), !ended && !flooded, flooded, duration,
        streams.out.total() + streams.err.total());
  }

  /**
   * Sends SIGKILL to every process of the sandbox user but itself; the container's own processes
   * are root's and stay.
   *
   * @return whether the kill ran; false when it could not start (no process slot was free)
   */
  boolean killAll() {
    return kill("kill -KILL -1");
  }

  /**
   * Runs the kill {@code command} (e.g. {@code kill -KILL -42} for a process group) as the sandbox user.
   *
   * @return whether it ran; false when it could not start (no process slot was free)
   */
  boolean kill(String command) {
    try {
      ExecRequest request = ExecRequest.of("/bin/sh", "-c", command + " 2>/dev/null; exit 0")
          .withTimeout(Duration.ofSeconds(20));
      ExecResult result = run(request, "/", Map.of(), () -> { });
      // 137: the kill ran, and a shell sweeping after the command it ended killed it in turn
      return result.exitCode() == 0 || result.exitCode() == 137;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (SandboxException e) {
      return false;
    }
  }

  private String create(List<String> command, String dir, Map<String, String> env) {
    try {
      return client.execCreateCmd(container)
          .withCmd(command.toArray(String[]::new))
          .withUser(user)
          .withWorkingDir(dir)
          .withEnv(env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .withAttachStdin(false)
          .withAttachStdout(true)
          .withAttachStderr(true)
          .exec()
          .getId();
    } catch (DockerException e) {
      throw new SandboxException("cannot run a command in the sandbox container " + container.substring(0, 12)
          + ": " + DockerEngine.Failures.reason(e), e);
    }
  }

  private void start(String exec, Streams streams) {
    try {
      client.execStartCmd(exec).exec(streams);
    } catch (DockerException e) {
      throw new SandboxException("cannot start a command in the sandbox container " + container.substring(0, 12)
          + ": " + DockerEngine.Failures.reason(e), e);
    }
  }

  /** The exit code once Docker has seen the process end; 128 + 9 if it still shows it running. */
  private int exitCode(String exec) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      InspectExecResponse state = client.inspectExecCmd(exec).exec();
      if (!Boolean.TRUE.equals(state.isRunning()) && state.getExitCodeLong() != null) {
        return state.getExitCodeLong().intValue();
      }
      if (System.nanoTime() > deadline) {
        return 137;
      }
      Thread.sleep(10);
    }
  }

  private static void closeQuietly(Streams streams) {
    try {
      streams.close();
    } catch (IOException ignored) {
      // the stream is over either way
    }
  }

  /** The exec's stdout and stderr frames, kept as the request asks. */
  private static final class Streams extends ResultCallback.Adapter<Frame> {

    final CappedOutput out;
    final CappedOutput err;
    final CountDownLatch ended = new CountDownLatch(1);
    final AtomicBoolean flooded = new AtomicBoolean();
    private final boolean merge;
    private final long killAfterOutputBytes;

    Streams(ExecRequest request, long killAfterOutputBytes) {
      this.merge = request.mergeStderr();
      this.out = new CappedOutput(request.maxOutputBytes(), request.listener());
      this.err = new CappedOutput(merge ? 1024 : request.maxOutputBytes(), request.listener());
      this.killAfterOutputBytes = killAfterOutputBytes;
    }

    @Override
    public void onNext(Frame frame) {
      byte[] payload = frame.getPayload();
      if (payload == null || flooded.get()) {
        return;
      }
      CappedOutput target = frame.getStreamType() == StreamType.STDERR && !merge ? err : out;
      synchronized (this) {
        target.write(payload, 0, payload.length);
        if (out.total() + err.total() > killAfterOutputBytes && flooded.compareAndSet(false, true)) {
          ended.countDown();
        }
      }
    }

    @Override
    public void onError(Throwable throwable) {
      ended.countDown();
    }

    @Override
    public void onComplete() {
      ended.countDown();
    }
  }
}
