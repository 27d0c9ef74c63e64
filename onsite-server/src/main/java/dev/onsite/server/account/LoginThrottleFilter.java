package dev.onsite.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuse a sign-in that {@link LoginThrottle} does not admit, before the password is checked: the
 * browser goes back to the sign-in page, which says why.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !("POST".equals(request.getMethod()) && "/login".equals(path));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<LoginThrottle.Refusal> refusal =
        throttle.admit(request.getParameter("username"), request.getRemoteAddr());
    if (refusal.isPresent()) {
      LoginThrottle.Refusal why = refusal.get();
      response.setHeader("Retry-After", String.valueOf(why.minutes() * 60));
      response.sendRedirect(
          request.getContextPath()
              + "/login?locked="
              + (why.userLocked() ? "user" : "address")
              + "&minutes="
              + why.minutes());
      return;
    }
    chain.doFilter(request, response);
  }
}
