package dev.onsite.server.mockloop;

import dev.onsite.catalog.company.Decision;
import dev.onsite.catalog.company.Feedback;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Mock loops in the {@code mock_loops} and {@code mock_rounds} tables. */
@Repository
class MockLoopRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<MockRound.Point>> POINTS = new TypeReference<>() {};
  private static final TypeReference<List<String>> IDS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  MockLoopRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Store a new loop (its id is ignored) with its rounds and return its id. */
  @Transactional
  long insert(MockLoop loop) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into mock_loops (account_id, company_id, company_name, loop_id, role,"
                + " decision_rule, rule_source, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            loop.accountId(),
            loop.companyId(),
            loop.companyName(),
            loop.loopId(),
            loop.role(),
            loop.rule().id(),
            loop.ruleSource(),
            Clocks.sql(loop.createdAt()))
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    for (MockRound r : loop.rounds()) {
      jdbc.sql(
              "insert into mock_rounds (mock_id, position, round_type, title, minutes, item_kind,"
                  + " item_id, item_title, item_url, item_text, note, feedback, rubric)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              r.position(),
              r.type().id(),
              r.title(),
              r.minutes(),
              r.kind().id(),
              r.itemId(),
              r.itemTitle(),
              r.itemUrl(),
              r.itemText(),
              r.note(),
              r.feedback().id(),
              JSON.writeValueAsString(r.rubric()))
          .update();
    }
    return id;
  }

  /** The account's loops, newest first. */
  List<MockLoop> byAccount(long accountId) {
    return jdbc
        .sql("select id from mock_loops where account_id = ? order by id desc")
        .param(accountId)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> byId(id).orElseThrow())
        .toList();
  }

  Optional<MockLoop> byId(long id) {
    List<MockRound> rounds =
        jdbc.sql("select * from mock_rounds where mock_id = ? order by position")
            .param(id)
            .query(MockLoopRepository::round)
            .list();
    return jdbc.sql("select * from mock_loops where id = ?")
        .param(id)
        .query((rs, n) -> loop(rs, rounds))
        .optional();
  }

  /**
   * A self-rated round the account rated: when, and for each rubric point whether they met it.
   *
   * @param met by rubric point id, in the rubric's order
   */
  record RatedPoints(String roundType, Instant finishedAt, java.util.Map<String, Boolean> met) {}

  /** Every self-rated round the account has rated, oldest first. */
  List<RatedPoints> ratedRounds(long accountId) {
    return jdbc.sql(
            "select r.round_type, r.rubric, r.met, r.finished_at from mock_rounds r join mock_loops"
                + " l on l.id = r.mock_id where l.account_id = ? and r.met is not null"
                + " and r.finished_at is not null order by r.finished_at")
        .param(accountId)
        .query(
            (rs, n) -> {
              Set<String> met = Set.copyOf(JSON.readValue(rs.getString("met"), IDS));
              java.util.Map<String, Boolean> points = new java.util.LinkedHashMap<>();
              JSON.readValue(rs.getString("rubric"), POINTS)
                  .forEach(p -> points.put(p.id(), met.contains(p.id())));
              return new RatedPoints(
                  rs.getString("round_type"),
                  rs.getObject("finished_at", java.time.OffsetDateTime.class).toInstant(),
                  points);
            })
        .list();
  }

  /** Every item, card and follow-up id the account met in its mock loops. */
  Set<String> itemsMet(long accountId) {
    Set<String> ids = new LinkedHashSet<>();
    jdbc.sql(
            "select r.item_id, r.rubric, r.item_kind from mock_rounds r join mock_loops l on"
                + " l.id = r.mock_id where l.account_id = ? and r.started_at is not null")
        .param(accountId)
        .query(
            (rs, n) -> {
              if (rs.getString("item_id") != null) {
                ids.add(rs.getString("item_id"));
              }
              String kind = rs.getString("item_kind");
              if (kind.equals(ItemKind.DECK.id()) || kind.equals(ItemKind.DEEP_DIVE.id())) {
                JSON.readValue(rs.getString("rubric"), POINTS).forEach(p -> ids.add(p.id()));
              }
              return null;
            })
        .list();
    return ids;
  }

  void start(long mockId, int position, Instant at, Instant deadline) {
    jdbc.sql(
            "update mock_rounds set started_at = ?, deadline = ? where mock_id = ? and position = ?"
                + " and started_at is null")
        .params(Clocks.sql(at), Clocks.sql(deadline), mockId, position)
        .update();
  }

  /** End a round, with the rubric points met for a self-rated one (null for a judged one). */
  void finish(long mockId, int position, Instant at, Set<String> met) {
    jdbc.sql(
            "update mock_rounds set finished_at = coalesce(finished_at, ?), met = ? where mock_id"
                + " = ? and position = ?")
        .params(
            Clocks.sql(at),
            met == null ? null : JSON.writeValueAsString(List.copyOf(met)),
            mockId,
            position)
        .update();
  }

  private static MockLoop loop(ResultSet rs, List<MockRound> rounds) throws SQLException {
    return new MockLoop(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("company_id"),
        rs.getString("company_name"),
        rs.getString("loop_id"),
        rs.getString("role"),
        Decision.parse(rs.getString("decision_rule")),
        rs.getString("rule_source"),
        instant(rs, "created_at"),
        rounds);
  }

  private static MockRound round(ResultSet rs, int rowNum) throws SQLException {
    String type = rs.getString("round_type");
    String met = rs.getString("met");
    return new MockRound(
        rs.getInt("position"),
        RoundType.byId(type)
            .orElseThrow(() -> new IllegalStateException("unknown round type '" + type + "'")),
        rs.getString("title"),
        rs.getInt("minutes"),
        ItemKind.byId(rs.getString("item_kind")),
        rs.getString("item_id"),
        rs.getString("item_title"),
        rs.getString("item_url"),
        rs.getString("item_text"),
        rs.getString("note"),
        Feedback.byId(rs.getString("feedback")).orElse(Feedback.TESTS),
        JSON.readValue(rs.getString("rubric"), POINTS),
        instant(rs, "started_at"),
        instant(rs, "deadline"),
        instant(rs, "finished_at"),
        met == null ? null : Set.copyOf(JSON.readValue(met, IDS)));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
