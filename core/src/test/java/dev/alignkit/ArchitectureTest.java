package dev.alignkit;

import static com.tngtech.archunit.core.domain.JavaModifier.BRIDGE;
import static com.tngtech.archunit.core.domain.JavaModifier.PROTECTED;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.alignkit.internal.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture of core as executable rules: read a failing rule's {@code because} before
 * changing the rule.
 *
 * <p>The class is public only so that the nested fixtures count as public API: the signature
 * rule skips a public nested class whose enclosing class is not public, as it skips the
 * generated {@code Immutable*} classes.
 */
@AnalyzeClasses(packages = "dev.alignkit", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

  private static final String ROOT_PACKAGE = "dev.alignkit";
  private static final String INTERNAL_PACKAGES = "..internal..";
  private static final String GUAVA_PACKAGES = "com.google.common..";

  @ArchTest
  static final ArchRule coreUsesNoJackson =
      noClasses()
          .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
          .because("JSON binding lives in jackson-module through mixins, so core's only runtime "
              + "dependency stays Guava and the model carries no Jackson annotations");

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices()
          .assignedFrom(topLevelPackagesWithRootAsOwnSlice())
          .should().beFreeOfCycles()
          .because("packages show the architecture: values, then numbers, then rules and advice, "
              + "with only the facade at the root on top; a cycle would tie them into one unit");

  @ArchTest
  static final ArchRule modelDoesNotDependOnComputationsOrRules =
      noClasses()
          .that().resideInAnyPackage(
              "dev.alignkit.common..",
              "dev.alignkit.org..",
              "dev.alignkit.okr..",
              "dev.alignkit.career..",
              "dev.alignkit.development..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "dev.alignkit.progress..", "dev.alignkit.rules..", "dev.alignkit.advice..")
          .because("the model holds values only; progress, rules and advice are computed from it "
              + "and may change without changing the model");

  @ArchTest
  static final ArchRule internalTypesStayOutOfPublicSignatures =
      noPublicSignatureUses(INTERNAL_PACKAGES)
          .because("internal helpers are not exported and may change in any release, so no "
              + "caller may need one to call the API");

  @ArchTest
  static final ArchRule guavaTypesStayOutOfPublicSignatures =
      noPublicSignatureUses(GUAVA_PACKAGES)
          .because("Guava is an implementation detail: public signatures use java.util types, so "
              + "callers never depend on a Guava version through Alignkit");

  @ArchTest
  static final ArchRule coreNeverReadsTheSystemClock =
      noClasses()
          .should().callMethodWhere(readsTheSystemClock())
          .because("time comes in as a LocalDate asOf or a Clock, so every result can be "
              + "reproduced and tested for any date");

  @ArchTest
  static final ArchRule datesMoveOnlyThroughTheSaturatingHelper = datesMoveOnlyThroughDates();

  @Test
  void dateRuleReportsPlusDaysOutsideTheHelper() {
    JavaClasses fixture = new ClassFileImporter().importClasses(AddsGraceDays.class);

    assertTrue(datesMoveOnlyThroughDates().evaluate(fixture).hasViolation());
  }

  /** The rule that no class but {@link Dates} moves a java.time value by an amount ({@code plus...}, {@code minus...}). */
  static ArchRule datesMoveOnlyThroughDates() {
    return noClasses()
        .that().doNotHaveFullyQualifiedName(Dates.class.getName())
        .should().callMethodWhere(movesADate())
        .because("LocalDate.plusDays and its kin throw at the ends of the calendar, and validation and "
            + "the numbers never throw on a snapshot that could be built, whose cycle may end on "
            + "LocalDate.MAX: Dates holds the result at the first or last day instead");
  }

  private static DescribedPredicate<JavaMethodCall> movesADate() {
    return DescribedPredicate.describe("the target moves a java.time value (plus..., minus...)", call -> {
      MethodCallTarget target = call.getTarget();
      String method = target.getName();
      return target.getOwner().getPackageName().equals("java.time")
          && (method.startsWith("plus") || method.startsWith("minus"));
    });
  }

  @Test
  void signatureRuleReportsGuavaTypeReturnedByPublicMethod() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReturnsGuavaList.class);

    assertTrue(noPublicSignatureUses(GUAVA_PACKAGES).evaluate(fixture).hasViolation());
  }

  @Test
  void signatureRuleReportsGuavaTypeNestedInParameterTypeArgument() {
    JavaClasses fixture = new ClassFileImporter().importClasses(AcceptsGuavaSetInMap.class);

    assertTrue(noPublicSignatureUses(GUAVA_PACKAGES).evaluate(fixture).hasViolation());
  }

  /**
   * Returns the rule that no public signature of core, outside internal packages, involves a
   * type from the packages that {@code packageIdentifier} names (ArchUnit syntax, such as
   * {@code "com.google.common.."}).
   */
  static ArchRule noPublicSignatureUses(String packageIdentifier) {
    return classes()
        .that(arePublicApi())
        .and().resideOutsideOfPackage(INTERNAL_PACKAGES)
        .should(exposeNoTypeInPublicSignatures(JavaClass.Predicates.resideInAPackage(packageIdentifier)));
  }

  /**
   * Public classes whose enclosing classes are public too: a public nested class of the
   * package-private {@code ImmutableKeyResult} cannot be named outside its package.
   */
  private static DescribedPredicate<JavaClass> arePublicApi() {
    return DescribedPredicate.describe("are public API", ArchitectureTest::isPublicApi);
  }

  private static boolean isPublicApi(JavaClass type) {
    if (!type.getModifiers().contains(PUBLIC)) {
      return false;
    }
    return type.getEnclosingClass().map(ArchitectureTest::isPublicApi).orElse(true);
  }

  /**
   * Checks every signature a caller sees on a class: its type parameters and supertypes, its
   * public and protected constructors, and its public and protected methods and fields, including
   * those inherited from a supertype that is not public API (the generated builders reach callers
   * that way). Each type is looked at with its type arguments, bounds and array components.
   * Annotations are not signatures, and synthetic and bridge members repeat a declared signature.
   */
  static ArchCondition<JavaClass> exposeNoTypeInPublicSignatures(
      DescribedPredicate<? super JavaClass> forbidden) {
    return new ArchCondition<>("expose no type that " + forbidden.getDescription()
        + " in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaType> header = new ArrayList<>(type.getTypeParameters());
        type.getSuperclass().ifPresent(header::add);
        header.addAll(type.getInterfaces());
        report(type, "declaration of " + type.getName(), header, forbidden, events);

        for (JavaConstructor constructor : type.getConstructors()) {
          if (isVisibleSignature(constructor)) {
            report(type, constructor.getFullName(), codeUnitTypes(constructor), forbidden, events);
          }
        }
        for (JavaMember member : membersSeenThrough(type)) {
          if (!isVisibleSignature(member)) {
            continue;
          }
          if (member instanceof JavaMethod method) {
            List<JavaType> types = codeUnitTypes(method);
            types.add(method.getReturnType());
            report(type, method.getFullName(), types, forbidden, events);
          } else if (member instanceof JavaField field) {
            report(type, field.getFullName(), List.of(field.getType()), forbidden, events);
          }
        }
      }
    };
  }

  /** Declared methods and fields, plus those inherited from supertypes that are not public API. */
  private static Set<JavaMember> membersSeenThrough(JavaClass type) {
    Set<JavaMember> members = new LinkedHashSet<>();
    members.addAll(type.getMethods());
    members.addAll(type.getFields());
    List<JavaClass> supertypes = new ArrayList<>(type.getRawInterfaces());
    type.getRawSuperclass().ifPresent(supertypes::add);
    for (JavaClass supertype : supertypes) {
      if (!isPublicApi(supertype)) {
        members.addAll(membersSeenThrough(supertype));
      }
    }
    return members;
  }

  private static boolean isVisibleSignature(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(PUBLIC) || modifiers.contains(PROTECTED))
        && !modifiers.contains(SYNTHETIC)
        && !modifiers.contains(BRIDGE);
  }

  /** Parameter types, type parameters and thrown types; the caller adds a method's return type. */
  private static List<JavaType> codeUnitTypes(JavaCodeUnit codeUnit) {
    List<JavaType> types = new ArrayList<>(codeUnit.getParameterTypes());
    types.addAll(codeUnit.getTypeParameters());
    types.addAll(codeUnit.getThrowsClause().getTypes());
    return types;
  }

  private static void report(
      JavaClass type,
      String signature,
      List<? extends JavaType> signatureTypes,
      DescribedPredicate<? super JavaClass> forbidden,
      ConditionEvents events) {
    Set<JavaClass> offending = new LinkedHashSet<>();
    for (JavaType signatureType : signatureTypes) {
      for (JavaClass involved : signatureType.getAllInvolvedRawTypes()) {
        if (forbidden.test(involved)) {
          offending.add(involved);
        }
      }
    }
    for (JavaClass involved : offending) {
      events.add(SimpleConditionEvent.violated(type, String.format(
          "%s exposes %s in %s", type.getName(), involved.getName(), signature)));
    }
  }

  /**
   * One slice per package directly below {@code dev.alignkit}, with its subpackages, and one for
   * the root package itself. The facade at the root may use every package; giving it a slice of
   * its own catches a package that calls back into the facade.
   */
  private static SliceAssignment topLevelPackagesWithRootAsOwnSlice() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String packageName = type.getPackageName();
        if (packageName.equals(ROOT_PACKAGE)) {
          return SliceIdentifier.of("facade " + ROOT_PACKAGE);
        }
        if (!packageName.startsWith(ROOT_PACKAGE + ".")) {
          return SliceIdentifier.ignore();
        }
        String below = packageName.substring(ROOT_PACKAGE.length() + 1);
        int dot = below.indexOf('.');
        return SliceIdentifier.of(ROOT_PACKAGE + "." + (dot < 0 ? below : below.substring(0, dot)));
      }

      @Override
      public String getDescription() {
        return "the top-level packages of " + ROOT_PACKAGE + " and its root package";
      }
    };
  }

  /**
   * Calls that read the system clock: any {@code now} of {@code java.time} except
   * {@code now(Clock)} (so {@code LocalDate.now()} and {@code LocalDate.now(ZoneId)}),
   * {@code Clock.systemDefaultZone()}, {@code Clock.systemUTC()} and
   * {@code System.currentTimeMillis()}.
   */
  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "the target reads the system clock (a java.time now() without a Clock, "
            + "Clock.systemDefaultZone(), Clock.systemUTC() or System.currentTimeMillis())",
        call -> readsTheSystemClock(call.getTarget()));
  }

  private static boolean readsTheSystemClock(MethodCallTarget target) {
    JavaClass owner = target.getOwner();
    String method = target.getName();
    if (owner.getPackageName().equals("java.time") && method.equals("now")) {
      List<JavaClass> parameters = target.getRawParameterTypes();
      return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
    }
    if (owner.isEquivalentTo(Clock.class)) {
      return method.equals("systemDefaultZone") || method.equals("systemUTC");
    }
    return owner.isEquivalentTo(System.class) && method.equals("currentTimeMillis");
  }

  /** Moves a date with LocalDate itself; the date rule must report it. */
  public static final class AddsGraceDays {
    public LocalDate lastDay(LocalDate end) {
      return end.plusDays(14);
    }
  }

  /** Leaks Guava through a return type; the signature rule must report it. */
  public static final class ReturnsGuavaList {
    public ImmutableList<String> names() {
      return ImmutableList.of();
    }
  }

  /** Leaks Guava only through a type argument of a parameter; the rule must still report it. */
  public static final class AcceptsGuavaSetInMap {
    public int count(Map<String, ImmutableSet<String>> namesByTeam) {
      return namesByTeam.size();
    }
  }
}
