// name: entity search
// description: full-text search over entity names and aliases (Neo4j); the embedded store maps it to one text index per label and property.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Company|Organization|Country|Chip|ChipFamily|Model|Policy|Event|Place)
ON EACH [n.name, n.aliasText];
