// name: Documents that cite an entity
// description: The documents that mention an entity, with how often, and how many statements in each are about it.
// param: entity entity(Entity) = company:nvidia — the entity
// param: limit int = 200 — the most documents to return
// view: table
// tags: documents, provenance
MATCH (entity:Entity {id: $entity})-[m:MENTIONED_IN]->(doc:Document)
RETURN doc.id AS documentId, doc.title AS title, doc.source AS source, doc.url AS url, doc.date AS date,
       m.count AS mentions,
       COUNT { (doc)<-[:REPORTED_IN]-(:Statement)-[:ABOUT]->(entity) } AS statements
ORDER BY mentions DESC, date DESC
LIMIT $limit
