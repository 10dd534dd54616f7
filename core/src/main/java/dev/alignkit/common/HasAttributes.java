package dev.alignkit.common;

import java.util.Map;

/**
 * An item that keeps the vendor fields the library does not know, so that nothing is lost when
 * an application reads and writes its own data.
 */
public interface HasAttributes {
  /**
   * Vendor fields by name, in document order. Each value is raw JSON text in compact form
   * ({@code "\"blue\""}, {@code "42"}, {@code "{\"a\":1}"}, {@code "null"}); core never interprets it.
   *
   * @return an immutable, ordered map; empty when there are none
   */
  Map<String, String> attributes();
}
