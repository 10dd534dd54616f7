package dev.alignkit.internal;

import dev.alignkit.common.MessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates read from UTF-8 {@code .properties} files next to a class, looked up from the most
 * specific locale to the root file. Unlike {@link java.util.ResourceBundle} it never falls back
 * to the JVM's default locale, so a server's locale does not leak into its answers.
 */
public final class Messages implements MessageSource {
  private final Class<?> anchor;
  private final String baseName;
  private final Map<String, Properties> files = new ConcurrentHashMap<>();

  private Messages(Class<?> anchor, String baseName) {
    this.anchor = anchor;
    this.baseName = baseName;
  }

  /**
   * Templates in {@code baseName.properties}, {@code baseName_de.properties}, ... in the package of
   * {@code anchor}.
   */
  public static Messages nextTo(Class<?> anchor, String baseName) {
    return new Messages(anchor, baseName);
  }

  @Override
  public Optional<String> template(String key, Locale locale) {
    for (String suffix : suffixes(locale)) {
      String template = file(suffix).getProperty(key);
      if (template != null) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /** The keys of the file for exactly this locale ({@link Locale#ROOT} for the base file). */
  public List<String> keys(Locale locale) {
    List<String> suffixes = suffixes(locale);
    return List.copyOf(file(suffixes.get(0)).stringPropertyNames());
  }

  private static List<String> suffixes(Locale locale) {
    List<String> suffixes = new ArrayList<>(3);
    if (!locale.getCountry().isEmpty()) {
      suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
    }
    if (!locale.getLanguage().isEmpty()) {
      suffixes.add("_" + locale.getLanguage());
    }
    suffixes.add("");
    return suffixes;
  }

  private Properties file(String suffix) {
    return files.computeIfAbsent(suffix, this::load);
  }

  private Properties load(String suffix) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(baseName + suffix + ".properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages " + baseName + suffix, e);
    }
    return properties;
  }

  /**
   * Replaces each {@code {name}} in {@code template} by its argument; a name without an argument
   * stays as it is, so a missing argument shows instead of vanishing.
   */
  public static String format(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = arguments.get(name);
        out.append(value != null ? value : template.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The names in braces that {@code template} uses, in order of first use. */
  public static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 1, close);
      if (!names.contains(name)) {
        names.add(name);
      }
      open = template.indexOf('{', close + 1);
    }
    return names;
  }
}
