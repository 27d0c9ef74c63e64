-- One SELECT query over page_views.
SELECT
FROM page_views
