package dev.onsite.server.takehome;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a take-home submission stores in the queue: the attempt, its seed and the finder's text.
 *
 * @param attempt the attempt the finder was submitted in
 * @param seed the attempt's seed, so that the judge regenerates its dataset
 * @param finder the Python source
 */
record FinderSource(long attempt, long seed, String finder) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  String json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attempt", attempt);
    m.put("seed", seed);
    m.put("finder", finder);
    return JSON.writeValueAsString(m);
  }

  /**
   * Read a stored submission.
   *
   * @throws IllegalArgumentException when it is not what {@link #json()} wrote
   */
  static FinderSource parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.path("seed").isIntegralNumber() || !node.path("finder").isString()) {
        throw new IllegalArgumentException("not a take-home submission: no seed or finder");
      }
      return new FinderSource(
          node.path("attempt").asLong(),
          node.path("seed").asLong(),
          node.path("finder").asString());
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a take-home submission: not JSON");
    }
  }
}
