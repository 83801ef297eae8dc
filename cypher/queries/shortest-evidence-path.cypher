// name: Shortest evidence path between two entities
// description: The shortest chain of relations, statements and shared documents (up to eight hops) that connects two entities.
// param: from entity(Entity) = person:jensen-huang — where the path starts
// param: to entity(Entity) = person:donald-trump — where the path ends
// view: graph
// tags: paths, evidence
MATCH path = shortestPath((start:Entity {id: $from})-[*..8]-(target:Entity {id: $to}))
RETURN path
