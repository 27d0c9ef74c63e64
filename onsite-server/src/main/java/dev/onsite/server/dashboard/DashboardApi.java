package dev.onsite.server.dashboard;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard and practice-time heartbeats over JSON. */
@RestController
@RequestMapping("/api")
@Tag(name = "dashboard", description = "Progress: solved per round, activity, streak, time spent")
class DashboardApi {

  /**
   * @param problemId the problem whose page is open
   */
  record Heartbeat(String problemId) {}

  private final DashboardService dashboards;

  DashboardApi(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/dashboard")
  @Operation(summary = "Your progress")
  Dashboard dashboard(@AuthenticationPrincipal OnsiteUser me) {
    return dashboards.dashboard(me.accountId(), me.isAdmin());
  }

  @PostMapping("/activity/heartbeat")
  @Operation(
      summary = "Count time on a problem page",
      description =
          "A problem page sends one every 30 seconds while it is visible; each counts for 30"
              + " seconds of practice time.")
  ResponseEntity<Void> heartbeat(
      @AuthenticationPrincipal OnsiteUser me, @RequestBody Heartbeat beat) {
    dashboards.heartbeat(me.accountId(), beat.problemId() == null ? "" : beat.problemId());
    return ResponseEntity.noContent().build();
  }
}
