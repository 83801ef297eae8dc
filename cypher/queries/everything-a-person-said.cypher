// name: Everything a person said
// description: All statements by one person, with what each is about, where it was reported and who it was said to, newest first.
// param: speaker entity(Person) = person:howard-lutnick — the person who spoke
// param: limit int = 200 — the most statements to return
// view: table
// tags: statements, people
MATCH (speaker:Person {id: $speaker})-[:SAID]->(s:Statement)
OPTIONAL MATCH (s)-[:ABOUT]->(about:Entity)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(doc:Document)
OPTIONAL MATCH (s)-[:VIA]->(via:Organization)
RETURN s.id AS statementId, s.text AS statement, s.kind AS kind, s.cue AS cue, coalesce(s.date, doc.date) AS date,
       collect(DISTINCT about.name) AS about, doc.title AS document, doc.url AS url, via.name AS via
ORDER BY date DESC, statementId
LIMIT $limit
