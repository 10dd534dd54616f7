package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.rules.FindingFormatter;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Which locale {@link RequestLocaleTexts} renders a request's results in. */
class RequestLocaleTextsTest {
  @AfterEach
  void leaveTheRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void theLanguageTheRequestAsksForComesFromTheResolver() {
    answering(request("de-CH, en;q=0.5"));
    assertThat(texts(null).requestLocale()).hasValue(Locale.forLanguageTag("de-CH"));
  }

  @Test
  void aRequestWithoutALanguageGetsTheBaseMessages() {
    answering(request(null));
    assertThat(texts(null).requestLocale()).hasValue(Locale.ROOT);
  }

  @Test
  void aHeaderThatNamesNoLanguageGetsTheBaseMessages() {
    answering(request("*"));
    assertThat(texts(null).requestLocale()).hasValue(Locale.ROOT);
  }

  @Test
  void theResolversOwnDefaultWinsForARequestWithoutALanguage() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(Locale.GERMAN);
    answering(request(null));
    assertThat(texts(resolver).requestLocale()).hasValue(Locale.GERMAN);
  }

  @Test
  void outsideARequestThereIsNoLocaleAndNoText() {
    assertThat(texts(null).requestLocale()).isEqualTo(Optional.empty());
  }

  private static MockHttpServletRequest request(String acceptLanguage) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/validate");
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    return request;
  }

  private static void answering(MockHttpServletRequest request) {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  private static RequestLocaleTexts texts(LocaleResolver resolver) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    if (resolver != null) {
      beans.registerSingleton("localeResolver", resolver);
    }
    return new RequestLocaleTexts(beans.getBeanProvider(LocaleResolver.class), FindingFormatter.standard(),
        AdviceFormatter.standard());
  }
}
