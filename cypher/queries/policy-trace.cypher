// name: Trace a policy to chips and companies
// description: The chains of relations (up to three hops) that link a policy to the chips, chip families and companies it reaches.
// param: policy entity(Policy) = policy:biden-administration-export-restrictions — the policy to trace
// param: limit int = 300 — the most paths to return
// view: graph
// tags: policy, chips, companies
MATCH path = (policy:Policy {id: $policy})-[:RESTRICTS|PERMITS|TARGETS|LINKED_TO|IN_RESPONSE_TO|ISSUED_BY|MAKES|VARIANT_OF|BASED_ON|SELLS_TO*1..3]-(reached:Entity)
WHERE reached:Chip OR reached:ChipFamily OR reached:Company
RETURN path
LIMIT $limit
