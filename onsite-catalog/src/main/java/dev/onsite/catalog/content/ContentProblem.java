package dev.onsite.catalog.content;

import java.util.Objects;

/**
 * Something wrong in a content file, with the file and line.
 *
 * @param file the file, as the loader was given it (for example {@code content/companies/x.yaml})
 * @param line 1-based line, or 0 when the problem is with the file as a whole
 * @param message what is wrong and, where it helps, what would be right
 */
public record ContentProblem(String file, int line, String message) {

  public ContentProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code content/companies/x.yaml:12: unknown round id 'codng' (known: ...)}. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
