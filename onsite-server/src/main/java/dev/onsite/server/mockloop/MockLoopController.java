package dev.onsite.server.mockloop;

import dev.onsite.server.account.OnsiteUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The mock loop pages: the list, and one loop with its rounds, clock and packet. */
@Controller
class MockLoopController {

  /** A loop in the list. */
  record Row(
      long id,
      String companyName,
      String role,
      Instant createdAt,
      int rounds,
      String verdict,
      String verdictLabel) {}

  private final MockLoops loops;

  MockLoopController(MockLoops loops) {
    this.loops = loops;
  }

  @GetMapping("/mock")
  String list(@AuthenticationPrincipal OnsiteUser me, Model model) {
    Instant now = loops.now();
    List<Row> rows =
        loops.list(me.accountId()).stream()
            .map(
                m -> {
                  Committee.Packet packet = loops.packet(m, now);
                  return new Row(
                      m.id(),
                      m.companyName(),
                      m.role(),
                      m.createdAt(),
                      m.rounds().size(),
                      packet.verdict().id(),
                      packet.verdict().label());
                })
            .toList();
    model.addAttribute("loops", rows);
    return "mockloop/list";
  }

  @PostMapping("/mock")
  String start(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(required = false) String company,
      @RequestParam(required = false) String loop) {
    return "redirect:/mock/" + loops.start(me.accountId(), company, loop).id();
  }

  @GetMapping("/mock/{id}")
  String loop(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id, Model model) {
    MockLoop loop = loops.require(me.accountId(), id);
    Instant now = loops.now();
    model.addAttribute("mock", MockLoopView.of(loop, loops.packet(loop, now), now));
    return "mockloop/loop";
  }

  @PostMapping("/mock/{id}/rounds/{number}/start")
  String startRound(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @PathVariable int number) {
    loops.startRound(me.accountId(), id, number);
    return "redirect:/mock/" + id + "#round-" + number;
  }

  @PostMapping("/mock/{id}/rounds/{number}/finish")
  String finishRound(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @PathVariable int number) {
    loops.finishRound(me.accountId(), id, number);
    return "redirect:/mock/" + id + "#round-" + number;
  }

  @PostMapping("/mock/{id}/rounds/{number}/rating")
  String rate(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable long id,
      @PathVariable int number,
      @RequestParam(name = "met", required = false) List<String> met) {
    loops.rate(me.accountId(), id, number, met == null ? List.of() : met);
    return "redirect:/mock/" + id + "#packet";
  }
}
