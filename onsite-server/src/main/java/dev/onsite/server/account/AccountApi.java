package dev.onsite.server.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Accounts over JSON: who am I, and for admins every account and its role. */
@RestController
@RequestMapping("/api")
@Tag(name = "accounts", description = "The signed-in account; roles (admins)")
class AccountApi {

  /** An account as the API shows it: never its password hash. */
  record AccountJson(long id, String username, String role, boolean local, Instant createdAt) {
    static AccountJson of(Account a) {
      return new AccountJson(a.id(), a.username(), a.role().id(), a.local(), a.createdAt());
    }
  }

  record Me(long id, String username, String role, boolean singleUser) {}

  record RoleChange(String role) {}

  private final Accounts accounts;
  private final AccessMode mode;

  AccountApi(Accounts accounts, AccessMode mode) {
    this.accounts = accounts;
    this.mode = mode;
  }

  @GetMapping("/me")
  @Operation(summary = "The signed-in account")
  Me me(@AuthenticationPrincipal OnsiteUser me) {
    return new Me(me.accountId(), me.getUsername(), me.role().id(), mode.singleUser());
  }

  @GetMapping("/admin/accounts")
  @Operation(summary = "Every account (admins only)")
  List<AccountJson> accounts() {
    return accounts.all().stream().map(AccountJson::of).toList();
  }

  @PutMapping("/admin/accounts/{id}/role")
  @Operation(
      summary = "Give an account another role: candidate, coach, author or admin (admins only)")
  AccountJson changeRole(@PathVariable long id, @RequestBody RoleChange change) {
    Role role =
        Role.byId(change.role() == null ? "" : change.role())
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "no role '" + change.role() + "'; use candidate, author or admin"));
    if (!accounts.changeRole(id, role)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + id);
    }
    return AccountJson.of(accounts.find(id).orElseThrow());
  }
}
