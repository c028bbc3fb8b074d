package dev.fixer.tools;

import dev.fixer.core.text.EditDistance;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to say about a path that does not exist: files of the same name elsewhere in the repository,
 * entries with a similar name where it was expected, or else what that directory holds.
 */
final class SimilarPaths {

  private static final int MAX_VISITED = 100_000;
  private static final int MAX_DEPTH = 30;
  private static final int MAX_SUGGESTIONS = 8;
  private static final int MAX_LISTED = 30;

  private SimilarPaths() {}

  /** A message for the model that {@code missing} does not exist, with what it may have meant. */
  static String missing(Workspace workspace, Path missing) {
    StringBuilder out = new StringBuilder("'" + workspace.display(missing) + "' does not exist.");
    Path ancestor = existingAncestor(workspace, missing);
    Set<String> similar = new LinkedHashSet<>();
    sameName(workspace.root(), missing.getFileName().toString())
        .forEach(path -> similar.add(workspace.display(path)));
    similarSiblings(ancestor, missing).forEach(path -> similar.add(workspace.display(path)));
    if (!similar.isEmpty()) {
      out.append(" Did you mean: ").append(String.join(", ", similar.stream().limit(MAX_SUGGESTIONS).toList()))
          .append('?');
    } else {
      out.append(' ').append(contents(workspace, ancestor));
    }
    return out.toString();
  }

  private static Path existingAncestor(Workspace workspace, Path missing) {
    Path dir = missing.getParent();
    while (dir != null && !Files.isDirectory(dir) && dir.startsWith(workspace.root())) {
      dir = dir.getParent();
    }
    return dir == null || !dir.startsWith(workspace.root()) ? workspace.root() : dir;
  }

  private static List<Path> sameName(Path root, String name) {
    SameName visitor = new SameName(root, name);
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, visitor);
    } catch (IOException e) {
      // what was found before the failure still helps
    }
    return visitor.found;
  }

  /** Collects regular files of one name, case aside, outside .git and build output. */
  private static final class SameName extends SimpleFileVisitor<Path> {
    private final Path root;
    private final String name;
    private final List<Path> found = new ArrayList<>();
    private int visited;

    SameName(Path root, String name) {
      this.root = root;
      this.name = name;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      if (++visited > MAX_VISITED) {
        return FileVisitResult.TERMINATE;
      }
      boolean skip = !dir.equals(root) && SkippedDirectories.isSkipped(dir.getFileName().toString());
      return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (attributes.isRegularFile() && file.getFileName().toString().equalsIgnoreCase(name)) {
        found.add(file);
      }
      boolean done = ++visited > MAX_VISITED || found.size() >= MAX_SUGGESTIONS;
      return done ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      return FileVisitResult.CONTINUE;
    }
  }

  /** Existing paths that {@code missing} may have meant: its missing parts replaced by similar names. */
  private static List<Path> similarSiblings(Path ancestor, Path missing) {
    List<String> parts = new ArrayList<>();
    ancestor.relativize(missing).forEach(part -> parts.add(part.toString()));
    List<Path> found = new ArrayList<>();
    follow(ancestor, parts, 0, found);
    return found;
  }

  private static void follow(Path dir, List<String> parts, int index, List<Path> found) {
    if (index == parts.size()) {
      found.add(dir);
      return;
    }
    Path exact = dir.resolve(parts.get(index));
    if (Files.exists(exact)) {
      follow(exact, parts, index + 1, found);
      return;
    }
    try {
      for (Path child : DirectoryTree.children(dir)) {
        if (found.size() < MAX_SUGGESTIONS && similar(child.getFileName().toString(), parts.get(index))) {
          follow(child, parts, index + 1, found);
        }
      }
    } catch (IOException e) {
      // not a directory, or unreadable: nothing similar here
    }
  }

  private static boolean similar(String name, String wanted) {
    String a = name.toLowerCase(Locale.ROOT);
    String b = wanted.toLowerCase(Locale.ROOT);
    if (stem(a).equals(stem(b))) {
      return true;
    }
    int allowed = Math.max(2, Math.min(a.length(), b.length()) / 4);
    return Math.abs(a.length() - b.length()) <= allowed && EditDistance.between(a, b) <= allowed;
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String contents(Workspace workspace, Path dir) {
    List<String> names = new ArrayList<>();
    try {
      for (Path child : DirectoryTree.children(dir)) {
        names.add(child.getFileName() + (Files.isDirectory(child) ? "/" : ""));
      }
    } catch (IOException e) {
      return "";
    }
    String where = workspace.display(dir).equals(".") ? "The repository root" : workspace.display(dir) + "/";
    if (names.isEmpty()) {
      return where + " is empty.";
    }
    String more = names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "";
    return where + " holds: " + String.join(", ", names.subList(0, Math.min(MAX_LISTED, names.size()))) + more
        + ".";
  }
}
