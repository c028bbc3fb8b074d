package dev.fixer.runner.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * A real git repository in a test's temporary directory, built with JGit: a user's checkout with
 * branch {@code main} and its own {@code user.name}/{@code user.email}. Closes its JGit handle on
 * {@link #close()}.
 */
final class TempRepo implements AutoCloseable {

  static final PersonIdent ME = new PersonIdent("Test User", "test@example.com");

  private final Git git;
  private final Path root;
  private boolean closed;

  private TempRepo(Git git, Path root) {
    this.git = git;
    this.root = root;
  }

  static TempRepo init(Path dir) throws IOException, GitAPIException {
    Files.createDirectories(dir);
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", ME.getName());
    config.setString("user", null, "email", ME.getEmailAddress());
    config.save();
    return new TempRepo(git, dir);
  }

  /** A repository with one commit holding {@code README.md} and {@code src/Calc.java}. */
  static TempRepo withOneCommit(Path dir) throws IOException, GitAPIException {
    TempRepo repo = init(dir);
    repo.write("README.md", "# demo\n");
    repo.write("src/Calc.java", "class Calc {\n  int add(int a, int b) {\n    return a - b;\n  }\n}\n");
    repo.commitAll("Initial commit");
    return repo;
  }

  Path root() {
    return root;
  }

  Git git() {
    return git;
  }

  Path write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  void delete(String path) throws IOException {
    Files.delete(root.resolve(path));
  }

  /** Stages everything (deletions too) and commits; returns the sha. */
  String commitAll(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit().setMessage(message).setAuthor(ME).setCommitter(ME).setSign(false).call().name();
  }

  String head() throws IOException {
    return git.getRepository().resolve("HEAD").name();
  }

  String fullBranch() throws IOException {
    return git.getRepository().getFullBranch();
  }

  /** Closes the JGit repository; a second call does nothing. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      git.close();
    }
  }
}
