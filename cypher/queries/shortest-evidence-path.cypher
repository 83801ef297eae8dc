// name: Shortest evidence path between two entities
// description: The shortest chain of relations, statements and shared documents (up to eight hops) that connects two entities.
// param: from entity(Entity) = person:jensen-huang — where the path starts
// param: to entity(Entity) = person:donald-trump — where the path ends
// view: graph
// tags: paths, evidence
// Neo4j refuses shortestPath from a node to itself; a path from an entity to itself answers nothing.
MATCH (start:Entity {id: $from})
MATCH (target:Entity {id: $to}) WHERE target <> start
MATCH path = shortestPath((start)-[*..8]-(target))
RETURN path
