package dev.alignkit.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.alignkit.testing.TestingRules;

/** The rules of this module's test code, shared with core through its test-jar. */
@AnalyzeClasses(packages = "dev.alignkit.examples", importOptions = ImportOption.OnlyIncludeTests.class)
class TestArchitectureTest {
  @ArchTest
  static final ArchRule propertiesRunThroughTheory = TestingRules.PROPERTIES_RUN_THROUGH_THEORY;
}
