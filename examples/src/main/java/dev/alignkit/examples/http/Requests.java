package dev.alignkit.examples.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the service reads from a request: the locale, the query, path segments and the capped body. */
final class Requests {
  /** The locales that have bundles, English (the base bundles) first as the default. */
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

  private Requests() {}

  /**
   * The best supported locale for an {@code Accept-Language} header, by RFC 4647 lookup over the
   * ranges in order of weight: {@code de-CH, en;q=0.5} gives German, {@code fr, de;q=0.8} German,
   * {@code fr} English. A range of weight 0 never matches; {@code *} stands for the default,
   * English. A missing or malformed header gives English rather than an error, since browsers and
   * proxies send all kinds of headers and a readable answer in English helps more than a 400.
   */
  static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return SUPPORTED.get(0);
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return SUPPORTED.get(0);
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      if (range.getRange().equals("*")) {
        return SUPPORTED.get(0);
      }
      Locale match = Locale.lookup(List.of(range), SUPPORTED);
      if (match != null) {
        return match;
      }
    }
    return SUPPORTED.get(0);
  }

  /**
   * The first value of query parameter {@code name} in a raw query (form-encoded), if given.
   *
   * @throws HttpProblem 400 when the query is not correctly percent-encoded
   */
  static Optional<String> queryParameter(String rawQuery, String name) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (decodeForm(key).equals(name)) {
        return Optional.of(equals < 0 ? "" : decodeForm(pair.substring(equals + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code asOf} query parameter as a date, if given.
   *
   * @throws HttpProblem 400 when it is not a date written YYYY-MM-DD
   */
  static Optional<LocalDate> asOf(String rawQuery) {
    Optional<String> value = queryParameter(rawQuery, "asOf");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.get()));
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest("asOf must be a date written YYYY-MM-DD, got '" + value.get() + "'");
    }
  }

  /**
   * The date a request is answered for: its {@code asOf} parameter, or today by {@code clock}.
   *
   * @throws HttpProblem 400 when {@code asOf} is not a date written YYYY-MM-DD
   */
  static LocalDate asOf(HttpExchange exchange, Clock clock) {
    return asOf(exchange.getRequestURI().getRawQuery()).orElseGet(() -> LocalDate.now(clock));
  }

  /**
   * The decoded segments of a raw path: {@code /people/ana%20b/advice} gives
   * {@code [people, ana b, advice]}. Segments are split before decoding, so an id may hold an
   * encoded slash; {@code +} stays a plus, as in any path.
   *
   * @throws HttpProblem 400 when a segment is not correctly percent-encoded
   */
  static List<String> pathSegments(String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      segments.add(decodeForm(segment.replace("+", "%2B")));
    }
    return segments;
  }

  private static String decodeForm(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("the request URI is not correctly percent-encoded");
    }
  }

  /**
   * Reads the request body, at most {@code maxBytes}. A declared {@code Content-Length} above the
   * limit is refused before a byte is read; a body without one (chunked) is read up to one byte
   * past the limit and then refused, so memory stays bounded either way.
   *
   * @throws HttpProblem 413 when the body is larger than {@code maxBytes}; 400 for a
   *     {@code Content-Length} that is not a number
   */
  static byte[] body(HttpExchange exchange, int maxBytes) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw HttpProblem.badRequest("Content-Length must be a number, got '" + declared + "'");
      }
      if (length > maxBytes) {
        throw HttpProblem.tooLarge(maxBytes);
      }
    }
    InputStream in = exchange.getRequestBody();
    // readNBytes grows its buffer as bytes arrive, so a small body costs little whatever the limit.
    byte[] body = in.readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      throw HttpProblem.tooLarge(maxBytes);
    }
    return body;
  }
}
