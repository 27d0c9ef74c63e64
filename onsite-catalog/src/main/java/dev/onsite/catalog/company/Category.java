package dev.onsite.catalog.company;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of employer a company is, which shapes its loop: companies that build models, companies
 * that build tools for AI teams, companies that build products on top of models, and the rest.
 */
public enum Category {
  MODEL("model"),
  INFRASTRUCTURE("infrastructure"),
  PRODUCT("product"),
  BIG_TECH("big-tech"),
  TECH("tech"),
  CONSULTING("consulting"),
  OTHER("other");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Category> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Category::id).toList();
  }
}
