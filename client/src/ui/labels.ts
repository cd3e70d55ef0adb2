import type { ClauseCard, RegionLevel } from '../api/fragments';
import type { EdgeOrigin } from '../api/generated/graphql';

/** Chinese names of the government levels, as analysts read them. */
export const LEVEL_NAMES: Record<RegionLevel, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县(市、区)级' };

/** 秀洲区, or the policy title for a document without a region. */
export function localityOf(clause: ClauseCard): string {
  return clause.policy.region?.name ?? clause.policy.title;
}

/** "(一) 推动高能级科创平台提质增效", or the title alone for an inferred clause (it has no label). */
export function clauseHeading(clause: Pick<ClauseCard, 'label' | 'title'>): string {
  return clause.label ? `${clause.label} ${clause.title}` : clause.title;
}

/** What an edge a reviewer confirmed or added is called: its badge in the clause panel, its tooltip in the cascade. */
export const ORIGIN_TEXT: Record<EdgeOrigin, string> = {
  MACHINE: '',
  REVIEWED: 'confirmed by a reviewer 已确认',
  ADDED: 'added by a reviewer 人工添加',
};
