package dev.alignkit.testing;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives a {@link Property} method its {@link Theory}, named {@code ClassName#methodName}. */
final class TheoryResolver implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == Theory.class;
  }

  @Override
  public Theory resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    Method method = extension.getRequiredTestMethod();
    Property property = method.getAnnotation(Property.class);
    if (property == null) {
      throw new ParameterResolutionException(
          "a Theory parameter needs @Property on " + method.getDeclaringClass().getName() + "#" + method.getName());
    }
    return Theory.named(extension.getRequiredTestClass().getName() + "#" + method.getName(), property.examples());
  }
}
