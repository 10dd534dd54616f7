package dev.alignkit.examples.review;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Where the review's standard output goes, as far as colour is concerned; the one place that
 * decides whether the text review carries ANSI escapes. Immutable.
 *
 * <p>{@code --color} and {@code --no-color} decide when given. Otherwise colour is on only when
 * standard output is a terminal and the environment variable {@code NO_COLOR} is unset or empty
 * (any other value turns colour off, as <a href="https://no-color.org">no-color.org</a> asks; the
 * same convention lets an explicit option win over it). Output that is not a terminal, such as a
 * pipe or a file, never gets an escape it did not ask for.
 *
 * <p>Whether standard output is a terminal: before JDK 22, {@code System.console()} returns a
 * console only when standard input and output both are terminals. JDK 22 to 24 return one even
 * when output is piped (JDK 25 returns none again), and JDK 22 adds {@code Console.isTerminal()}
 * to tell; so where the JDK has that method it decides, called reflectively because the code is
 * compiled for Java 17. Either way, standard input read from a file or a pipe also means no
 * terminal, which errs on the side of no colour.
 */
public final class Terminal {
  private static final Terminal PIPED = new Terminal(false, false);
  /** {@code Console.isTerminal()} on this JDK; empty before JDK 22, which lacks it. */
  static final Optional<Method> IS_TERMINAL = isTerminalMethod(Console.class);

  private final boolean attached;
  private final boolean noColor;

  private Terminal(boolean attached, boolean noColor) {
    this.attached = attached;
    this.noColor = noColor;
  }

  /** The JVM's own standard output and environment, asked once. */
  public static Terminal detect() {
    Console console = System.console();
    return of(console != null, console == null ? Optional.empty() : isTerminal(console, IS_TERMINAL),
        System.getenv("NO_COLOR"));
  }

  /** Output that is not a terminal (a pipe, a file, a test's buffer): colour only when asked for. */
  public static Terminal piped() {
    return PIPED;
  }

  /**
   * A terminal from the facts {@link #detect()} gathers, so that each case can be tested on any JDK.
   *
   * @param hasConsole whether {@code System.console()} returned a console
   * @param consoleIsTerminal what {@code Console.isTerminal()} answered; empty on a JDK without it
   * @param noColor the value of {@code NO_COLOR}; null when it is unset
   */
  static Terminal of(boolean hasConsole, Optional<Boolean> consoleIsTerminal, String noColor) {
    return new Terminal(hasConsole && consoleIsTerminal.orElse(true), noColor != null && !noColor.isEmpty());
  }

  /**
   * Whether the output gets colour.
   *
   * @param option {@code --color} (true) or {@code --no-color} (false), when given
   */
  boolean color(Optional<Boolean> option) {
    return option.orElse(attached && !noColor);
  }

  /** The public no-argument {@code isTerminal()} of {@code type}; empty when it has none. */
  static Optional<Method> isTerminalMethod(Class<?> type) {
    try {
      return Optional.of(type.getMethod("isTerminal"));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /**
   * Asks {@code console} whether it is a terminal with {@code isTerminal}; empty without the method.
   * A call that fails answers false: when in doubt the output is not a terminal.
   */
  static Optional<Boolean> isTerminal(Object console, Optional<Method> isTerminal) {
    return isTerminal.map(method -> {
      try {
        return Boolean.TRUE.equals(method.invoke(console));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    });
  }

  @Override
  public String toString() {
    return attached ? (noColor ? "Terminal[attached, NO_COLOR]" : "Terminal[attached]") : "Terminal[piped]";
  }
}
