package dev.fixer.sandbox;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The stdin of a {@link DockerShell}: what {@link #send} is given, read by the Docker client's copy
 * thread. Unlike a {@link java.io.PipedInputStream}, any thread may send, and a sender that has
 * ended does not break the pipe. Ends once {@link #close()} is called.
 */
final class ShellInput extends InputStream {

  private static final byte[] END = new byte[0];

  private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int at;
  private boolean ended;

  void send(byte[] bytes) {
    if (bytes.length > 0) {
      chunks.add(bytes.clone());
    }
  }

  @Override
  public synchronized int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (at == current.length) {
      if (ended) {
        return -1;
      }
      try {
        current = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
      at = 0;
      ended = current == END;
    }
    int n = Math.min(length, current.length - at);
    System.arraycopy(current, at, buffer, offset, n);
    at += n;
    return n;
  }

  @Override
  public void close() {
    chunks.add(END);
  }
}
