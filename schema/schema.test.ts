import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from './index';

const schema = buildSchema(typeDefs);
const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !builtIn.has(type.name),
);

describe('schema/', () => {
  it('builds into one valid schema with the public entry points', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const entryPoints = ['regions', 'policies', 'policy', 'clause', 'cascade', 'coverage', 'gaps', 'compare'];
    for (const name of [...entryPoints, 'departments', 'programs', 'search', 'neighborhood', 'path']) {
      expect(query, name).toHaveProperty(name);
    }
    expect(schema.getMutationType()?.getFields()).toHaveProperty('importPolicy');
  });

  it('documents every type and every field', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no empty enum', () => {
    const empty = ownTypes.filter((type) => isEnumType(type) && type.getValues().length === 0).map((type) => type.name);
    expect(empty).toEqual([]);
  });
});
