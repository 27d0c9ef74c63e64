package dev.onsite.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer TOKEN} as the token's owner,
 * for this request only (no session). A bearer token that is not valid gets 401 with a one-line
 * reason, never a fall back to a session cookie.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  ApiTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Whether the request is an API request that authenticates with a bearer token (and so needs no
   * CSRF token).
   */
  static boolean bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null
        && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !bearer(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
    Optional<Account> account = tokens.authenticate(token);
    if (account.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"status\":401,\"detail\":\"the API token is not valid (mistyped or revoked):"
                  + " make one on your account page\"}");
      return;
    }
    OnsiteUser user = OnsiteUser.of(account.get());
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    chain.doFilter(request, response);
  }
}
