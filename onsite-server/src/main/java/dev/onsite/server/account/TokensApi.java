package dev.onsite.server.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Personal API tokens over JSON. */
@RestController
@RequestMapping("/api/account/tokens")
@Tag(name = "tokens", description = "Personal API tokens for the command line")
class TokensApi {

  /**
   * @param name what the token is for, 1 to 64 characters
   */
  record NewTokenRequest(String name) {}

  private final ApiTokens tokens;

  TokensApi(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  @Operation(summary = "Your tokens (never their text)")
  List<ApiTokens.Token> list(@AuthenticationPrincipal OnsiteUser me) {
    return tokens.list(me.accountId());
  }

  @PostMapping
  @Operation(
      summary = "Make a token",
      description = "The answer holds the token's text; it is not shown again.")
  ResponseEntity<ApiTokens.NewToken> create(
      @AuthenticationPrincipal OnsiteUser me, @RequestBody NewTokenRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(tokens.create(me.accountId(), request.name()));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke a token")
  ResponseEntity<Void> revoke(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    if (!tokens.revoke(me.accountId(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "you have no token " + id);
    }
    return ResponseEntity.noContent().build();
  }
}
