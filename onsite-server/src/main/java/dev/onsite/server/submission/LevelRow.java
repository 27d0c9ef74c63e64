package dev.onsite.server.submission;

/** How a submission did on one level of a multi-level problem. */
public record LevelRow(
    int position, String level, boolean passed, int testsPassed, int testsTotal) {}
