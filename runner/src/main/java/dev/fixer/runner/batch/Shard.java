package dev.fixer.runner.batch;

import dev.fixer.runner.FixerException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable share of the issues for one of several machines, as {@code --shard I/N}: shard
 * {@code index} (1-based) of {@code count}. Issue {@code n} belongs to shard
 * {@code ((n - 1) mod count) + 1}, so every machine agrees without talking to the others, and any run
 * of consecutive numbers is shared out evenly, to within one issue. Items named by a string (an
 * evaluation's instance ids) are shared by {@link #includesKey(String)} instead.
 *
 * @param index which share, from 1 to {@code count}
 * @param count how many shares there are, at least 1
 */
public record Shard(int index, int count) {

  /** The one shard that takes every issue: {@code 1/1}. */
  public static final Shard ALL = new Shard(1, 1);

  private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
  private static final String EXAMPLE = ", as in --shard 1/4";

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard needs 1 <= index <= count, not " + index + "/" + count);
    }
  }

  /**
   * Parses {@code I/N}, e.g. {@code 2/4}.
   *
   * @throws FixerException a usage error naming the value and the expected form
   */
  public static Shard parse(String text) {
    String value = text == null ? "" : text.strip();
    Matcher matcher = FORM.matcher(value);
    if (!matcher.matches()) {
      throw FixerException.usage("--shard " + value + ": expected I/N, the shard I of N shards in whole numbers"
          + EXAMPLE);
    }
    int index = Integer.parseInt(matcher.group(1));
    int count = Integer.parseInt(matcher.group(2));
    if (count < 1) {
      throw FixerException.usage("--shard " + value + ": N must be at least 1" + EXAMPLE);
    }
    if (index < 1 || index > count) {
      throw FixerException.usage("--shard " + value + ": I must be between 1 and N" + EXAMPLE);
    }
    return new Shard(index, count);
  }

  /** Whether this shard takes issue {@code issueNumber}: {@code ((issueNumber - 1) mod count) + 1 == index}. */
  public boolean includes(int issueNumber) {
    return Math.floorMod((long) issueNumber - 1, count) == index - 1;
  }

  /**
   * Whether this shard takes the item named {@code key}, e.g. an instance id: the first 8 bytes of the
   * SHA-256 of the key's UTF-8 bytes, read as an unsigned big-endian number, modulo {@code count}, equal to
   * {@code index - 1}. It depends on the key alone, so every machine and JVM agrees, and a dataset's keys are
   * shared out about evenly whatever their order.
   */
  public boolean includesKey(String key) {
    long hash = ByteBuffer.wrap(sha256(key.getBytes(StandardCharsets.UTF_8))).getLong();
    return Long.remainderUnsigned(hash, count) == index - 1;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
