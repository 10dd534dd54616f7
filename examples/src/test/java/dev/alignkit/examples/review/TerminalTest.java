package dev.alignkit.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the review colours its output: each fact the decision reads, given instead of detected. */
class TerminalTest {
  private static final Optional<Boolean> UNSET = Optional.empty();

  /** Stands in for {@code java.io.Console} on JDK 22 and later. */
  public static final class ConsoleWithIsTerminal {
    private final boolean terminal;

    ConsoleWithIsTerminal(boolean terminal) {
      this.terminal = terminal;
    }

    public boolean isTerminal() {
      return terminal;
    }
  }

  /** Stands in for {@code java.io.Console} before JDK 22. */
  public static final class ConsoleWithoutIsTerminal {}

  /** A console whose {@code isTerminal()} fails. */
  public static final class BrokenConsole {
    public boolean isTerminal() {
      throw new IllegalStateException("no terminal information");
    }
  }

  @Test
  void terminalGetsColor() {
    assertTrue(Terminal.of(true, Optional.of(true), null).color(UNSET));
  }

  @Test
  void consoleOnAJdkWithoutIsTerminalIsATerminal() {
    assertTrue(Terminal.of(true, Optional.empty(), null).color(UNSET), "before JDK 22 a console means a terminal");
  }

  @Test
  void consoleThatSaysItIsNoTerminalGetsNoColor() {
    assertFalse(Terminal.of(true, Optional.of(false), null).color(UNSET), "JDK 22 to 24 on a pipe");
  }

  @Test
  void noConsoleGetsNoColor() {
    assertFalse(Terminal.of(false, Optional.empty(), null).color(UNSET), "JDK 17 or 25 on a pipe");
    assertFalse(Terminal.piped().color(UNSET));
  }

  @Test
  void noColorWithAnyValueTurnsColorOffOnATerminal() {
    for (String value : new String[] {"1", "0", "false", " "}) {
      assertFalse(Terminal.of(true, Optional.of(true), value).color(UNSET), "NO_COLOR=" + value);
    }
  }

  @Test
  void emptyNoColorCountsAsUnset() {
    assertTrue(Terminal.of(true, Optional.of(true), "").color(UNSET));
  }

  @Test
  void optionsWinOverTerminalAndNoColor() {
    assertTrue(Terminal.piped().color(Optional.of(true)));
    assertTrue(Terminal.of(true, Optional.of(true), "1").color(Optional.of(true)));
    assertFalse(Terminal.of(true, Optional.of(true), null).color(Optional.of(false)));
  }

  @Test
  void isTerminalIsAskedWhereTheConsoleHasIt() {
    assertEquals(Optional.of(true), Terminal.isTerminal(new ConsoleWithIsTerminal(true),
        Terminal.isTerminalMethod(ConsoleWithIsTerminal.class)));
    assertEquals(Optional.of(false), Terminal.isTerminal(new ConsoleWithIsTerminal(false),
        Terminal.isTerminalMethod(ConsoleWithIsTerminal.class)));
  }

  @Test
  void consoleWithoutIsTerminalAnswersNothing() {
    assertEquals(Optional.empty(), Terminal.isTerminal(new ConsoleWithoutIsTerminal(),
        Terminal.isTerminalMethod(ConsoleWithoutIsTerminal.class)));
  }

  @Test
  void isTerminalThatFailsMeansNotATerminal() {
    assertEquals(Optional.of(false), Terminal.isTerminal(new BrokenConsole(),
        Terminal.isTerminalMethod(BrokenConsole.class)));
  }

  @Test
  void thisJdkHasConsoleIsTerminalFromJdk22On() {
    assertEquals(Runtime.version().feature() >= 22, Terminal.IS_TERMINAL.isPresent(),
        "JDK " + Runtime.version());
  }
}
