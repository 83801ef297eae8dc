// name: Who said what about an entity
// description: Every statement about an entity, with its speaker, date and the document that reported it, newest first.
// param: about entity(Entity) = chip:h20 — the entity the statements are about
// param: limit int = 200 — the most statements to return
// view: table
// tags: statements, quotes
MATCH (about:Entity {id: $about})<-[:ABOUT]-(s:Statement)<-[:SAID]-(speaker:Entity)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(doc:Document)
RETURN speaker.id AS speakerId, speaker.name AS speaker, s.text AS statement, s.kind AS kind, s.cue AS cue,
       coalesce(s.date, doc.date) AS date, doc.title AS document, doc.url AS url
ORDER BY date DESC, speaker
LIMIT $limit
