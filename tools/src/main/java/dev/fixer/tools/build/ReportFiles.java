package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The JUnit XML reports ({@code TEST-*.xml}) under a repository as they were before a test run, so
 * that afterwards only the reports the run wrote are read. It compares each file's state before and
 * after, not its time with a clock: a report that an earlier run wrote a moment before this one
 * started is still an earlier run's.
 */
public final class ReportFiles {

  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".gradle", ".idea", "src");
  private static final int MAX_DEPTH = 12;

  private final Map<Path, State> before;

  private ReportFiles(Map<Path, State> before) {
    this.before = before;
  }

  /** The reports under {@code root} now. */
  public static ReportFiles under(Path root) {
    Map<Path, State> found = new HashMap<>();
    walk(root, (file, attrs) -> found.put(file, State.of(attrs)));
    return new ReportFiles(found);
  }

  /** The reports under {@code root} that are new or changed since this snapshot, in path order. */
  List<Path> writtenSince(Path root) {
    List<Path> written = new ArrayList<>();
    walk(root, (file, attrs) -> {
      if (!State.of(attrs).equals(before.get(file))) {
        written.add(file);
      }
    });
    written.sort(null);
    return written;
  }

  private record State(FileTime modified, long size, Object key) {
    static State of(BasicFileAttributes attrs) {
      return new State(attrs.lastModifiedTime(), attrs.size(), attrs.fileKey());
    }
  }

  private static void walk(Path root, BiConsumer<Path, BasicFileAttributes> visitor) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (name.startsWith("TEST-") && name.endsWith(".xml")) {
            visitor.accept(file, attrs);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what was found so far stands: an unreadable corner holds no report of this run
    }
  }
}
