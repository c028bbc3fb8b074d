package dev.fixer.sandbox.testing;

import dev.fixer.sandbox.DockerEngine;
import dev.fixer.sandbox.ImageSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Docker engine and fixer's default sandbox image (built first if the engine lacks it), shared by
 * a test class: register it as a static field with {@code @RegisterExtension}. The class skips, or
 * fails under {@code FIXER_REQUIRE_SANDBOXES}, where no engine answers.
 */
public final class EngineExtension implements BeforeAllCallback, AfterAllCallback {

  private DockerEngine engine;
  private String image;

  @Override
  public void beforeAll(ExtensionContext context) {
    Sandboxes.assumeDocker();
    engine = DockerEngine.connect();
    image = engine.image(ImageSource.standard(), System.out::println);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  public DockerEngine engine() {
    return engine;
  }

  /** The default sandbox image's id. */
  public String image() {
    return image;
  }
}
