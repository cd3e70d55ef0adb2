/**
 * Quantity-role benchmark (issue 12). Target: role accuracy ≥ 0.95 against the hand-labelled set
 * test/fixtures/quantity-roles.json (see QUANTITY-ROLES.md). Prints `name: value unit` lines, the accuracy per role
 * (recall of each labelled role) and the remaining errors as `#` comments; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkHeldOut,
  checkRoleLabels,
  extractQuantities,
  loadCorpus,
  scoreHeldOut,
  scoreRoles,
  share,
} from '@policy-cascade/graph-seed';

const labelsFile = join(import.meta.dirname, '../test/fixtures/quantity-roles.json');
const heldOutFile = join(import.meta.dirname, '../test/fixtures/quantity-roles-heldout.json');
const fixed = (value: number): string => value.toFixed(3);

export async function run(): Promise<void> {
  const labels = checkRoleLabels(JSON.parse(readFileSync(labelsFile, 'utf8')), labelsFile);
  const results = scoreRoles(loadCorpus().documents, labels);
  process.stdout.write(`quantityRoles.labelled: ${results.length}\n`);
  process.stdout.write(`quantityRoles.accuracy: ${fixed(share(results, (r) => r.roleCorrect))}\n`);
  const roles = [...new Set(labels.map((label) => label.role))].sort();
  for (const role of roles) {
    const labelled = results.filter((r) => r.label.role === role);
    const accuracy = fixed(share(labelled, (r) => r.roleCorrect));
    process.stdout.write(`quantityRoles.accuracy.${role}: ${accuracy} (${labelled.length} labelled)\n`);
  }
  process.stdout.write(`quantityRoles.approximate.accuracy: ${fixed(share(results, (r) => r.approximateCorrect))}\n`);
  process.stdout.write(`quantityRoles.from.accuracy: ${fixed(share(results, (r) => r.fromCorrect))}\n`);
  const issueCases = results.filter((r) => r.label.issue !== undefined);
  process.stdout.write(`quantityRoles.issueCases.accuracy: ${fixed(share(issueCases, (r) => r.roleCorrect))}\n`);
  // Sentences written in other localities' shapes: rules tuned on the corpus, measured on text they never saw.
  const heldOut = scoreHeldOut(
    checkHeldOut(JSON.parse(readFileSync(heldOutFile, 'utf8')), heldOutFile),
    extractQuantities,
  );
  process.stdout.write(`quantityRoles.heldOut.labelled: ${heldOut.length}\n`);
  process.stdout.write(`quantityRoles.heldOut.accuracy: ${fixed(share(heldOut, (r) => r.roleCorrect))}\n`);
  for (const r of [...results, ...heldOut].filter(
    (result) => !result.roleCorrect || !result.approximateCorrect || !result.fromCorrect,
  )) {
    const got = r.found ? `${r.found.role}${r.found.approximate ? ' ~' : ''} from ${r.found.from}` : 'not found';
    process.stdout.write(`# ${r.label.owner} ${r.label.text}: labelled ${r.label.role}, extracted ${got}\n`);
  }
}
