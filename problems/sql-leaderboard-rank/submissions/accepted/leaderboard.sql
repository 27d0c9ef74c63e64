-- Best score per player and game first, then RANK: ties share a place and the next place is
-- skipped (1, 2, 2, 4).
WITH best AS (
  SELECT game, player, MAX(score) AS best_score
  FROM plays
  GROUP BY game, player
)
SELECT game, player, best_score,
       RANK() OVER (PARTITION BY game ORDER BY best_score DESC) AS place
FROM best
ORDER BY game, place, player;
