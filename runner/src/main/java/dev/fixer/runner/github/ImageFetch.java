package dev.fixer.runner.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Fetches one image as a data URL, following redirects itself so the token goes only to
 * {@link TrustedHosts}, and not again once a redirect has left them. What goes wrong is described
 * to the notes, never with the token.
 */
final class ImageFetch {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final int MAX_REDIRECTS = 5;
  private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private final OkHttpClient client;
  private final TrustedHosts trusted;
  private final Optional<String> token;
  private final Consumer<String> notes;

  ImageFetch(OkHttpClient client, TrustedHosts trusted, Optional<String> token, Consumer<String> notes) {
    this.client = client;
    this.trusted = trusted;
    this.token = token;
    this.notes = notes;
  }

  /** The image at {@code link} as {@code data:<type>;base64,...}; empty, with a note, when it cannot be had. */
  Optional<String> dataUrl(String link) {
    HttpUrl url = HttpUrl.parse(link);
    if (url == null) {
      return skip(link, "it is not an http(s) URL");
    }
    boolean stillTrusted = true;
    try {
      for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
        stillTrusted = stillTrusted && trusted.trusts(url);
        try (Response response = client.newCall(request(url, stillTrusted)).execute()) {
          if (!response.isRedirect()) {
            return read(link, response);
          }
          String location = response.header("Location");
          url = location == null ? null : url.resolve(location);
          if (url == null) {
            return skip(link, "it redirects without a usable Location");
          }
        }
      }
      return skip(link, "it redirects more than " + MAX_REDIRECTS + " times");
    } catch (InterruptedIOException e) {
      return skip(link, "it timed out");
    } catch (IOException e) {
      return skip(link, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** A GET of {@code url}, with the token only when every URL on the way here was trusted. */
  private Request request(HttpUrl url, boolean authorize) {
    Request.Builder request = new Request.Builder().url(url).header("Accept", "image/*").header("User-Agent", "fixer");
    if (authorize) {
      token.ifPresent(value -> request.header("Authorization", "token " + value));
    }
    return request.build();
  }

  private Optional<String> read(String link, Response response) throws IOException {
    if (!response.isSuccessful()) {
      return skip(link, "the server answered HTTP " + response.code());
    }
    MediaType mediaType = response.body().contentType();
    String type = mediaType == null ? "" : (mediaType.type() + "/" + mediaType.subtype()).toLowerCase(Locale.ROOT);
    if (!IMAGE_TYPES.contains(type)) {
      return skip(link, type.isEmpty() ? "it has no content type"
          : "its content type " + type + " is not png, jpeg, gif or webp");
    }
    BufferedSource source = response.body().source();
    if (response.body().contentLength() > MAX_BYTES || source.request(MAX_BYTES + 1)) {
      return skip(link, "it is larger than 5 MB");
    }
    return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(source.readByteArray()));
  }

  private Optional<String> skip(String link, String reason) {
    notes.accept("image " + link + " left out: " + reason);
    return Optional.empty();
  }
}
