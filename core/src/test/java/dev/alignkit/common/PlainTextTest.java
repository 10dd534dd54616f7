package dev.alignkit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** User text on one line of plain text shows what it holds and never acts on the terminal. */
class PlainTextTest {
  @Test
  void ordinaryTextOfAnyScriptStaysAsItIs() {
    String text = "Zoë's «Q3» plan — 北京 مرحبا می\u200Cخواهم 👩\u200D💻 C:\\path `x` | <b>";
    assertSame(text, PlainText.line(text));
  }

  @Test
  void escapeAndTheOtherC0ControlsShowAsTheirControlPictures() {
    assertEquals("red ␛[31mtext␛[0m", PlainText.line("red \u001B[31mtext\u001B[0m"));
    assertEquals("␛]8;;http://x␇link␛]8;;␇", PlainText.line("\u001B]8;;http://x\u0007link\u001B]8;;\u0007"));
    assertEquals("␀␈␚␟", PlainText.line("\u0000\b\u001A\u001F"));
  }

  @Test
  void deleteShowsAsItsPicture() {
    assertEquals("a␡b", PlainText.line("a\u007Fb"));
  }

  @Test
  void lineBreaksAndTabsBecomeOneSpaceEach() {
    assertEquals("one two three four five six seven", PlainText.line(
        "one\r\ntwo\nthree\rfour\u0085five\u2028six\u2029seven"));
    assertEquals("a b c d", PlainText.line("a\tb\u000Bc\fd"));
    assertEquals("  x  ", PlainText.line("\r\n\nx\t\t"), "a CR LF is one break; other breaks count one each");
  }

  @Test
  void c1ControlsAndBidirectionalControlsShowAsTheReplacementCharacter() {
    assertEquals("a�31mb", PlainText.line("a\u009B31mb"));
    assertEquals("�", PlainText.line("\u0080"));
    assertEquals("�", PlainText.line("\u009F"));
    assertEquals("invoice ��exe.pdf", PlainText.line("invoice \u202E\u2066exe.pdf"));
    assertEquals("������������", PlainText.line(
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"));
  }

  @Test
  void nullIsRefused() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> PlainText.line(null)).getMessage());
  }
}
