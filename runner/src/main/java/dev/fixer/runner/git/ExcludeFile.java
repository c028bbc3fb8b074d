package dev.fixer.runner.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code .git/info/exclude} of a work copy, and the rule that keeps what the setup phase built out of
 * fixer's commits: every untracked, not-ignored path is excluded, anchored with a leading {@code /},
 * a directory that holds no tracked file as {@code /dir/}.
 */
final class ExcludeFile {

  private ExcludeFile() {}

  /** Appends a pattern for each untracked path not excluded yet; returns the patterns appended. */
  static List<String> excludeUntracked(Repository repo) throws IOException, GitAPIException {
    Set<String> untracked;
    try (Git git = Git.wrap(repo)) {
      untracked = git.status().call().getUntracked();
    }
    if (untracked.isEmpty()) {
      return List.of();
    }
    Set<String> trackedDirs = trackedDirectories(repo);
    Set<String> patterns = new TreeSet<>();
    for (String path : untracked) {
      if (path.indexOf('\n') < 0) {
        patterns.add(patternFor(path, trackedDirs));
      }
    }
    Path file = repo.getDirectory().toPath().resolve("info").resolve("exclude");
    String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    Set<String> fresh = new LinkedHashSet<>(patterns);
    fresh.removeAll(existing.lines().toList());
    if (fresh.isEmpty()) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    if (!existing.isEmpty() && !existing.endsWith("\n")) {
      text.append('\n');
    }
    fresh.forEach(pattern -> text.append(pattern).append('\n'));
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return List.copyOf(fresh);
  }

  /** {@code /top/} for the outermost directory of {@code path} with no tracked file, else {@code /path}. */
  static String patternFor(String path, Set<String> trackedDirs) {
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String dir = path.substring(0, slash);
      if (!trackedDirs.contains(dir)) {
        return "/" + escape(dir) + "/";
      }
    }
    return "/" + escape(path);
  }

  static Set<String> trackedDirectories(Repository repo) throws IOException {
    Set<String> dirs = new HashSet<>();
    DirCache index = repo.readDirCache();
    for (int i = 0; i < index.getEntryCount(); i++) {
      String path = index.getEntry(i).getPathString();
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        dirs.add(path.substring(0, slash));
      }
    }
    return dirs;
  }

  /** Backslash before the characters a pattern treats specially, and before trailing spaces. */
  private static String escape(String path) {
    StringBuilder out = new StringBuilder();
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == ' ') {
      end--;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || c == '*' || c == '?' || c == '[' || (c == ' ' && i >= end)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
