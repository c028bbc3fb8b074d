package dev.fixer.runner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.FixerException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The state file of a batch (JSON), so that a batch killed halfway and started again finishes the rest
 * without redoing anything. One batch at a time per file: {@link #open} takes an exclusive lock on
 * {@code <file>.lock}, which {@link #close} releases. Every change is written at once and atomically
 * (a temporary file renamed over the old one), so the file on disk always parses. Thread-safe: the
 * parallel runs of a batch update it together.
 *
 * <p>The file is {@code {"version": 1, "repo", "label", "issues": [...]}}, the issues by number.
 */
public final class BatchState implements AutoCloseable {

  private static final int VERSION = 1;

  private final StateFile file;
  private final String repo;
  private final String label;
  private final FileChannel lock;
  private final Clock clock;
  private final Map<Integer, BatchEntry> entries;
  private boolean closed;

  private BatchState(StateFile file, String repo, String label, FileChannel lock, Clock clock,
      Map<Integer, BatchEntry> entries) {
    this.file = file;
    this.repo = repo;
    this.label = label;
    this.lock = lock;
    this.clock = clock;
    this.entries = entries;
  }

  /**
   * Creates the file for {@code repo} ({@code OWNER/NAME}) and {@code label}, or loads it. The caller
   * closes the state to release the lock.
   *
   * @throws FixerException a usage error when another batch holds the file, when the file belongs to
   *     another repository or label (naming both), or when it cannot be read (naming it and saying to
   *     move it away); an infrastructure error when it cannot be written
   */
  public static BatchState open(Path file, String repo, String label) {
    return open(file, repo, label, Clock.systemUTC());
  }

  static BatchState open(Path file, String repo, String label, Clock clock) {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(label, "label");
    StateFile state = new StateFile(file);
    FileChannel lock = state.lock();
    try {
      boolean exists = state.exists();
      BatchState opened = new BatchState(state, repo, label, lock, clock,
          exists ? load(state, repo, label) : new TreeMap<>());
      if (!exists) {
        opened.save();
      }
      return opened;
    } catch (RuntimeException e) {
      StateFile.closeQuietly(lock);
      throw e;
    }
  }

  private static Map<Integer, BatchEntry> load(StateFile file, String repo, String label) {
    JsonNode root = file.read();
    String theirRepo = root.path("repo").asText("?");
    String theirLabel = root.path("label").asText("?");
    if (!root.path("version").isInt() || root.path("version").intValue() != VERSION) {
      throw file.unreadable("it is not a version " + VERSION + " batch state", null);
    }
    if (!theirRepo.equalsIgnoreCase(repo) || !theirLabel.equals(label)) {
      throw FixerException.usage("the batch state file " + file.path() + " is for " + theirRepo + " label '"
          + theirLabel + "', not for " + repo + " label '" + label + "': give this batch another state file");
    }
    JsonNode issues = root.path("issues");
    if (!issues.isArray()) {
      throw file.unreadable("it has no list of issues", null);
    }
    Map<Integer, BatchEntry> entries = new TreeMap<>();
    try {
      for (JsonNode node : issues) {
        BatchEntry entry = EntryJson.decode(node);
        if (entries.put(entry.number(), entry) != null) {
          throw new IllegalArgumentException("issue " + entry.number() + " appears twice");
        }
      }
    } catch (IllegalArgumentException e) {
      throw file.unreadable(e.getMessage(), e);
    }
    return entries;
  }

  /** The state file, absolute. */
  public Path file() {
    return file.path();
  }

  public synchronized Optional<BatchEntry> entry(int number) {
    return Optional.ofNullable(entries.get(number));
  }

  /** Every entry, by number. */
  public synchronized List<BatchEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Changes the entry of issue {@code number} and writes the file; the result is stamped with the time.
   *
   * @throws IllegalArgumentException when there is no such entry (see {@link #update(Candidate,
   *     UnaryOperator)} and {@link #put}), or {@code change} changes the number
   */
  public synchronized BatchEntry update(int number, UnaryOperator<BatchEntry> change) {
    BatchEntry current = entries.get(number);
    if (current == null) {
      throw new IllegalArgumentException("the batch state has no issue " + number + " to update: put it first");
    }
    return apply(current, change);
  }

  /** Like {@link #update(int, UnaryOperator)}, starting from a new PENDING entry when the issue has none. */
  public synchronized BatchEntry update(Candidate issue, UnaryOperator<BatchEntry> change) {
    BatchEntry current = entries.get(issue.number());
    return apply(current != null ? current : BatchEntry.pending(issue.number(), issue.title(), clock.instant()),
        change);
  }

  private BatchEntry apply(BatchEntry current, UnaryOperator<BatchEntry> change) {
    BatchEntry changed = Objects.requireNonNull(change.apply(current), "the changed entry");
    if (changed.number() != current.number()) {
      throw new IllegalArgumentException("an update of issue " + current.number() + " made it issue "
          + changed.number());
    }
    BatchEntry stamped = changed.at(clock.instant());
    put(stamped);
    return stamped;
  }

  /** Adds or replaces the entry of its issue, as it is, and writes the file. */
  public synchronized void put(BatchEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (closed) {
      throw new IllegalStateException("the batch state " + file.path() + " is closed");
    }
    BatchEntry before = entries.put(entry.number(), entry);
    try {
      save();
    } catch (RuntimeException e) {
      if (before == null) {
        entries.remove(entry.number());
      } else {
        entries.put(entry.number(), before);
      }
      throw e;
    }
  }

  private void save() {
    ObjectNode root = JsonNodeFactory.instance.objectNode().put("version", VERSION).put("repo", repo)
        .put("label", label);
    ArrayNode issues = root.putArray("issues");
    entries.values().forEach(entry -> issues.add(EntryJson.encode(entry)));
    file.write(root.toPrettyString());
  }

  /** Releases the lock; the entries stay in the file. Closing twice does nothing more. */
  @Override
  public synchronized void close() {
    closed = true;
    StateFile.closeQuietly(lock);
  }
}
