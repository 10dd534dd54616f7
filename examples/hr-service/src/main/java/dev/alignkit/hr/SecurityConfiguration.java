package dev.alignkit.hr;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call the service: every endpoint but the OpenAPI description needs an authenticated
 * principal, who is the viewer; importing needs the authority {@value #IMPORT}. Two ways to sign
 * in, each on when configured:
 * <ul>
 *   <li>OAuth2 bearer tokens (JWT), the production setting: Boot makes the decoder from
 *       {@code spring.security.oauth2.resourceserver.jwt.*}; the token's subject is the person id and
 *       its scope {@code alignkit.import} grants the import.
 *   <li>HTTP Basic with the demo users of {@code alignkit.hr.demo-users}, for local use: each is a
 *       person id of the sample with the one demo password, hashed with BCrypt at its lowest cost
 *       (4, that is 16 rounds: well under a millisecond a check, so that tests and load runs do not
 *       measure the hashing). Never for real passwords.
 * </ul>
 * Sessions are off: each request authenticates itself, so there is no cookie and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  /** The authority that may import organizations: the JWT scope {@code alignkit.import}. */
  static final String IMPORT = "SCOPE_alignkit.import";

  @Bean
  SecurityFilterChain api(HttpSecurity http, HrProperties properties, ObjectProvider<JwtDecoder> jwt)
      throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
            .requestMatchers(HttpMethod.PUT, "/organizations/*").hasAuthority(IMPORT)
            .anyRequest().authenticated())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    if (properties.demoUsers().enabled()) {
      http.httpBasic(withDefaults());
    }
    if (jwt.getIfAvailable() != null) {
      http.oauth2ResourceServer(server -> server.jwt(withDefaults()));
    }
    return http.build();
  }

  /** BCrypt at cost 4: cheap, and only ever for the demo users. */
  @Bean
  @ConditionalOnProperty(name = "alignkit.hr.demo-users.enabled", havingValue = "true")
  PasswordEncoder demoPasswordEncoder() {
    return new BCryptPasswordEncoder(4);
  }

  /** The demo users, each with the demo password; the importers also with {@value #IMPORT}. */
  @Bean
  @ConditionalOnProperty(name = "alignkit.hr.demo-users.enabled", havingValue = "true")
  UserDetailsService demoUsers(HrProperties properties, PasswordEncoder encoder) {
    HrProperties.DemoUsers demo = properties.demoUsers();
    String hash = encoder.encode(demo.password());
    List<UserDetails> users = new ArrayList<>();
    for (String name : demo.users()) {
      List<SimpleGrantedAuthority> authorities = demo.importers().contains(name)
          ? List.of(new SimpleGrantedAuthority(IMPORT)) : List.of();
      users.add(User.withUsername(name).password(hash).authorities(authorities).build());
    }
    return new InMemoryUserDetailsManager(users);
  }
}
