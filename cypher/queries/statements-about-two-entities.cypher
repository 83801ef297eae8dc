// name: Statements that mention two entities
// description: Statements about both of two entities (say, a company and a chip), with speaker and source, newest first.
// param: first entity(Entity) = company:nvidia — one entity the statement is about
// param: second entity(Entity) = country:china — the other entity the statement is about
// param: limit int = 200 — the most statements to return
// view: table
// tags: statements
MATCH (first:Entity {id: $first})<-[:ABOUT]-(s:Statement)-[:ABOUT]->(second:Entity {id: $second})
MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(doc:Document)
RETURN speaker.name AS speaker, s.text AS statement, s.kind AS kind, coalesce(s.date, doc.date) AS date,
       doc.title AS document, doc.url AS url
ORDER BY date DESC, speaker
LIMIT $limit
