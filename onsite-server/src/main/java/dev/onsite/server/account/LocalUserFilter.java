package dev.onsite.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** In single-user mode, make every request the local account's. */
final class LocalUserFilter extends OncePerRequestFilter {

  private final Accounts accounts;
  private volatile OnsiteUser local;

  LocalUserFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().getContext();
    if (context.getAuthentication() == null) {
      OnsiteUser user = localUser();
      SecurityContext signedIn =
          SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
      signedIn.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      SecurityContextHolder.getContextHolderStrategy().setContext(signedIn);
    }
    chain.doFilter(request, response);
  }

  private OnsiteUser localUser() {
    OnsiteUser user = local;
    if (user == null) {
      user = OnsiteUser.of(accounts.local());
      local = user;
    }
    return user;
  }
}
