// name: Entities most often mentioned together
// description: Pairs of entities by the number of documents that mention both, with the number of statements about both.
// param: minDocuments int = 1 — pairs seen together in fewer documents are left out
// param: limit int = 50 — the most pairs to return
// view: table
// tags: co-occurrence
MATCH (a:Entity)-[:MENTIONED_IN]->(doc:Document)<-[:MENTIONED_IN]-(b:Entity)
WHERE a.id < b.id
WITH a, b, count(DISTINCT doc) AS documents
WHERE documents >= $minDocuments
OPTIONAL MATCH (a)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(b)
WITH a, b, documents, count(DISTINCT s) AS statements
RETURN a.id AS firstId, a.name AS first, b.id AS secondId, b.name AS second, documents, statements
ORDER BY documents DESC, statements DESC, first, second
LIMIT $limit
