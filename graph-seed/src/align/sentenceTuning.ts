/** Thresholds of sub-clause matching (sentenceMerges.ts), measured by bench/alignment.ts. */
export const SENTENCE_TUNING = {
  /** A sentence must resemble the measure's pooled words this much… */
  floor: 0.15,
  /** …and more than any other measure's by this much. */
  margin: 0.12,
  /** Shorter sentences (matchable characters) say too little to carry a measure. */
  minLength: 6,
  /**
   * A short sentence (at most `namedLength` matchable characters) that names the measure — holds a term of the
   * measure's heading found in at most one clause outside it, such as 赛事 in 培育赛事经济新增长点 — needs only this
   * likeness and this lead (办好ITF湖州国际网球公开赛、湖州马拉松等多项品牌赛事: 27 characters, 0.09). In a long
   * sentence such a term is as likely an aside (依托沪乍杭铁路…等重大项目建设,加快建设多式联运体系…).
   */
  namedLength: 30,
  namedFloor: 0.08,
  namedMargin: 0.04,
} as const;
