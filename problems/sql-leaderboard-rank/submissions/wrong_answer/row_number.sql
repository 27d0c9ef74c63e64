-- ROW_NUMBER gives tied players different places.
WITH best AS (
  SELECT game, player, MAX(score) AS best_score
  FROM plays
  GROUP BY game, player
)
SELECT game, player, best_score,
       ROW_NUMBER() OVER (PARTITION BY game ORDER BY best_score DESC) AS place
FROM best
ORDER BY game, place, player;
