/**
 * A small hand-made PolicyGraph for the repository contract suite, following DESIGN.md §3 and the agreed alignment
 * shape: the province stub 330000-2025 and the 嘉兴 city stub 330400-2025 with inferred skeletons, 湖州's city
 * document, three county documents (秀洲 2025, 秀洲 2024 draft, 海宁 2025), departments, programs, targets,
 * CORRESPONDS_TO between peers and SUCCEEDS from 秀洲 2025 to its draft. Texts are shortened from the corpus.
 */
import type { PolicyGraph, Properties } from '@policy-cascade/graph-seed';
import {
  align,
  assign,
  department,
  document,
  edge,
  edges,
  node,
  nodes,
  policy,
  region,
  stubSkeleton,
  target,
} from './repositoryFixtureBuilder';

region('330000', '浙江省', 'PROVINCE');
region('330400', '嘉兴市', 'CITY', '330000');
region('330500', '湖州市', 'CITY', '330000');
region('330411', '秀洲区', 'COUNTY', '330400');
region('330481', '海宁市', 'COUNTY', '330400');

policy('330000-2025', '330000', {
  title: '浙江省推动经济高质量发展若干政策(2025年版)',
  docNumber: '浙政发〔2025〕3号',
  year: 2025,
  stub: true,
});
policy('330400-2025', '330400', {
  title: '嘉兴市推动经济高质量发展若干政策',
  docNumber: '嘉政发〔2025〕6号',
  year: 2025,
  stub: true,
});
const issued = (title: string, year: number, status: string, script: string, sourceFile: string): Properties => ({
  title,
  issuer: title.slice(0, 3),
  year,
  publishedOn: `${year}-05-23`,
  status,
  script,
  sourceFile,
  stub: false,
});
policy(
  '330500-2025',
  '330500',
  issued('湖州市關於推動經濟高質量發展若干政策', 2025, 'ISSUED', 'TRADITIONAL', '330500-huzhou-2025.txt'),
);
policy(
  '330411-2025',
  '330411',
  issued('秀洲區推動經濟高質量發展若干政策(2025年版)', 2025, 'ISSUED', 'TRADITIONAL', '330411-xiuzhou-2025.txt'),
);
policy(
  '330411-2024-draft',
  '330411',
  issued('秀洲区承接落实方案(征求意见稿)', 2024, 'DRAFT', 'SIMPLIFIED', '330411-xiuzhou-2024-draft.txt'),
);
policy('330481-2025', '330481', {
  ...issued('海宁市承接落实方案', 2025, 'ISSUED', 'SIMPLIFIED', '330481-haining-2025.txt'),
  docNumber: '海政发〔2025〕10号',
});

stubSkeleton('330000-2025', [
  [
    '科技创新',
    [
      ['推动高能级科创平台提质增效', '推动高能级科创平台提质增效。'],
      ['支持科技企业孵化器建设', '支持科技企业孵化器建设。'],
    ],
  ],
  ['产业升级', [['推进制造业数字化改造', '推进制造业数字化改造。']]],
]);
stubSkeleton('330400-2025', [
  [
    '科技创新',
    [
      ['推动高能级科创平台提质增效', '推动高能级科创平台提质增效。'],
      ['支持科技企业孵化器建设', '支持科技企业孵化器建设。'],
    ],
  ],
  ['产业升级', [['推进制造业数字化改造', '推进制造业数字化改造。']]],
]);

document('330500-2025', [
  [
    '科技創新',
    [
      {
        label: '(一)',
        title: '推動高能級科創平臺提質增效',
        text: '推動高能級科創平臺提質增效。實施“尖兵”“領雁”計劃。',
        simplified: '推动高能级科创平台提质增效。实施“尖兵”“领雁”计划。',
      },
      {
        label: '(二)',
        title: '支持科技企業孵化器',
        text: '支持科技企業孵化器。新認定省級孵化器獎勵10萬元。',
        simplified: '支持科技企业孵化器。新认定省级孵化器奖励10万元。',
      },
    ],
  ],
  [
    '湖州特色',
    [{ label: '(三)', title: '建設太湖科學城', text: '建設太湖科學城。', simplified: '建设太湖科学城。', local: true }],
  ],
]);
document('330411-2025', [
  [
    '科技創新',
    [
      {
        label: '(一)',
        title: '推動高能級科創平臺提質增效',
        text: '推動高能級科創平臺提質增效。(責任單位:區科技局、區發改局)',
        simplified: '推动高能级科创平台提质增效。(责任单位:区科技局、区发改局)',
      },
      {
        label: '(二)',
        title: '支持孵化器和數字化改造',
        text: '支持孵化器和數字化改造。省級孵化器獎勵25萬元。',
        simplified: '支持孵化器和数字化改造。省级孵化器奖励25万元。',
      },
      { label: '(三)', title: '秀洲科創走廊', text: '秀洲科創走廊。', simplified: '秀洲科创走廊。', local: true },
    ],
  ],
]);
document('330411-2024-draft', [
  [
    '科技创新',
    [
      { label: '1.', title: '推动科创平台建设', text: '推动科创平台建设。(责任单位:区科技局)' },
      { label: '2.', title: '支持科技企业孵化器', text: '支持科技企业孵化器。省级孵化器奖励20万元。' },
    ],
  ],
]);
document('330481-2025', [
  [
    '科技创新',
    [
      {
        label: '(一)',
        title: '推动高能级科创平台提质增效',
        text: '推动高能级科创平台提质增效。实施尖兵领雁计划。(责任单位:市发改局、市科技局)',
      },
      { label: '(二)', title: '支持科技企业孵化器', text: '支持科技企业孵化器。省级孵化器奖励150万元。' },
    ],
  ],
]);

target('330500-2025/c2', 1, 'SUBSIDY', '省级科技企业孵化器', 10, '万元', '10萬元');
target('330411-2025/c2', 1, 'SUBSIDY', '省级科技企业孵化器', 25, '万元', '25萬元');
target('330411-2024-draft/c2', 1, 'SUBSIDY', '省级科技企业孵化器', 20, '万元', '20万元');
target('330481-2025/c2', 1, 'SUBSIDY', '省级孵化器', 150, '万元', '150万元');
target('330481-2025/c2', 2, 'GOAL', '孵化器', 3, '家', '3家');

const xzScience = department('330411', '科技局', '區科技局', ['science']);
const xzReform = department('330411', '发改局', '區發改局', ['development']);
const hnReform = department('330481', '发改局', '市发改局', ['development']);
const hnScience = department('330481', '科技局', '市科技局', ['science']);
assign('330411-2025/c1', xzScience, xzReform);
assign('330411-2025/c2', xzScience);
assign('330411-2024-draft/c1', xzScience);
assign('330481-2025/c1', hnReform, hnScience);
node('Request', '330411-2024-draft/r1', {
  ordinal: 1,
  item: '省级孵化器认定',
  goal: '争取2家',
  departments: ['区科技局'],
});
edge('HAS_REQUEST', '330411-2024-draft', '330411-2024-draft/r1');
edge('ASSIGNED_TO', '330411-2024-draft/r1', xzScience, { role: 'LEAD', rank: 1 });

node('Program', '尖兵领雁计划', { name: '“尖兵”“领雁”计划', kind: '计划', aliases: ['尖兵领雁'] });
edge('MENTIONS', '330500-2025/c1', '尖兵领雁计划');
edge('MENTIONS', '330481-2025/c1', '尖兵领雁计划');
// Areas and annex rows name programs too: 秀洲's first area preamble and its 2024 request row.
edge('MENTIONS', '330411-2025/s1', '尖兵领雁计划');
edge('MENTIONS', '330411-2024-draft/r1', '尖兵领雁计划');

for (const local of ['330411-2025', '330411-2024-draft', '330481-2025']) edge('IMPLEMENTS', local, '330400-2025');
for (const local of ['330411-2025', '330481-2025', '330500-2025']) edge('IMPLEMENTS', local, '330000-2025');
edge('CITES', '330411-2025', '330500-2025');
edge('CITES', '330481-2025/c2', '330500-2025');

for (const n of [1, 2, 3]) edge('IMPLEMENTS', `330400-2025/c${n}`, `330000-2025/c${n}`, align(0.9, ['inferred']));
edge('IMPLEMENTS', '330500-2025/c1', '330000-2025/c1', align(0.92, ['科创平台', '提质增效']));
edge('IMPLEMENTS', '330500-2025/c2', '330000-2025/c2', align(0.81, ['孵化器']));
edge('IMPLEMENTS', '330411-2025/c1', '330400-2025/c1', align(0.95, ['科创平台', '提质增效']));
edge('IMPLEMENTS', '330411-2025/c2', '330400-2025/c2', align(0.7, ['孵化器'], true));
edge('IMPLEMENTS', '330411-2025/c2', '330400-2025/c3', align(0.6, ['数字化改造'], true));
edge('IMPLEMENTS', '330411-2024-draft/c1', '330400-2025/c1', align(0.66, ['科创平台']));
edge('IMPLEMENTS', '330411-2024-draft/c2', '330400-2025/c2', align(0.8, ['孵化器']));
edge('IMPLEMENTS', '330481-2025/c1', '330400-2025/c1', align(0.97, ['科创平台', '提质增效']));
edge('IMPLEMENTS', '330481-2025/c2', '330400-2025/c2', align(0.83, ['孵化器']));
edge('CORRESPONDS_TO', '330411-2025/c1', '330481-2025/c1', align(0.96, ['科创平台']));
edge('CORRESPONDS_TO', '330411-2025/c1', '330500-2025/c1', align(0.9, ['科创平台']));
edge('CORRESPONDS_TO', '330481-2025/c1', '330500-2025/c1', align(0.91, ['科创平台']));
edge('SUCCEEDS', '330411-2025/c1', '330411-2024-draft/c1', {
  score: 0.7,
  method: 'ngram',
  evidence: ['科创平台'],
  changedQuantities: '[]',
});
edge('SUCCEEDS', '330411-2025/c2', '330411-2024-draft/c2', {
  score: 0.75,
  method: 'ngram',
  evidence: ['孵化器'],
  changedQuantities: '[{"metric":"省级科技企业孵化器","from":200000,"to":250000}]',
});

/** The fixture graph; a fresh copy each call so a test cannot change another's data. */
export function repositoryFixture(): PolicyGraph {
  return structuredClone({ nodes, edges });
}
