package dev.onsite.server.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.account.Accounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The cards API in hosted mode: bad input gets a 4xx with one line; strangers get nothing. */
@AccountsServer
class CardsApiTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  private static String detail(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString();
  }

  @Test
  void unknownDeckOrCardIs404NamingIt() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    MvcResult deck = ada.post("/api/cards/nope/momentum-why/review", Map.of("rating", "good"));
    MvcResult card = ada.post("/api/cards/optimization/nope/review", Map.of("rating", "good"));
    MvcResult queue = ada.get("/api/cards/queue?deck=nope");

    assertThat(deck.getResponse().getStatus()).isEqualTo(404);
    assertThat(detail(deck)).contains("no deck 'nope'; known decks: classical-ml, optimization");
    assertThat(card.getResponse().getStatus()).isEqualTo(404);
    assertThat(detail(card)).contains("no card 'nope' in deck 'optimization'");
    assertThat(queue.getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void badRatingMsModeOrJsonIs400WithTheReason() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String url = "/api/cards/optimization/momentum-why/review";

    MvcResult rating = ada.post(url, Map.of("rating", "great"));
    MvcResult missing = ada.post(url, Map.of("ms", 10));
    MvcResult ms = ada.post(url, Map.of("rating", "good", "ms", -5));
    MvcResult mode = ada.post(url, Map.of("rating", "good", "mode", "exam"));
    MvcResult notJson = raw(ada, url, "{rating: good");

    assertThat(rating.getResponse().getStatus()).isEqualTo(400);
    assertThat(detail(rating))
        .contains("rating must be one of again, hard, good, easy, was 'great'");
    assertThat(detail(missing)).contains("was missing");
    assertThat(ms.getResponse().getStatus()).isEqualTo(400);
    assertThat(detail(ms)).contains("ms must be a whole number of milliseconds");
    assertThat(detail(mode)).contains("mode must be review or rapid-fire, was 'exam'");
    assertThat(notJson.getResponse().getStatus()).isEqualTo(400);
    assertThat(detail(notJson)).contains("the body is not JSON");
    assertThat(ada.json("/api/cards/queue?deck=optimization").path("cards")).hasSize(2);
  }

  @Test
  void aHugeBodyIs413AndStoresNothing() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String huge = "{\"rating\": \"good\", \"pad\": \"" + "x".repeat(1_000_000) + "\"}";

    MvcResult result = raw(ada, "/api/cards/optimization/momentum-why/review", huge);

    assertThat(result.getResponse().getStatus()).isEqualTo(413);
    assertThat(detail(result)).contains("a review body is at most 4096 bytes");
    assertThat(ada.json("/api/cards/queue?deck=optimization").path("cards")).hasSize(2);
  }

  @Test
  void withoutAnAccountTheCardsApiAnswers401AndReviewsStayPrivate() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    ada.post("/api/cards/classical-ml/gini-impurity/review", Map.of("rating", "easy"));

    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/api/cards/decks"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
    assertThat(
            mvc.perform(
                    MockMvcRequestBuilders.post("/api/cards/classical-ml/gini-impurity/review")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": \"good\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isIn(401, 403);
    assertThat(
            ada.json("/api/cards/queue?deck=classical-ml").path("cards").findValuesAsString("id"))
        .containsExactly("classical-ml/bias-variance");
    assertThat(bob.json("/api/cards/queue?deck=classical-ml").path("cards")).hasSize(2);
  }

  @Test
  void postingWithoutTheCsrfTokenIsRefused() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    MvcResult result =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/cards/classical-ml/gini-impurity/review")
                    .with(SecurityMockMvcRequestPostProcessors.user(ada.user()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"rating\": \"good\"}"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void statsCountTodaysReviewsAndTheShareNotRatedAgain() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    assertThat(ada.json("/api/cards/stats").path("retention30").isNull()).isTrue();

    ada.post("/api/cards/optimization/momentum-why/review", Map.of("rating", "good"));
    ada.post("/api/cards/optimization/adam-bias-correction/review", Map.of("rating", "again"));
    ada.post("/api/cards/classical-ml/gini-impurity/review", Map.of("rating", "easy"));
    ada.post("/api/cards/classical-ml/bias-variance/review", Map.of("rating", "hard"));

    var stats = ada.json("/api/cards/stats");
    assertThat(stats.path("reviewedToday").asInt()).isEqualTo(4);
    assertThat(stats.path("reviews30").asInt()).isEqualTo(4);
    assertThat(stats.path("retention30").asInt()).isEqualTo(75);
  }

  @Test
  void intervalsReadLikeAnkiButtons() {
    java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
    assertThat(CardReviews.interval(t, t.plusSeconds(330))).isEqualTo("6m");
    assertThat(CardReviews.interval(t, t.plusSeconds(3 * 3600))).isEqualTo("3h");
    assertThat(CardReviews.interval(t, t.plus(java.time.Duration.ofDays(8)))).isEqualTo("8d");
    assertThat(CardReviews.interval(t, t.plus(java.time.Duration.ofDays(120)))).isEqualTo("4mo");
    assertThat(CardReviews.interval(t, t.plus(java.time.Duration.ofDays(498)))).isEqualTo("1.4y");
  }

  private MvcResult raw(ApiClient as, String url, String body) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.post(url)
                .with(SecurityMockMvcRequestPostProcessors.user(as.user()))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn();
  }
}
