package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One long-lived {@code /bin/sh} in a sandbox container, started by a single {@code docker exec},
 * that runs the sandbox's commands one at a time: it saves the exec per command, which costs tens of
 * milliseconds, mostly in runc.
 *
 * <p>The protocol. The shell first reads a random marker (from stdin, so no command can find it in
 * the shell's command line or environment) and answers {@code MARKER R pid}. Each request is a line
 * {@code seq n} and {@code n} lines of shell code that {@link ShellRequests} wrote. The shell prints
 * {@code MARKER B seq} on both streams, runs the code in a subshell with stdin from
 * {@code /dev/null}, which becomes the leader of a new session and process group through
 * {@code setsid}, prints {@code MARKER P pid} on stdout, waits, kills every process of the sandbox
 * user but itself, and prints {@code MARKER E seq status} on stdout and {@code MARKER E seq} on
 * stderr. What a command prints, even a marker of its own or bytes that are no text, stays output;
 * a command that ends the shell (it kills its parent, or every process of its user) ends only this
 * session, and the sandbox starts another. Not thread-safe: the sandbox serialises its calls.
 */
final class DockerShell implements AutoCloseable {

  static final String SCRIPT = String.join("\n",
      "command -v setsid >/dev/null 2>&1 || exit 3",
      "IFS= read -r m || exit 0",
      "printf '%sR %s\\n' \"$m\" \"$$\"",
      "printf '%sR 0\\n' \"$m\" >&2",
      "while IFS=' ' read -r q n; do",
      "  s=",
      "  while [ \"$n\" -gt 0 ]; do IFS= read -r l || exit 0; s=\"$s$l",
      "\"; n=$((n - 1)); done",
      "  printf '%sB %s\\n' \"$m\" \"$q\"; printf '%sB %s\\n' \"$m\" \"$q\" >&2",
      "  (eval \"$s\") </dev/null &",
      "  p=$!",
      "  printf '%sP %s\\n' \"$m\" \"$p\"",
      "  wait \"$p\"; c=$?",
      "  for d in /proc/[0-9]*; do [ \"${d#/proc/}\" = \"$$\" ] || kill -KILL \"${d#/proc/}\" 2>/dev/null; done",
      "  printf '%sE %s %s\\n' \"$m\" \"$q\" \"$c\"; printf '%sE %s\\n' \"$m\" \"$q\" >&2",
      "done");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String marker;
  private final ShellInput input = new ShellInput();
  private final Session session;
  private long seq;

  private DockerShell(String marker) {
    this.marker = marker;
    this.session = new Session(marker);
  }

  /**
   * Starts the shell as {@code user} with the environment {@code env}.
   *
   * @throws SandboxException naming why it cannot start: the engine refused, or the image lacks
   *     {@code setsid} or a {@code /bin/sh}
   */
  static DockerShell start(DockerClient client, String container, String user, Map<String, String> env)
      throws InterruptedException {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    DockerShell shell = new DockerShell("#fixer-" + HexFormat.of().formatHex(random) + "#");
    try {
      String exec = client.execCreateCmd(container)
          .withCmd("/bin/sh", "-c", SCRIPT)
          .withUser(user)
          .withWorkingDir(DockerSandbox.WORKDIR)
          .withEnv(env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .withAttachStdin(true)
          .withAttachStdout(true)
          .withAttachStderr(true)
          .withTty(false)
          .exec()
          .getId();
      client.execStartCmd(exec).withStdIn(shell.input).exec(shell.session);
    } catch (DockerException e) {
      throw new SandboxException("cannot start a shell in the sandbox container: " + DockerEngine.Failures.reason(e), e);
    }
    shell.input.send((shell.marker + "\n").getBytes(StandardCharsets.US_ASCII));
    if (!shell.session.ready.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || shell.session.dead) {
      shell.close();
      throw new SandboxException("the shell in the sandbox container did not start: the image needs /bin/sh and setsid");
    }
    return shell;
  }

  /** Whether the shell still runs; once it has ended, it never runs a command again. */
  boolean alive() {
    return !session.dead;
  }

  /**
   * Runs {@code request} in {@code dir} with {@code env} added to the shell's environment. At the
   * timeout, at {@code killAfterOutputBytes}, or when the caller is interrupted, {@code killGroup} is
   * given the command's process group to kill (or -1 if the shell has not named it yet: then it must
   * kill everything). When the shell ends during the command, the result has the exit code 137 and
   * the shell is not {@link #alive()}.
   */
  ExecResult run(ExecRequest request, String dir, long killAfterOutputBytes, GroupKill killGroup)
      throws InterruptedException {
    if (session.dead) {
      throw new IllegalStateException("the shell has ended: start another");
    }
    long started = System.nanoTime();
    Exchange exchange = new Exchange(++seq, request, killAfterOutputBytes);
    session.begin(exchange);
    String code = ShellRequests.code(request.command(), dir, request.env());
    long lines = code.chars().filter(c -> c == '\n').count() + 1;
    input.send((exchange.seq + " " + lines + "\n" + code + "\n").getBytes(StandardCharsets.UTF_8));
    boolean ended;
    try {
      ended = exchange.stop.await(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
      if (!ended || exchange.flooded) {
        killGroup.kill(exchange.pid);
      }
    } catch (InterruptedException e) {
      killGroup.kill(exchange.pid);
      throw e;
    }
    if (!exchange.ended.await(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
    }
    session.begin(null);
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    boolean flooded = exchange.flooded;
    int exit = exchange.exitCode == null ? 137 : exchange.exitCode;
    synchronized (exchange) {
      return new ExecResult(exit, exchange.out.text(), exchange.err.text(), !ended && !flooded, flooded, duration,
          exchange.out.total() + exchange.err.total());
    }
  }

  /**
   * Gives the shell up: a command still waiting ends with the exit code 137, and the shell's input
   * ends, so it exits when it next reads (a shell stuck in a command is killed by the next shell's
   * sweep, or with the container).
   */
  @Override
  public void close() {
    session.end();
    input.close();
    try {
      session.close();
    } catch (IOException ignored) {
      // the stream is over either way
    }
  }

  /** Kills a command's process group; -1: the group is not known, kill every process of the user. */
  @FunctionalInterface
  interface GroupKill {
    void kill(long processGroup);
  }

  /** One command's state as its frames and output arrive. */
  private static final class Exchange {

    final long seq;
    final CappedOutput out;
    final CappedOutput err;
    final boolean merge;
    final long killAfterOutputBytes;
    final CountDownLatch ended = new CountDownLatch(2);
    final CountDownLatch stop = new CountDownLatch(1);
    final boolean[] begun = new boolean[2];
    volatile long pid = -1;
    volatile Integer exitCode;
    volatile boolean flooded;

    Exchange(long seq, ExecRequest request, long killAfterOutputBytes) {
      this.seq = seq;
      this.merge = request.mergeStderr();
      this.out = new CappedOutput(request.maxOutputBytes(), request.listener());
      this.err = new CappedOutput(merge ? 1024 : request.maxOutputBytes(), request.listener());
      this.killAfterOutputBytes = killAfterOutputBytes;
    }

    synchronized void output(int stream, byte[] bytes, int offset, int length) {
      if (!begun[stream] || length == 0 || flooded) {
        return;
      }
      (stream == 1 && !merge ? err : out).write(bytes, offset, length);
      if (out.total() + err.total() > killAfterOutputBytes) {
        flooded = true;
        stop.countDown();
      }
    }

    void frame(int stream, String[] parts) {
      boolean mine = parts.length >= 2 && parts[1].equals(Long.toString(seq));
      switch (parts[0]) {
        case "B" -> begun[stream] |= mine;
        case "P" -> pid = begun[stream] && parts.length == 2 ? Long.parseLong(parts[1]) : pid;
        case "E" -> {
          if (mine && begun[stream]) {
            if (stream == 0 && parts.length == 3) {
              exitCode = Integer.parseInt(parts[2]);
            }
            end();
          }
        }
        default -> { }
      }
    }

    void end() {
      ended.countDown();
      if (ended.getCount() == 0) {
        stop.countDown();
      }
    }

    void abandon() {
      ended.countDown();
      end();
    }
  }

  /** The shell's two streams for its whole life, passed to the command that runs. */
  private static final class Session extends ResultCallback.Adapter<Frame> {

    final CountDownLatch ready = new CountDownLatch(2);
    final ShellFrames[] streams = new ShellFrames[2];
    volatile Exchange current;
    volatile boolean dead;

    Session(String marker) {
      for (int stream = 0; stream < 2; stream++) {
        int which = stream;
        streams[stream] = new ShellFrames(marker, new ShellFrames.Sink() {
          @Override
          public void output(byte[] bytes, int offset, int length) {
            Exchange exchange = current;
            if (exchange != null) {
              exchange.output(which, bytes, offset, length);
            }
          }

          @Override
          public void frame(String body) {
            String[] parts = body.split(" ");
            if (parts[0].equals("R")) {
              ready.countDown();
              return;
            }
            Exchange exchange = current;
            if (exchange != null && body.matches("[BPE]( \\d+){1,2}")) {
              exchange.frame(which, parts);
            }
          }
        });
      }
    }

    void begin(Exchange exchange) {
      current = exchange;
      if (exchange != null && dead) {
        end();
      }
    }

    @Override
    public void onNext(Frame frame) {
      byte[] payload = frame.getPayload();
      if (payload != null) {
        streams[frame.getStreamType() == StreamType.STDERR ? 1 : 0].write(payload, 0, payload.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      end();
    }

    @Override
    public void onComplete() {
      end();
    }

    void end() {
      dead = true;
      for (int stream = 0; stream < 2; stream++) {
        byte[] rest = streams[stream].rest();
        Exchange exchange = current;
        if (exchange != null) {
          exchange.output(stream, rest, 0, rest.length);
        }
      }
      ready.countDown();
      ready.countDown();
      Exchange exchange = current;
      if (exchange != null) {
        exchange.abandon();
      }
    }
  }
}
