import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { parsePolicyText } from '../parse/parsePolicy';
import { alignCorpus } from './alignCorpus';

// Written for this test: a 嘉善县 document in Traditional script carrying 浙政发〔2025〕3号 down. Clause (一) is headed
// like the provincial measure 推动企业数字化、绿色化改造提速提质提效 (a comma for the 、) but, like 南湖's imported
// clause, speaks only of 数字化改造 projects, the vocabulary of the neighbouring 加快数实融合发展 measure.
const HEADER = `嘉善縣推動經濟高質量發展若干政策(2026年版)
根據《浙江省人民政府印發關於推動經濟高質量發展若干政策(2025年版)的通知》(浙政發〔2025〕3號)精神,結合嘉善實際,制定以下政策。
一、加快先進製造業發展(由縣經信局牽頭)
`;
const DIGITAL_UNDER_MEASURE_HEADING = `(一)推動企業數字化,綠色化改造提速提質提效。實施製造業數字化改造項目30個以上,對列入省級數字化改造項目的企業給予最高80萬元補助。(責任單位:縣經信局、縣財政局)
(二)建設祥符蕩科創綠谷人才公寓。建成人才公寓500套,對入住的青年人才給予每月1000元租金補貼。(責任單位:縣人力社保局)
`;
// The same heading over a body that is plainly the 以旧换新 measure: the body says otherwise.
const TRADE_IN_UNDER_MEASURE_HEADING = `(一)推動企業數字化、綠色化改造提速提質提效。支持汽車置換更新,新能源汽車最高補貼1.5萬元/輛。家電補貼擴圍至24類,一級、二級能效家電分別按20%、15%補貼。支持家居換新,提高電動自行車新車購買補貼力度,繼續發放各類消費券。(責任單位:縣商務局)
`;

function alignWith(body: string) {
  const { document } = parsePolicyText(HEADER + body, 'jiashan-2026.txt');
  if (!document) throw new Error('the test document did not parse');
  const docs: PolicyDocument[] = [...loadCorpus().documents, document];
  const result = alignCorpus(docs, createPolicyIdIndex(docs));
  const titleOf = (id: string) => result.nodes.find((n) => n.id === id)?.properties.title;
  const implemented = (clauseId: string) =>
    result.edges
      .filter((e) => e.type === 'IMPLEMENTS' && e.from === clauseId)
      .map((e) => titleOf(e.to))
      .sort();
  return { id: document.policy.id, result, implemented };
}

describe('a clause headed exactly like a measure', () => {
  it('carries that measure although its body is closer to a neighbouring one', () => {
    const { id, implemented, result } = alignWith(DIGITAL_UNDER_MEASURE_HEADING);
    expect(id).toBe('330421-2026');
    expect(implemented(`${id}/c1`)).toContain('推动企业数字化、绿色化改造提速提质提效');
    // Its 数字化改造 body agrees with the digital measure's documents too: a merge, kept.
    expect(implemented(`${id}/c1`)).toContain('加快数实融合发展');
    expect(result.localAdditions).toContain(`${id}/c2`);
    const titles = result.nodes.filter((n) => n.id.startsWith('330000-2025/c')).map((n) => n.properties.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('does not carry it when the body plainly carries another measure', () => {
    const { id, implemented } = alignWith(TRADE_IN_UNDER_MEASURE_HEADING);
    expect(implemented(`${id}/c1`)).toEqual(['更大力度支持消费品以旧换新']);
  });
});
