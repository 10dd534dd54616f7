package dev.alignkit.json.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a {@code \r} before it is dropped) without ever
 * holding more than one line: a line longer than the limit is skipped to its end and reported as
 * too long instead of being buffered. Not thread-safe.
 */
final class LineSource {
  private final InputStream in;
  private final int maxLineLength;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean endOfInput;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private long seenLength;
  private long number;

  /**
   * Reads lines from {@code in}.
   *
   * @param maxLineLength the longest line kept, in bytes, its line end excluded
   */
  public LineSource(InputStream in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /** Moves to the next line; false at the end of the input. */
  public boolean next() throws IOException {
    length = 0;
    seenLength = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (endOfInput || !fill()) {
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(position, end - position);
      boolean found = end < limit;
      position = found ? end + 1 : end;
      if (found) {
        break;
      }
    }
    number++;
    if (!tooLong() && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private void append(int from, int count) {
    seenLength += count;
    if (seenLength > maxLineLength) {
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineLength, Math.max(2L * line.length, length + count)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  /** Whether the current line passes the limit; its bytes were then not kept. */
  public boolean tooLong() {
    return seenLength > maxLineLength;
  }

  /** The current line's bytes, valid up to {@link #length()} and until the next call to {@link #next()}. */
  public byte[] bytes() {
    return line;
  }

  /** The length of the current line in bytes, its line end excluded; 0 when it was too long. */
  public int length() {
    return tooLong() ? 0 : length;
  }

  /** Whether the current line holds nothing but spaces and tabs. */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        return false;
      }
    }
    return !tooLong();
  }

  /** The 1-based number of the current line. */
  public long number() {
    return number;
  }
}
