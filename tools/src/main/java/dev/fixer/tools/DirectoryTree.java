package dev.fixer.tools;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * A directory's entries to some depth, read breadth first so that a capped listing keeps the upper
 * levels whole. It never follows a symbolic link (it shows {@code name -> target}), never shows
 * {@code .git}, and leaves out build output and caches below the directory it starts from.
 */
final class DirectoryTree {

  private record Node(String label, int level, List<Node> children) {}

  private record Pending(Path dir, Node node) {}

  private final Workspace workspace;
  private final Node root;
  private final int maxEntries;
  private final TreeSet<String> skipped = new TreeSet<>();
  private final List<String> unreadable = new ArrayList<>();
  private int entries;
  private int omitted;
  private boolean unexpanded;

  private DirectoryTree(Workspace workspace, Path dir, int maxEntries) {
    this.workspace = workspace;
    this.root = new Node(slashed(workspace.display(dir)), 0, new ArrayList<>());
    this.maxEntries = maxEntries;
  }

  /** The tree under {@code dir}, to {@code depth} levels, with at most {@code maxEntries} entries. */
  static DirectoryTree read(Workspace workspace, Path dir, int depth, int maxEntries) {
    DirectoryTree tree = new DirectoryTree(workspace, dir, maxEntries);
    Deque<Pending> queue = new ArrayDeque<>();
    queue.add(new Pending(dir, tree.root));
    while (!queue.isEmpty()) {
      tree.expand(queue.poll(), depth, queue);
    }
    return tree;
  }

  /** The entries of {@code dir} sorted by name, except {@code .git}. */
  static List<Path> children(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        if (!child.getFileName().toString().equals(".git")) {
          children.add(child);
        }
      }
    }
    children.sort(Comparator.comparing(child -> child.getFileName().toString()));
    return children;
  }

  private void expand(Pending pending, int depth, Deque<Pending> queue) {
    List<Path> children;
    try {
      children = children(pending.dir());
    } catch (IOException e) {
      unreadable.add(workspace.display(pending.dir()) + " (" + e.getMessage() + ")");
      return;
    }
    for (Path child : children) {
      boolean directory = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
      if (directory && SkippedDirectories.isNoise(child.getFileName().toString())) {
        skipped.add(slashed(workspace.display(child)));
      } else if (entries >= maxEntries) {
        omitted++;
      } else {
        Node node = new Node(label(child, directory), pending.node().level() + 1, new ArrayList<>());
        pending.node().children().add(node);
        entries++;
        if (directory && node.level() < depth) {
          queue.add(new Pending(child, node));
        } else if (directory) {
          unexpanded = true;
        }
      }
    }
  }

  private static String label(Path path, boolean directory) {
    String name = path.getFileName().toString();
    if (directory) {
      return name + "/";
    }
    if (Files.isSymbolicLink(path)) {
      try {
        return name + " -> " + Files.readSymbolicLink(path);
      } catch (IOException e) {
        return name + " -> (unreadable link)";
      }
    }
    return name;
  }

  private static String slashed(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  /** The tree, one entry a line indented two spaces a level, then notes on what it leaves out. */
  String render() {
    StringBuilder out = new StringBuilder(root.label()).append('\n');
    if (root.children().isEmpty() && skipped.isEmpty() && omitted == 0) {
      out.append("  (empty)\n");
    }
    appendChildren(root, out);
    if (omitted > 0) {
      out.append("[").append(omitted).append(" more entries not shown: the listing stops at ")
          .append(maxEntries).append(" entries; list a subdirectory with path, or use a smaller depth]\n");
    }
    if (unexpanded) {
      out.append("[directories at the depth limit are shown without their contents;"
          + " pass a larger depth or a subdirectory as path to see inside]\n");
    }
    if (!skipped.isEmpty()) {
      List<String> named = skipped.stream().limit(10).toList();
      String more = skipped.size() > named.size() ? " and " + (skipped.size() - named.size()) + " more" : "";
      out.append("[not listed, as build output or caches: ").append(String.join(", ", named)).append(more)
          .append("; pass one as path to list it]\n");
    }
    unreadable.forEach(dir -> out.append("[cannot read ").append(dir).append("]\n"));
    return out.toString();
  }

  private static void appendChildren(Node node, StringBuilder out) {
    for (Node child : node.children()) {
      out.append("  ".repeat(child.level())).append(child.label()).append('\n');
      appendChildren(child, out);
    }
  }
}
