/** The alias table seen from search and from the departments list: every name of a department, nested names. */
import { describe, expect, it } from 'vitest';
import { departmentFunctions, departmentNames, nestedDepartmentNames } from './departmentCanon';

describe('departmentNames', () => {
  it('gives the whole entry for a full name, a short name, a Traditional or a prefixed one', () => {
    const reform = departmentNames('发展和改革局');
    expect(reform).toContain('发改局');
    expect(reform).toContain('发展改革委');
    expect(departmentNames('發改局')).toEqual(reform);
    expect(departmentNames('区发改局')).toEqual(reform);
    expect(departmentNames('人力资源和社会保障局')).toEqual(expect.arrayContaining(['人社局', '人力社保局']));
  });

  it('knows nothing of words that are not departments', () => {
    expect(departmentNames('首台套')).toEqual([]);
    expect(departmentNames('科技')).toEqual([]);
  });
});

describe('nestedDepartmentNames', () => {
  it('reads the bracketed names of 秀洲, 海宁 and 平湖 as the departments they are', () => {
    expect(nestedDepartmentNames('区委组织部（区委人才办）', '330411')).toEqual(['人才办']);
    expect(nestedDepartmentNames('市委组织部〔人才办〕', '330481')).toEqual(['人才办']);
    expect(nestedDepartmentNames('組織部<人才辦>', '330482')).toEqual(['人才办']);
    expect(nestedDepartmentNames('区科技局', '330411')).toEqual([]);
  });
});

describe('departmentFunctions', () => {
  it('names each function key by the department that owns it, once', () => {
    const functions = departmentFunctions();
    expect(functions).toContainEqual({ key: 'development-reform', name: '发改局' });
    expect(functions).toContainEqual({ key: 'science', name: '科技局' });
    expect(functions).toContainEqual({ key: 'sports', name: '教体局' });
    expect(functions).toContainEqual({ key: 'commerce', name: '商务局' });
    expect(functions).toContainEqual({ key: 'economy', name: '经信局' });
    expect(new Set(functions.map((f) => f.key)).size).toBe(functions.length);
  });
});
