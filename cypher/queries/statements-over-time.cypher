// name: Statements over time
// description: How many statements were made per day and per document, and by whom, in a date range.
// param: since date = 2000-01-01 — the first day to include
// param: until date = 2100-12-31 — the last day to include
// param: includeUndated boolean = true — also count statements whose date is unknown (listed with an empty date)
// view: table
// tags: statements, timeline
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(doc:Document)
WITH speaker, s, doc, coalesce(s.date, doc.date) AS date
WHERE (date IS NULL AND $includeUndated) OR (date >= $since AND date <= $until)
RETURN date, doc.id AS documentId, doc.title AS document, count(s) AS statements,
       collect(DISTINCT speaker.name) AS speakers
ORDER BY date, document
