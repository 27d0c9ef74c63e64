package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeDiffTests {

  @Test
  void aChangedLineIsARemovalAndAnAddition() {
    CodeDiff diff = CodeDiff.between("a\nb\nc\n", "a\nB\nc\n");

    assertThat(diff.added()).isEqualTo(1);
    assertThat(diff.removed()).isEqualTo(1);
    assertThat(diff.lines())
        .extracting(CodeDiff.Line::kind)
        .containsExactly("same", "removed", "added", "same");
    assertThat(diff.lines().get(2)).isEqualTo(new CodeDiff.Line("added", 0, 2, "B"));
  }

  @Test
  void longUnchangedStretchesFold() {
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      before.append("line ").append(i).append('\n');
    }
    String after = before + "new line\n";

    CodeDiff diff = CodeDiff.between(before.toString(), after);

    assertThat(diff.lines().getFirst())
        .isEqualTo(new CodeDiff.Line("fold", 0, 0, "27 unchanged lines"));
    assertThat(diff.lines().getLast().kind()).isEqualTo("added");
  }

  @Test
  void identicalSourcesHaveNoChanges() {
    CodeDiff diff = CodeDiff.between("x = 1\n", "x = 1\n");

    assertThat(diff.added()).isZero();
    assertThat(diff.removed()).isZero();
  }
}
