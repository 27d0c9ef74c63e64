package dev.onsite.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlighter's passage scores without Lucene's per-passage hash: the same, to the bit. */
class PassageScoresTests {

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new SearchIndex.PassageScores();
    String[] words = {"attention", "cache", "kv", "tokenizer", "window"};
    Random random = new Random(42);
    for (int p = 0; p < 500; p++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      // Lucene asserts that matches fall inside the passage: its end comes first.
      passage.setEndOffset(start + 60 + random.nextInt(400));
      int matches = 1 + random.nextInt(8);
      int at = start;
      for (int m = 0; m < matches; m++) {
        at += 1 + random.nextInt(6);
        String word = words[random.nextInt(words.length)];
        // A term's frequency in the document is the same wherever it matches.
        passage.addMatch(at, at + word.length(), new BytesRef(word), 1 + word.length() * 3);
      }
      int contentLength = 5_000 + random.nextInt(15_000);

      assertThat(Float.floatToIntBits(ours.score(passage, contentLength)))
          .as("passage %d: %s", p, passage)
          .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
    }
  }

  @Test
  void aTermRepeatedInAPassageCountsOnceWithItsFrequency() {
    PassageScorer ours = new SearchIndex.PassageScores();
    Passage once = new Passage();
    once.setStartOffset(0);
    once.setEndOffset(40);
    once.addMatch(0, 2, new BytesRef("kv"), 4);
    Passage twice = new Passage();
    twice.setStartOffset(0);
    twice.setEndOffset(40);
    twice.addMatch(0, 2, new BytesRef("kv"), 4);
    twice.addMatch(10, 12, new BytesRef("kv"), 4);
    float single = ours.score(once, 1_000);
    float repeated = ours.score(twice, 1_000);
    assertThat(repeated).isGreaterThan(single).isLessThan(2 * single);
  }
}
