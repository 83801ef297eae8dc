// name: Companies affected by a policy
// description: Companies a policy targets, restricts or permits, or whose products were made in response to it — directly or through the chips they make.
// param: policy entity(Policy) = policy:biden-administration-export-restrictions — the policy
// view: table
// tags: policy, companies
MATCH (policy:Policy {id: $policy})-[r:RESTRICTS|TARGETS|PERMITS|IN_RESPONSE_TO]-(target:Entity)
OPTIONAL MATCH (maker:Company)-[:MAKES]->(target)
WITH r, target, CASE WHEN target:Company THEN target ELSE maker END AS company
WHERE company IS NOT NULL
RETURN company.id AS companyId, company.name AS company, collect(DISTINCT type(r)) AS how,
       collect(DISTINCT target.name) AS through
ORDER BY company
