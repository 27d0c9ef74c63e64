package dev.onsite.server.mockloop;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mock loops over JSON: assemble one, run its rounds, read the committee's packet. */
@RestController
@RequestMapping("/api/mock-loops")
@Tag(name = "mock loops", description = "A company loop run round by round, decided by a committee")
class MockLoopApi {

  /** Which loop to mock: a company id and one of its loop ids. */
  record StartRequest(String company, String loop) {}

  /** The rubric point ids the person showed in a spoken round. */
  record RatingRequest(List<String> met) {}

  private final MockLoops loops;

  MockLoopApi(MockLoops loops) {
    this.loops = loops;
  }

  private MockLoopView view(MockLoop loop) {
    return MockLoopView.of(loop, loops.packet(loop, loops.now()), loops.now());
  }

  @GetMapping
  @Operation(summary = "Your mock loops, newest first")
  List<MockLoopView> list(@AuthenticationPrincipal OnsiteUser me) {
    return loops.list(me.accountId()).stream().map(this::view).toList();
  }

  @PostMapping
  @Operation(summary = "Assemble a mock of one of a company's loops")
  ResponseEntity<MockLoopView> start(
      @AuthenticationPrincipal OnsiteUser me, @RequestBody StartRequest request) {
    MockLoop loop = loops.start(me.accountId(), request.company(), request.loop());
    return ResponseEntity.created(URI.create("/api/mock-loops/" + loop.id())).body(view(loop));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A mock loop with its rounds and the committee's packet")
  MockLoopView get(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return view(loops.require(me.accountId(), id));
  }

  @GetMapping("/{id}/packet")
  @Operation(summary = "The committee's packet on the loop as it stands")
  Committee.Packet packet(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return loops.packet(loops.require(me.accountId(), id), loops.now());
  }

  @PostMapping("/{id}/rounds/{number}/start")
  @Operation(summary = "Start the next round's clock (a problem opens in exam mode)")
  MockLoopView startRound(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @PathVariable int number) {
    return view(loops.startRound(me.accountId(), id, number));
  }

  @PostMapping("/{id}/rounds/{number}/finish")
  @Operation(summary = "End a round before its time")
  MockLoopView finishRound(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @PathVariable int number) {
    return view(loops.finishRound(me.accountId(), id, number));
  }

  @PostMapping("/{id}/rounds/{number}/rating")
  @Operation(summary = "Rate a spoken round: the rubric points you showed")
  MockLoopView rate(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable long id,
      @PathVariable int number,
      @RequestBody RatingRequest rating) {
    return view(loops.rate(me.accountId(), id, number, rating.met()));
  }
}
