/**
 * The repository contract against a real Neo4j 5 — the Neo4j leg's server (`npm run test:neo4j`). It empties the
 * database before each graph is loaded; the leg runs the files that use the database one at a time.
 */
import { openEmptyNeo4j } from '../support/testStore';
import { runRepositoryContract } from './repositoryContract';

runRepositoryContract('neo4j', openEmptyNeo4j);
