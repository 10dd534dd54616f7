package dev.alignkit.hr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Just enough of HTTP/1.1 to read responses off a socket the tests write to by hand: the status
 * line, the headers and a body of a given length or in chunks.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response: its status, content type (empty when none) and body. */
  record Response(int status, String contentType, String body, boolean closes) {}

  /** A GET request for {@code path} with an {@code Authorization} header, lines ended by CR LF. */
  static String get(String path, String authorization) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\n\r\n";
  }

  /**
   * Reads one response.
   *
   * @return the response, or null when the connection ended before a status line
   */
  static Response read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      return null;
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    String type = "";
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "content-type" -> type = value;
        case "connection" -> closes = value.equalsIgnoreCase("close");
        default -> { }
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
        copy(in, body, size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      copy(in, body, length);
    }
    return new Response(status, type, body.toString(StandardCharsets.UTF_8), closes);
  }

  private static void copy(InputStream in, ByteArrayOutputStream out, long count) throws IOException {
    byte[] buffer = new byte[8192];
    long left = count;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("the body ended after " + (count - left) + " of " + count + " bytes");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  /** A line without its CR LF; null at the end of the stream before any byte. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }
}
