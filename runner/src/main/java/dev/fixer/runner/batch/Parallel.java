package dev.fixer.runner.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Work on each item of a list, {@code parallel} at a time, the results in the list's order: a batch's issues, an evaluation's instances. */
public final class Parallel {

  private Parallel() {}

  /**
   * @throws InterruptedException when the calling thread is interrupted; the items in progress are
   *     interrupted too
   */
  public static <T, R> List<R> each(List<T> items, int parallel, String threadName, Work<T, R> work)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(parallel, task -> new Thread(task, threadName));
    try {
      List<Future<R>> started = new ArrayList<>();
      for (T item : items) {
        started.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : started) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The work on one item; it may be interrupted. */
  @FunctionalInterface
  public interface Work<T, R> {
    R apply(T item) throws InterruptedException;
  }
}
