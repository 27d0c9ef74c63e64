package dev.onsite.judge;

import dev.onsite.judge.verdict.CompileResult;
import dev.onsite.judge.verdict.TestResult;

/**
 * Hear about a judgement while it runs, to stream it to a page or a terminal.
 *
 * <p>Callbacks come from the judge's threads; an exception thrown by one is ignored so that it
 * cannot change the verdict.
 */
public interface JudgeListener {

  JudgeListener NONE = new JudgeListener() {};

  default void compiled(CompileResult result) {}

  default void testFinished(TestResult result) {}
}
