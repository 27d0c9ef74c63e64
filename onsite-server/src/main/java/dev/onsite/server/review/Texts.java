package dev.onsite.server.review;

/** Small text helpers for one-line messages. */
final class Texts {

  private Texts() {}

  /** {@code text} on one line and at most 60 characters, for echoing input in a message. */
  static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("[\\p{Cntrl}\\s]+", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
  }
}
