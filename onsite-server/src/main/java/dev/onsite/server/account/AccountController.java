package dev.onsite.server.account;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in, registration, account and admin pages. */
@Controller
class AccountController {

  private final Accounts accounts;
  private final AccessMode mode;
  private final ApiTokens tokens;

  AccountController(Accounts accounts, AccessMode mode, ApiTokens tokens) {
    this.accounts = accounts;
    this.mode = mode;
    this.tokens = tokens;
  }

  @GetMapping("/login")
  String login(
      Model model,
      @RequestParam(required = false) String locked,
      @RequestParam(defaultValue = "15") String minutes) {
    if (mode.singleUser()) {
      return "redirect:/problems";
    }
    if (locked != null) {
      long wait = minutes.matches("[0-9]{1,3}") ? Math.max(1, Long.parseLong(minutes)) : 15;
      model.addAttribute(
          "locked", new LoginThrottle.Refusal(!"address".equals(locked), wait).message());
    }
    model.addAttribute("registrationOpen", accounts.registrationOpen());
    return "account/login";
  }

  @GetMapping("/register")
  String registerForm(Model model) {
    if (mode.singleUser()) {
      return "redirect:/problems";
    }
    model.addAttribute("registrationOpen", accounts.registrationOpen());
    model.addAttribute("first", accounts.all().stream().allMatch(Account::local));
    return "account/register";
  }

  @PostMapping("/register")
  String register(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model,
      RedirectAttributes redirect) {
    if (mode.singleUser()) {
      return "redirect:/problems";
    }
    try {
      if (!password.equals(confirm)) {
        throw new RegistrationException("the two passwords differ; type the same one twice");
      }
      Account account = accounts.register(username, password);
      redirect.addAttribute("registered", account.username());
      return "redirect:/login";
    } catch (RegistrationException e) {
      model.addAttribute("registrationOpen", accounts.registrationOpen());
      model.addAttribute("first", false);
      model.addAttribute("username", username);
      model.addAttribute("failure", e.getMessage());
      return "account/register";
    }
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute(
        "account",
        accounts
            .find(me.accountId())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("tokens", tokens.list(me.accountId()));
    return "account/account";
  }

  @PostMapping("/account/tokens")
  String createToken(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(defaultValue = "") String name,
      RedirectAttributes redirect) {
    try {
      // Flash attributes live in the stored session: plain strings only.
      ApiTokens.NewToken made = tokens.create(me.accountId(), name);
      redirect.addFlashAttribute("newTokenName", made.name());
      redirect.addFlashAttribute("newTokenText", made.token());
    } catch (ResponseStatusException e) {
      redirect.addFlashAttribute("tokenError", e.getReason());
    }
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/delete")
  String revokeToken(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    tokens.revoke(me.accountId(), id);
    return "redirect:/account";
  }

  @GetMapping("/admin")
  String admin(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("registrationOpen", accounts.registrationOpen());
    return "account/admin";
  }

  @PostMapping("/admin/accounts/{id}/role")
  String changeRole(@PathVariable long id, @RequestParam String role) {
    Role chosen =
        Role.byId(role)
            .orElseThrow(
                () ->
                    new ResponseStatusException(HttpStatus.BAD_REQUEST, "no role '" + role + "'"));
    if (!accounts.changeRole(id, chosen)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + id);
    }
    return "redirect:/admin";
  }
}
