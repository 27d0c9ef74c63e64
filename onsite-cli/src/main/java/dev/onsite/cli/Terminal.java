package dev.onsite.cli;

import java.util.Locale;

/** Decide whether output goes to a terminal and color it only then. */
public final class Terminal {

  private static final boolean COLOR = detectColor();

  private Terminal() {}

  private static boolean detectColor() {
    if (System.getenv("NO_COLOR") != null) {
      return false;
    }
    if ("always".equalsIgnoreCase(System.getenv("ONSITE_COLOR"))) {
      return true;
    }
    String term = System.getenv().getOrDefault("TERM", "");
    return isTerminal() && !term.equals("dumb");
  }

  /**
   * Console.isTerminal() exists from JDK 22, where System.console() is no longer null when
   * redirected.
   */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  public static String green(String text) {
    return paint("32", text);
  }

  public static String red(String text) {
    return paint("31", text);
  }

  public static String yellow(String text) {
    return paint("33", text);
  }

  public static String bold(String text) {
    return paint("1", text);
  }

  public static String dim(String text) {
    return paint("2", text);
  }

  private static String paint(String code, String text) {
    return COLOR ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  /** Pad {@code text} with spaces to {@code width} visible characters (ignoring color codes). */
  public static String pad(String text, int width) {
    int visible = text.replaceAll("\u001b\\[[0-9;]*m", "").length();
    return visible >= width ? text : text + " ".repeat(width - visible);
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
