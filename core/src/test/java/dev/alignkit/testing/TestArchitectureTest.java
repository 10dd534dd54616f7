package dev.alignkit.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of core's test code; see {@link TestingRules}. */
@AnalyzeClasses(packages = "dev.alignkit", importOptions = ImportOption.OnlyIncludeTests.class)
class TestArchitectureTest {
  @ArchTest
  static final ArchRule propertiesRunThroughTheory = TestingRules.PROPERTIES_RUN_THROUGH_THEORY;
}
