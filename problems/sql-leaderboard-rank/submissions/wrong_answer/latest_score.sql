-- Takes the latest play's score, not the best one.
WITH best AS (
  SELECT game, player, score AS best_score
  FROM (SELECT game, player, score,
               ROW_NUMBER() OVER (PARTITION BY game, player ORDER BY played_at DESC) AS latest
        FROM plays)
  WHERE latest = 1
)
SELECT game, player, best_score,
       RANK() OVER (PARTITION BY game ORDER BY best_score DESC) AS place
FROM best
ORDER BY game, place, player;
