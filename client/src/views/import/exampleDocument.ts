/**
 * A short document to try the import with: a made-up 南湖区 (330402) policy written like the corpus documents (an
 * issuer and date, a title, the 根据《…》(浙政发〔2025〕3号) declaration, areas 一、 with clauses (一) and their 责任单位),
 * so it parses, aligns two clauses to provincial measures and leaves one as a local addition.
 */
export const EXAMPLE_SOURCE_NAME = '330402-nanhu-2025.txt';

export const EXAMPLE_TEXT = `嘉兴市南湖区人民政府
2025年6月1日
南湖区推动经济高质量发展若干政策(2025年版)
根据《浙江省关于推动经济高质量发展若干政策(2025年版)》(浙政发〔2025〕3号)要求,结合我区实际,制定本政策。
一、推进教育科技人才一体发展(由区科技局牵头)
(一)推动高能级科创平台提质增效。对新认定的省级科技企业孵化器,给予30万元奖励。(责任单位:区科技局、区财政局)
(二)支持企业加大研发投入。实施企业研发投入补助政策。(责任单位:区科技局)
二、加快先进制造业发展(由区经信局牵头)
(三)支持推动工业领域设备更新和技术改造。对技术改造项目给予最高500万元补助。(责任单位:区经信局)
(四)南湖特色红船文化创意产业扶持。对文化创意企业给予10万元奖励。(责任单位:区文广旅体局)
本政策自2025年6月1日起施行,有效期至2025年12月31日。
`;
