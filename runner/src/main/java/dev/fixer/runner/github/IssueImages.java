package dev.fixer.runner.github;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/** Images an issue's body and comments link to, fetched and embedded as data URLs for a model that takes images. */
public final class IssueImages {

  /** The most images embedded from one issue. */
  public static final int MAX_IMAGES = 8;

  private IssueImages() {}

  /**
   * The images linked from {@code texts} (Markdown {@code ![alt](url)} or {@code ![alt](url "title")},
   * HTML {@code <img src="url">}), in order and each once, at most {@value #MAX_IMAGES}, each at
   * most 5 MB, as {@code data:<type>;base64,...} strings. Only http(s) links are fetched; the
   * token goes only to the API's host, the host of {@code serverUrl}, github.com, *.github.com and
   * *.githubusercontent.com, and is dropped on a redirect anywhere else. Only png, jpeg, gif and
   * webp answers are kept. Every image left out (bad status, type or size, a timeout after about
   * 20 s, too many images) is described, with its URL and never the token, to {@code notes}.
   *
   * @param serverUrl the GitHub web server, e.g. {@code https://github.com}; may be null
   */
  public static List<String> embed(List<String> texts, GitHubAccess access, String serverUrl,
      Consumer<String> notes) {
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(notes, "notes");
    List<String> links = ImageLinks.in(texts);
    if (links.isEmpty()) {
      return List.of();
    }
    OkHttpClient client = new OkHttpClient.Builder()
        .followRedirects(false).followSslRedirects(false).callTimeout(Duration.ofSeconds(20)).build();
    try {
      ImageFetch fetch = new ImageFetch(client, new TrustedHosts(access.apiUrl(), serverUrl), access.token(), notes);
      List<String> images = new ArrayList<>();
      links.stream().limit(MAX_IMAGES).forEach(link -> fetch.dataUrl(link).ifPresent(images::add));
      if (links.size() > MAX_IMAGES) {
        notes.accept((links.size() - MAX_IMAGES) + " more image(s) left out: fixer embeds at most " + MAX_IMAGES);
      }
      return images;
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
