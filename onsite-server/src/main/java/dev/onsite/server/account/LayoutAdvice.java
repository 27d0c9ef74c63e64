package dev.onsite.server.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, and whether there are accounts at all. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

  private final AccessMode mode;

  LayoutAdvice(AccessMode mode) {
    this.mode = mode;
  }

  @ModelAttribute("me")
  OnsiteUser me() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof OnsiteUser user
        ? user
        : null;
  }

  @ModelAttribute("singleUser")
  boolean singleUser() {
    return mode.singleUser();
  }
}
