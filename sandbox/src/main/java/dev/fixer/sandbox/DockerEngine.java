package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection to a Docker engine: the one named, else the one {@code DOCKER_HOST} names, else the
 * local socket. Shared by the sandboxes of one fixer process; the caller closes it after them.
 */
public final class DockerEngine implements AutoCloseable {

  private final DockerClient client;
  private final String host;

  private DockerEngine(DockerClient client, String host) {
    this.client = client;
    this.host = host;
  }

  /** Connects to the engine of {@code DOCKER_HOST}, else the local socket; see {@link #connect(String)}. */
  public static DockerEngine connect() {
    return connect(null);
  }

  /**
   * Connects and checks that the engine answers.
   *
   * @param dockerHost the engine's address ({@code unix:///var/run/docker.sock},
   *     {@code tcp://host:2375}); null for {@code DOCKER_HOST} or the local socket
   * @throws SandboxException naming the engine's address and how to start one
   */
  public static DockerEngine connect(String dockerHost) {
    DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
    if (dockerHost != null && !dockerHost.isBlank()) {
      builder.withDockerHost(dockerHost);
    }
    DockerClientConfig config = builder.build();
    ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .sslConfig(config.getSSLConfig())
        .connectionTimeout(Duration.ofSeconds(5))
        .maxConnections(32)
        .build();
    DockerEngine engine = new DockerEngine(DockerClientImpl.getInstance(config, http), config.getDockerHost().toString());
    try {
      engine.client.pingCmd().exec();
      return engine;
    } catch (RuntimeException e) {
      engine.close();
      throw new SandboxException("no Docker engine answers at " + engine.host + " (" + Failures.reason(e) + "):"
          + " start it (sudo systemctl start docker, or dockerd &), set DOCKER_HOST to one that runs,"
          + " or use --sandbox bwrap", e);
    }
  }

  /** Why no Docker engine can be used from here, or empty if one answers. */
  public static Optional<String> unavailableBecause() {
    return unavailableBecause(null);
  }

  /** Why the engine at {@code dockerHost} (null: the default) cannot be used, or empty if it answers. */
  public static Optional<String> unavailableBecause(String dockerHost) {
    try (DockerEngine engine = connect(dockerHost)) {
      return Optional.empty();
    } catch (SandboxException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The image to start sandboxes from: {@code source} as it is on the engine, pulled or built
   * first when it is not there. Builds report their progress, a line at a time, to {@code progress}.
   *
   * @throws SandboxException naming the image and why it cannot be had
   */
  public String image(ImageSource source, Consumer<String> progress) {
    return new DockerImages(client).ensure(source, progress);
  }

  /**
   * Removes the sandbox containers that fixer processes on this host left behind when they died;
   * those of live fixer processes stay.
   *
   * @return how many were removed
   */
  public int sweepLeftovers() {
    return ContainerLabels.sweep(client);
  }

  DockerClient client() {
    return client;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Messages of engine failures as a user reads them. */
  static final class Failures {

    /** The engine's own words in an API error such as {@code Status 500: {"message":"..."}}. */
    private static final Pattern ENGINE_MESSAGE =
        Pattern.compile("^Status \\d+: \\{\"message\":\"(.*)\"\\}\\s*$", Pattern.DOTALL);

    private Failures() {}

    static String reason(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof DockerException)) {
        cause = cause.getCause();
      }
      String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      Matcher engine = ENGINE_MESSAGE.matcher(message);
      if (engine.find()) {
        message = engine.group(1).replace("\\\"", "\"");
      }
      return message.strip().replaceAll("\\s+", " ");
    }
  }
}
