package dev.alignkit.spring.boot;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.ResultCodec;
import dev.alignkit.json.format.Texts;
import dev.alignkit.rules.FindingFormatter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * A Jackson 3 module that renders the texts of Alignkit's results (a finding's {@code message} and
 * {@code suggestion}, a suggestion's {@code sentence}) in the locale of the HTTP request being
 * answered, as {@code docs/json-format.md}, "Results", describes: Boot's {@code JsonMapper}
 * registers it, so a controller that returns a {@code Report} answers in the caller's language.
 *
 * <p>The locale is the one Boot's {@link LocaleResolver} gives the request. The default resolver
 * reads {@code Accept-Language}; for a request without that header (or with one that names no
 * language) the servlet container would give the JVM's default locale, so this module hands the
 * resolver a request whose locale is the base one ({@code Locale.ROOT}, the English messages): the
 * resolver's own default ({@code spring.web.locale}) still wins when it has one. The
 * formatters then fall back from language and country to language to the base messages, as the
 * library always does. Outside a request, and for a writer that already carries texts, nothing
 * changes.
 */
public final class RequestLocaleTexts extends JacksonModule {
  private final ObjectProvider<LocaleResolver> resolvers;
  private final FindingFormatter findings;
  private final AdviceFormatter advice;

  /**
   * Renders with {@code findings} and {@code advice} in the locale that the {@link LocaleResolver}
   * bean, when there is one, gives each request.
   */
  public RequestLocaleTexts(ObjectProvider<LocaleResolver> resolvers, FindingFormatter findings,
      AdviceFormatter advice) {
    this.resolvers = resolvers;
    this.findings = findings;
    this.advice = advice;
  }

  @Override
  public String getModuleName() {
    return "alignkit-request-locale-texts";
  }

  @Override
  public tools.jackson.core.Version version() {
    return tools.jackson.core.Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    Set<Class<?>> results = new HashSet<>();
    for (ResultCodec<?, ?> codec : Codecs.results()) {
      results.add(codec.type());
    }
    context.addSerializerModifier(new ValueSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
          ValueSerializer<?> serializer) {
        return results.contains(description.getBeanClass()) ? new WithTexts<>(serializer) : serializer;
      }
    });
  }

  /** The locale of the request being answered on this thread, if any. */
  Optional<Locale> requestLocale() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return Optional.empty();
    }
    HttpServletRequest request = servlet.getRequest();
    LocaleResolver resolver = resolvers.getIfAvailable(AcceptHeaderLocaleResolver::new);
    return Optional.of(resolver.resolveLocale(namesALanguage(request) ? request : new NoLanguage(request)));
  }

  /**
   * A request whose {@code getLocale()} is the base locale: the servlet container would give the
   * JVM's default to a request that names no language, and resolvers fall back to it.
   */
  private static final class NoLanguage extends HttpServletRequestWrapper {
    NoLanguage(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Locale getLocale() {
      return Locale.ROOT;
    }

    @Override
    public Enumeration<Locale> getLocales() {
      return Collections.enumeration(List.of(Locale.ROOT));
    }
  }

  private static boolean namesALanguage(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return false;
    }
    try {
      return Locale.LanguageRange.parse(header).stream().anyMatch(range -> !range.getRange().equals("*"));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Puts the texts of the request's locale on the writer, then writes as {@code delegate}. */
  private final class WithTexts<T> extends ValueSerializer<T> {
    private final ValueSerializer<T> delegate;

    @SuppressWarnings("unchecked")
    WithTexts(ValueSerializer<?> delegate) {
      this.delegate = (ValueSerializer<T>) delegate;
    }

    @Override
    public Class<?> handledType() {
      return delegate.handledType();
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      withTexts(context);
      delegate.serialize(value, generator, context);
    }

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
        TypeSerializer typeSerializer) {
      withTexts(context);
      delegate.serializeWithType(value, generator, context, typeSerializer);
    }

    private void withTexts(SerializationContext context) {
      if (context.getAttribute(Texts.ATTRIBUTE) == null) {
        requestLocale().ifPresent(locale -> context.setAttribute(Texts.ATTRIBUTE, new Texts(locale, findings, advice)));
      }
    }
  }
}
