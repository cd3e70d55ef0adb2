// The import worker's entry (ImportWorker.ts): the server runs from TypeScript through tsx, whose loader a worker
// thread does not inherit, so it is registered here before the worker's module is imported.
import { register } from 'tsx/esm/api';

register();
await import('./workerThread.ts');
