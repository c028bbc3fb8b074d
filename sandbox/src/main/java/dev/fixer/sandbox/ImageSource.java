package dev.fixer.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** Where a Docker sandbox's image comes from. */
public sealed interface ImageSource {

  /** The resource that holds fixer's default sandbox image's Dockerfile. */
  String STANDARD_DOCKERFILE = "/dev/fixer/sandbox/image/Dockerfile";

  /** An image by name ({@code eclipse-temurin:21}, say): used as the engine has it, else pulled. */
  record Named(String reference) implements ImageSource {
    public Named {
      if (reference == null || reference.isBlank() || reference.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("an image name has no spaces and is not empty, got '" + reference + "'");
      }
    }
  }

  /**
   * An image built from {@code dockerfile} with {@code context} as its build context, every time
   * (Docker's cache makes an unchanged build quick), tagged by a hash of the Dockerfile's path in
   * the context and its text.
   */
  record Built(Path context, Path dockerfile) implements ImageSource {
    public Built {
      context = context.toAbsolutePath().normalize();
      dockerfile = dockerfile.toAbsolutePath().normalize();
      if (!dockerfile.startsWith(context)) {
        throw new IllegalArgumentException("the Dockerfile " + dockerfile + " must be inside its build context " + context);
      }
    }
  }

  /**
   * fixer's own sandbox image (JDK 17, Maven, Gradle, Python 3, Node, git, ripgrep, user
   * {@code fixer}), built from the Dockerfile inside fixer when the engine does not have it.
   *
   * @param tag {@code fixer-sandbox:} and the first 12 hex digits of the Dockerfile's SHA-256
   */
  record Standard(String tag, String dockerfile) implements ImageSource {
    public Standard {
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(dockerfile, "dockerfile");
    }
  }

  /** fixer's default sandbox image. */
  static Standard standard() {
    try (InputStream in = ImageSource.class.getResourceAsStream(STANDARD_DOCKERFILE)) {
      if (in == null) {
        throw new IllegalStateException("fixer is built without " + STANDARD_DOCKERFILE);
      }
      byte[] bytes = in.readAllBytes();
      return new Standard("fixer-sandbox:" + sha256(bytes).substring(0, 12), new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
