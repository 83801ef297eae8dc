// name: indexes
// description: entities changed since a graph version (the search's name index follows changes through it), lookups by id within one entity label (a query that names :Company but not :Entity; plain indexes, since entity_id_unique already keeps ids unique), by name (entities), by document and date (statements), by content hash (documents), by name (saved queries).
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX company_id IF NOT EXISTS FOR (n:Company) ON (n.id);
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
CREATE INDEX country_id IF NOT EXISTS FOR (n:Country) ON (n.id);
CREATE INDEX chip_id IF NOT EXISTS FOR (n:Chip) ON (n.id);
CREATE INDEX chip_family_id IF NOT EXISTS FOR (n:ChipFamily) ON (n.id);
CREATE INDEX model_id IF NOT EXISTS FOR (n:Model) ON (n.id);
CREATE INDEX policy_id IF NOT EXISTS FOR (n:Policy) ON (n.id);
CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.id);
CREATE INDEX place_id IF NOT EXISTS FOR (n:Place) ON (n.id);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX chip_name IF NOT EXISTS FOR (n:Chip) ON (n.name);
CREATE INDEX chip_family_name IF NOT EXISTS FOR (n:ChipFamily) ON (n.name);
CREATE INDEX model_name IF NOT EXISTS FOR (n:Model) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX statement_doc IF NOT EXISTS FOR (n:Statement) ON (n.docId);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash);
CREATE INDEX saved_query_name IF NOT EXISTS FOR (n:SavedQuery) ON (n.name);
CREATE INDEX entity_graph_version IF NOT EXISTS FOR (n:Entity) ON (n.graphVersion);
