// name: A company's chips and their lineage
// description: The chips and chip families a company makes, with the architecture each is based on, what it is a variant of and its own variants.
// param: company entity(Company) = company:nvidia — the chip maker
// view: table
// tags: chips, companies
MATCH (company:Company {id: $company})-[:MAKES]->(chip:Entity)
WHERE chip:Chip OR chip:ChipFamily
OPTIONAL MATCH (chip)-[:BASED_ON]->(architecture:Entity)
OPTIONAL MATCH (chip)-[:VARIANT_OF*1..3]->(ancestor:Entity)
OPTIONAL MATCH (variant:Entity)-[:VARIANT_OF]->(chip)
RETURN chip.id AS chipId, chip.name AS chip, chip.type AS type,
       collect(DISTINCT architecture.name) AS architecture,
       collect(DISTINCT ancestor.name) AS variantOf,
       collect(DISTINCT variant.name) AS variants
ORDER BY chip
