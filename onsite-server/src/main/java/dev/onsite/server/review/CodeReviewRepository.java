package dev.onsite.server.review;

import dev.onsite.judge.review.Category;
import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Code reviews and their comments in the {@code code_reviews} and comments tables. */
@Repository
class CodeReviewRepository {

  private final JdbcClient jdbc;

  CodeReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long accountId, String packageId, Instant startedAt, Instant deadline) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into code_reviews (account_id, package_id, started_at, deadline, updated_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            accountId,
            packageId,
            Clocks.sql(startedAt),
            Clocks.sql(deadline),
            Clocks.sql(startedAt))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /** The review with its comments. */
  Optional<CodeReview> byId(long id) {
    return jdbc.sql("select * from code_reviews where id = ?")
        .param(id)
        .query(CodeReviewRepository::review)
        .optional()
        .map(r -> r.withComments(comments(id)));
  }

  /** The account's latest review of the package that was not submitted, with its comments. */
  Optional<CodeReview> open(long accountId, String packageId) {
    return jdbc.sql(
            "select * from code_reviews where account_id = ? and package_id = ?"
                + " and submitted_at is null order by id desc fetch first 1 rows only")
        .params(accountId, packageId)
        .query(CodeReviewRepository::review)
        .optional()
        .map(r -> r.withComments(comments(r.id())));
  }

  /** The account's reviews of the package, newest first, each with its comments. */
  List<CodeReview> all(long accountId, String packageId) {
    List<CodeReview> reviews =
        jdbc.sql(
                "select * from code_reviews where account_id = ? and package_id = ?"
                    + " order by id desc")
            .params(accountId, packageId)
            .query(CodeReviewRepository::review)
            .list();
    return reviews.stream().map(r -> r.withComments(comments(r.id()))).toList();
  }

  /** The account's reviews of every package, newest first, without their comments. */
  List<CodeReview> all(long accountId) {
    return jdbc.sql("select * from code_reviews where account_id = ? order by id desc")
        .param(accountId)
        .query(CodeReviewRepository::review)
        .list();
  }

  List<ReviewComment> comments(long reviewId) {
    return jdbc.sql("select * from code_review_comments where review_id = ? order by id")
        .param(reviewId)
        .query(CodeReviewRepository::comment)
        .list();
  }

  long addComment(
      long reviewId,
      String file,
      int firstLine,
      int lastLine,
      Category category,
      String text,
      Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into code_review_comments (review_id, file, first_line, last_line, category,"
                + " body, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(reviewId, file, firstLine, lastLine, category.id(), text, Clocks.sql(at))
        .update(keys, "id");
    touch(reviewId, at);
    return keys.getKeyAs(Long.class);
  }

  void updateComment(ReviewComment comment, Instant at) {
    jdbc.sql(
            "update code_review_comments set first_line = ?, last_line = ?, category = ?, body = ?,"
                + " updated_at = ? where id = ? and review_id = ?")
        .params(
            comment.firstLine(),
            comment.lastLine(),
            comment.category().id(),
            comment.text(),
            Clocks.sql(at),
            comment.id(),
            comment.reviewId())
        .update();
    touch(comment.reviewId(), at);
  }

  void deleteComment(long reviewId, long commentId, Instant at) {
    jdbc.sql("delete from code_review_comments where id = ? and review_id = ?")
        .params(commentId, reviewId)
        .update();
    touch(reviewId, at);
  }

  /**
   * Keep the graded result of a draft review.
   *
   * @return whether this call submitted it (false when it was already submitted)
   */
  boolean submit(long id, Instant at, double score, double precision, boolean passed, String json) {
    return jdbc.sql(
                "update code_reviews set submitted_at = ?, updated_at = ?, score = ?,"
                    + " review_precision = ?, passed = ?, result = ?"
                    + " where id = ? and submitted_at is null")
            .params(Clocks.sql(at), Clocks.sql(at), score, precision, passed, json, id)
            .update()
        == 1;
  }

  /** Whether the account passed a review of each package it reviewed (drafts count, unpassed). */
  Map<String, Boolean> passedByPackage(long accountId) {
    Map<String, Boolean> out = new HashMap<>();
    jdbc.sql("select package_id, passed from code_reviews where account_id = ?")
        .param(accountId)
        .query(
            (ResultSet rs) -> {
              out.merge(rs.getString(1), rs.getBoolean(2), Boolean::logicalOr);
            });
    return out;
  }

  private void touch(long reviewId, Instant at) {
    jdbc.sql("update code_reviews set updated_at = ? where id = ?")
        .params(Clocks.sql(at), reviewId)
        .update();
  }

  private static CodeReview review(ResultSet rs, int rowNum) throws SQLException {
    OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
    double score = rs.getDouble("score");
    boolean graded = !rs.wasNull();
    double precision = rs.getDouble("review_precision");
    boolean passed = rs.getBoolean("passed");
    return new CodeReview(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("package_id"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        rs.getObject("deadline", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        submitted == null ? null : submitted.toInstant(),
        graded ? score : null,
        graded ? precision : null,
        graded ? passed : null,
        rs.getString("result"),
        List.of());
  }

  private static ReviewComment comment(ResultSet rs, int rowNum) throws SQLException {
    return new ReviewComment(
        rs.getLong("id"),
        rs.getLong("review_id"),
        rs.getString("file"),
        rs.getInt("first_line"),
        rs.getInt("last_line"),
        Category.byId(rs.getString("category")).orElse(Category.BUG),
        rs.getString("body"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
