package dev.onsite.server.workspace;

import dev.onsite.judge.workspace.Overlay;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a workspace submission changed, as it is stored (the submission's source column, as JSON):
 * the new text of every added or changed file, and the starter files deleted. With the starter in
 * the repository this is the whole submitted tree, and the diff of every file is computed from it.
 *
 * @param files the new content of each added or changed file, keyed by its workspace path
 * @param deleted the starter files removed
 */
record Changes(Map<String, String> files, List<String> deleted) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  Changes {
    files = files == null ? Map.of() : new TreeMap<>(files);
    deleted = deleted == null ? List.of() : List.copyOf(new TreeSet<>(deleted));
  }

  /** The stored form. */
  String json() {
    return JSON.writeValueAsString(this);
  }

  /**
   * Read the stored form.
   *
   * @throws IllegalArgumentException when it is not a stored change set
   */
  static Changes parse(String json) {
    try {
      Changes changes = JSON.readValue(json, Changes.class);
      if (changes == null) {
        throw new IllegalArgumentException("the stored changes are empty");
      }
      return changes;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the stored changes do not parse: " + e.getOriginalMessage());
    }
  }

  /** The overlay the workspace judge lays over the starter. */
  Overlay overlay() {
    Map<String, byte[]> bytes = new TreeMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return new Overlay(bytes, new TreeSet<>(deleted));
  }
}
