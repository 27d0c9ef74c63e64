package dev.onsite.server.review;

import java.util.List;

/**
 * A comment as a client sends it: {@code line} for one line, or {@code lines: [first, last]}.
 *
 * @param file the path in the package ({@code code/limiter.py}; {@code limiter.py} is accepted)
 * @param category a category id: bug, security, performance, concurrency, design, test-gap
 */
record CommentInput(String file, Integer line, List<Integer> lines, String category, String text) {}
