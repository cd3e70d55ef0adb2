import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { runRepositoryContract } from './repositoryContract';

runRepositoryContract('grafeo (in memory)', () => createGrafeoStore());
