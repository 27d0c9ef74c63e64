package dev.onsite.catalog.company;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a loop's hiring committee turns round ratings into a decision, as a source reports it:
 * written in a company file as {@code decision: all-rounds}, {@code decision: consistency} or
 * {@code decision: at-least 2 of 4}.
 */
public sealed interface Decision {

  /** Every scored round must be a yes or a strong yes. */
  record AllRounds() implements Decision {
    @Override
    public String id() {
      return "all-rounds";
    }
  }

  /**
   * The committee looks for consistency: one strong no rejects however strong the rest; two noes
   * reject; one no is carried only by a strong yes elsewhere.
   */
  record Consistency() implements Decision {
    @Override
    public String id() {
      return "consistency";
    }
  }

  /**
   * At least {@code required} of the scored rounds must be a yes or a strong yes.
   *
   * @param required at least 1
   * @param of how many rounds the source counts them over, or 0 when it does not say
   */
  record AtLeast(int required, int of) implements Decision {
    public AtLeast {
      if (required < 1 || of < 0 || (of > 0 && of < required)) {
        throw new IllegalArgumentException(
            "decision 'at-least "
                + required
                + (of > 0 ? " of " + of : "")
                + "' needs 1 <= N and N <= M; write it as 'at-least 2 of 4'");
      }
    }

    @Override
    public String id() {
      return "at-least " + required + (of > 0 ? " of " + of : "");
    }
  }

  /** The rule as it is written in a company file. */
  String id();

  Pattern AT_LEAST = Pattern.compile("at-least (\\d{1,2})(?: of (\\d{1,2}))?");

  /**
   * Read a rule as written in a company file.
   *
   * @throws IllegalArgumentException naming the accepted forms for any other text
   */
  static Decision parse(String text) {
    String rule = text == null ? "" : text.strip();
    if (rule.equals("all-rounds")) {
      return new AllRounds();
    }
    if (rule.equals("consistency")) {
      return new Consistency();
    }
    Matcher m = AT_LEAST.matcher(rule);
    if (m.matches()) {
      return new AtLeast(
          Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }
    throw new IllegalArgumentException(
        "unknown decision '"
            + rule
            + "'; use all-rounds, consistency or at-least N of M (for example at-least 2 of 4)");
  }
}
