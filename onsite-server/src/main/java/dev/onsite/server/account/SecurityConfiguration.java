package dev.onsite.server.account;

import dev.onsite.server.system.OnsiteProperties;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what: form login with bcrypt password hashes and CSRF protection when the server has
 * accounts, or the local account on every request in single-user mode (CSRF protection stays on, so
 * that other web sites cannot post to a server on localhost).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  /**
   * Scripts only from this server: a {@code <script>} that slipped into a statement would not run.
   * Styles may be inline because the editor and the math renderer set them.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Bean
  AccessMode accessMode(Environment environment, OnsiteProperties properties) {
    AccessMode mode = AccessMode.of(environment.getProperty("server.address"), properties);
    log.info(
        mode.singleUser()
            ? "single-user mode: no sign-in, because the server listens on {} only"
            : "accounts mode: people sign in (server address: {})",
        mode.address().isEmpty() ? "every interface" : mode.address());
    return mode;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt, with the {id} prefix so that the hash can move to another algorithm later.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain webSecurity(
      HttpSecurity http,
      AccessMode mode,
      Accounts accounts,
      LoginThrottle throttle,
      ApiTokens tokens)
      throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(
                    "/login",
                    "/register",
                    "/css/**",
                    "/js/**",
                    "/webjars/**",
                    "/favicon.svg",
                    "/error")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/api-docs")
                .permitAll()
                .requestMatchers("/admin/**", "/api/admin/**", "/actuator/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/problems/reload", "/problems/reload")
                .hasAnyRole("AUTHOR", "ADMIN")
                .anyRequest()
                .authenticated());
    // The command line signs in with a personal token instead of a session: such a request carries
    // no cookie a cross-site page could ride on, so it needs no CSRF token (and a bad token is
    // 401).
    http.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class);
    http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::bearer));
    if (mode.singleUser()) {
      http.addFilterBefore(new LocalUserFilter(accounts), AnonymousAuthenticationFilter.class);
      http.logout(logout -> logout.logoutSuccessUrl("/"));
    } else {
      http.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/problems"));
      http.addFilterBefore(
          new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
      http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    }
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    http.exceptionHandling(
        errors -> {
          errors.defaultAuthenticationEntryPointFor(
              new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api);
          errors.defaultAuthenticationEntryPointFor(
              new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(api));
        });
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
