// name: Most connected actors
// description: People, companies, organizations and countries by the number of relationships they have, with how many link to other entities and how many statements they made.
// param: limit int = 25 — the most actors to return
// view: table
// tags: actors, centrality
MATCH (actor:Entity)
WHERE actor:Person OR actor:Company OR actor:Organization OR actor:Country
WITH actor, COUNT { (actor)--() } AS degree
RETURN actor.id AS id, actor.name AS name, actor.type AS type, degree,
       COUNT { (actor)--(:Entity) } AS entityLinks,
       COUNT { (actor)-[:SAID]->(:Statement) } AS statements
ORDER BY degree DESC, name
LIMIT $limit
