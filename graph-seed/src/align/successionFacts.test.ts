import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../io/readPolicy';
import { corpusIdf, profileClauses, type ClauseProfile } from './profiles';
import { carriesTarget, sharesTargetObject } from './successionFacts';

let clause: (id: string) => ClauseProfile;

beforeAll(() => {
  const { documents } = loadCorpus();
  const docs = ['330411-2025', '330411-2024-draft'].map((id) => documents.find((d) => d.policy.id === id)!);
  const profiles = new Map(
    profileClauses(docs, corpusIdf(documents))
      .flat()
      .map((p) => [p.clause.id, p]),
  );
  clause = (id) => profiles.get(id)!;
});

describe('structured facts of succession on 秀洲 2025 and its 2024 draft', () => {
  it('finds a target figure carried over with its object, whichever end states it', () => {
    // Draft 引导民间投资项目占出让工业用地比重不低于70% → 2025 …在“3个70%”的基础上… 民间投资.
    expect(carriesTarget(clause('330411-2025/c36'), clause('330411-2024-draft/c4'))).toBe(true);
    expect(carriesTarget(clause('330411-2024-draft/c5'), clause('330411-2025/c36'))).toBe(true);
  });

  it('leaves out money: a reward tier of 50万元 for another object is not carried content', () => {
    // 2025 (七) and draft (十) both give 50万元, to different things (科技领军企业 is named in passing).
    expect(carriesTarget(clause('330411-2025/c7'), clause('330411-2024-draft/c10'))).toBe(false);
  });

  it('needs the figure as a whole number: 70% is not read inside 170%', () => {
    const draft = clause('330411-2024-draft/c4');
    const edited = { ...clause('330411-2025/c36') };
    edited.clause = { ...edited.clause, textSimplified: edited.clause.textSimplified.replaceAll('70%', '170%') };
    expect(carriesTarget(edited, draft)).toBe(false);
  });

  it('finds the object a target counts named in the other text, four characters or more', () => {
    expect(sharesTargetObject(clause('330411-2025/c30'), clause('330411-2024-draft/c47'))).toBe(true);
    expect(sharesTargetObject(clause('330411-2025/c17'), clause('330411-2024-draft/c46'))).toBe(true);
    // 以旧换新 and 打造消费新场景 share 家电: two characters, no object.
    expect(sharesTargetObject(clause('330411-2025/c14'), clause('330411-2024-draft/c46'))).toBe(false);
  });
});
