// name: constraints
// description: one node per id, one unique constraint per key: `id` on Entity (every entity label carries Entity, so a per-label constraint would check the same key twice), statements, documents, saved queries and the graph's version node.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_query_id_unique IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_id_unique IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE;
