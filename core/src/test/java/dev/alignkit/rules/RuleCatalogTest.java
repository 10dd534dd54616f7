package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps docs/rules.md and the released codes true to the registered rules. */
class RuleCatalogTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (ERROR|WARNING|INFO) \\| ([^|]*) \\|", Pattern.MULTILINE);

  @Test
  void docsListExactlyTheBuiltInRulesWithTheirDefaultsAndArguments() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = ROW.matcher(doc);
    while (row.find()) {
      documented.put(row.group(1), row.group(2) + " " + row.group(3).strip());
    }
    Map<String, String> registered = new LinkedHashMap<>();
    for (RuleDescriptor rule : Validator.builtInRules()) {
      registered.put(rule.code(), rule.defaultSeverity() + " " + String.join(", ", rule.arguments()));
    }
    assertEquals(registered, documented);
  }

  @Test
  void noReleasedCodeDisappears() throws IOException {
    Set<String> registered = Validator.builtInRules().stream().map(RuleDescriptor::code).collect(Collectors.toSet());
    List<String> released;
    try (InputStream in = RuleCatalogTest.class.getResourceAsStream("released-codes.txt")) {
      released = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
    assertTrue(released.size() >= 10, "the released list is read");
    for (String code : released) {
      assertTrue(registered.contains(code), "released code " + code + " is no longer registered");
    }
  }

  @Test
  void codeConstantsAreTheRegisteredCodes() throws IllegalAccessException {
    Set<String> constants = new java.util.HashSet<>();
    for (java.lang.reflect.Field field : RuleCodes.class.getFields()) {
      constants.add((String) field.get(null));
    }
    assertEquals(Validator.builtInRules().stream().map(RuleDescriptor::code).collect(Collectors.toSet()), constants);
  }
}
