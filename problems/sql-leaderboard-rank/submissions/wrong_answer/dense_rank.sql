-- DENSE_RANK does not skip places after a tie (1, 2, 2, 3).
WITH best AS (
  SELECT game, player, MAX(score) AS best_score
  FROM plays
  GROUP BY game, player
)
SELECT game, player, best_score,
       DENSE_RANK() OVER (PARTITION BY game ORDER BY best_score DESC) AS place
FROM best
ORDER BY game, place, player;
