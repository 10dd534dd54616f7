package dev.alignkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTest {
  @Test
  void serviceLoadedRuleIsAnErrorByPolicyRenderedInTwoLanguagesAndWaivedOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CustomRuleExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(List.of(
            "ERROR Sales goal \"Run product demos on my own\" of Tia Russo has no course; the company pays for sales training.",
            "      Das Vertriebsziel „Run product demos on my own“ von Tia Russo hat keinen Kurs; "
                + "die Firma bezahlt Vertriebsschulungen.",
            "waived Sales goal \"Mentor Uma\" of Tia Russo has no course; the company pays for sales training. "
                + "(Mentoring needs no course)"),
        bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
