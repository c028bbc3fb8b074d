package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.command.PullImageResultCallback;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Finds, pulls or builds the image of an {@link ImageSource}. */
final class DockerImages {

  static final String BASE_HINT = "where no registry is reachable, make the base image debian:bookworm-slim"
      + " first with `bash docker/base-image.sh` from fixer's source";

  private final DockerClient client;

  DockerImages(DockerClient client) {
    this.client = client;
  }

  String ensure(ImageSource source, Consumer<String> progress) {
    if (source instanceof ImageSource.Named named) {
      return named(named.reference(), progress);
    }
    if (source instanceof ImageSource.Standard standard) {
      if (!present(standard.tag())) {
        progress.accept("building the sandbox image " + standard.tag() + " (once; it takes a few minutes)");
        build(client.buildImageCmd(tarOf(standard.dockerfile())), standard.tag(), progress);
      }
      return standard.tag();
    }
    ImageSource.Built built = (ImageSource.Built) source;
    if (!Files.isRegularFile(built.dockerfile())) {
      throw new SandboxException("the Dockerfile " + built.dockerfile() + " named for the sandbox does not exist");
    }
    String tag = "fixer-repo-sandbox:" + ImageSource.sha256(identity(built)).substring(0, 12);
    progress.accept("building the sandbox image " + tag + " from " + built.dockerfile());
    build(client.buildImageCmd().withBaseDirectory(built.context().toFile()).withDockerfile(built.dockerfile().toFile()),
        tag, progress);
    return tag;
  }

  /** The Dockerfile's path in its context and its text: the same for every work copy of a commit. */
  private static byte[] identity(ImageSource.Built built) {
    try {
      byte[] path = (built.context().relativize(built.dockerfile()) + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] text = Files.readAllBytes(built.dockerfile());
      byte[] both = Arrays.copyOf(path, path.length + text.length);
      System.arraycopy(text, 0, both, path.length, text.length);
      return both;
    } catch (IOException e) {
      throw new SandboxException("cannot read the Dockerfile " + built.dockerfile() + ": " + e.getMessage(), e);
    }
  }

  private String named(String reference, Consumer<String> progress) {
    if (present(reference)) {
      return reference;
    }
    progress.accept("pulling the sandbox image " + reference);
    try {
      client.pullImageCmd(reference).exec(new PullImageResultCallback()).awaitCompletion(30, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while pulling the image " + reference, e);
    } catch (RuntimeException e) {
      throw new SandboxException("cannot pull the sandbox image " + reference + " (" + DockerEngine.Failures.reason(e)
          + "): check its name, log in to its registry with docker login, or build it on this engine first", e);
    }
    if (!present(reference)) {
      throw new SandboxException("pulling the sandbox image " + reference + " ended without the image");
    }
    return reference;
  }

  private void build(BuildImageCmd command, String tag, Consumer<String> progress) {
    try {
      command.withTags(Set.of(tag)).withPull(false).withRemove(true)
          .exec(new BuildImageResultCallback() {
            @Override
            public void onNext(BuildResponseItem item) {
              String line = item.getStream() == null ? "" : item.getStream().strip();
              if (line.startsWith("Step ")) {
                progress.accept("  " + line);
              }
              super.onNext(item);
            }
          })
          .awaitImageId();
    } catch (RuntimeException e) {
      throw new SandboxException("cannot build the sandbox image " + tag + ": " + DockerEngine.Failures.reason(e)
          + "; " + BASE_HINT, e);
    }
  }

  private boolean present(String reference) {
    try {
      client.inspectImageCmd(reference).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** A build context holding only {@code Dockerfile}. */
  static ByteArrayInputStream tarOf(String dockerfile) {
    return tarOf(Map.of("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8)));
  }

  /** A tar of {@code files}, by relative path, each readable by all. */
  static ByteArrayInputStream tarOf(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
        entry.setSize(file.getValue().length);
        entry.setMode(0100644);
        tar.putArchiveEntry(entry);
        tar.write(file.getValue());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
