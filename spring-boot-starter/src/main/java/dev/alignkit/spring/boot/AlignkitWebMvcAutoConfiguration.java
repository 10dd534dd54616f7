package dev.alignkit.spring.boot;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.rules.FindingFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * In a servlet web application: {@link AlignkitProblemHandler}, which answers Alignkit's failures
 * with problem details, and {@link RequestLocaleTexts}, which renders results' texts in the
 * request's locale. Each backs off for a bean of its type.
 */
@AutoConfiguration(after = AlignkitAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
public class AlignkitWebMvcAutoConfiguration {
  /** Made by Spring. */
  public AlignkitWebMvcAutoConfiguration() {}

  /** Problem details for {@code AlignkitJsonException} and {@link ValidationFailedException}. */
  @Bean
  @ConditionalOnMissingBean(AlignkitProblemHandler.class)
  public AlignkitProblemHandler alignkitProblemHandler() {
    return new AlignkitProblemHandler();
  }

  /** Texts of results in the request's locale, for Boot's {@code JsonMapper}. */
  @Bean
  @ConditionalOnMissingBean
  public RequestLocaleTexts alignkitRequestLocaleTexts(ObjectProvider<LocaleResolver> resolvers,
      FindingFormatter findings, AdviceFormatter advice) {
    return new RequestLocaleTexts(resolvers, findings, advice);
  }
}
