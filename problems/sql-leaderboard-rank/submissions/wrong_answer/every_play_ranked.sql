-- Ranks every play, not each player's best: a player appears once per play.
WITH best AS (
  SELECT game, player, score AS best_score
  FROM plays
)
SELECT game, player, best_score,
       RANK() OVER (PARTITION BY game ORDER BY best_score DESC) AS place
FROM best
ORDER BY game, place, player;
