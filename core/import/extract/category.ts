import type { AgencyType, Category } from '../../../shared/taxonomy';
import type { Span } from './types';

export interface Proposal<T> {
  value: T;
  /** The words the value was read from ('' when nothing matched and the default was taken). */
  evidence: string;
  span?: Span;
}

/**
 * What kind of administrative act the case is about, in the order a lawyer would file it: the
 * specific regimes (信息公开, 协议, 征收, 拆迁) before the general forms of action.
 */
const CATEGORY_WORDS: [RegExp, Category][] = [
  [/信息公开/, '政府信息公开'],
  [/行政协议|征收补偿协议|安置补偿协议|安置协议|补偿安置协议|特许经营协议|行政合同/, '行政协议'],
  [/房屋征收|国有土地上房屋|征收决定|征收补偿决定/, '房屋征收'],
  [
    /征地|集体土地|拆迁|强拆|强制拆除|强行拆除|拆除[^，。；]{0,6}房屋|房屋[^，。；]{0,6}(强制|拆除)|限期拆除|责令拆除/,
    '征地拆迁',
  ],
  [/征收/, '房屋征收'],
  [/不履行|履行[^，。；]{0,4}(法定)?职责|不作为|未予?答复|不予答复|拒绝履行/, '不履行法定职责'],
  [/处罚|罚款|吊销|拘留|没收|警告|责令停产停业/, '行政处罚'],
  [/强制措施|强制执行|查封|扣押|冻结|强制/, '行政强制'],
  [/许可|审批|批准|准予|不予批准|采矿权|规划/, '行政许可'],
  [/认定|确认|登记|鉴定|颁发[^，。；]{0,12}证|颁证|证书/, '行政确认'],
];

/** In the facts, only words that name a regime: 批准/确认/强制 alone occur in any case. */
const FACT_WORDS: [RegExp, Category][] = [
  [/信息公开/, '政府信息公开'],
  [/行政协议|补偿协议|安置协议|特许经营协议/, '行政协议'],
  [/房屋征收|征收决定|征收补偿|征收/, '房屋征收'],
  [/征地|集体土地|拆迁|强拆|强制拆除|强行拆除|拆除|清场/, '征地拆迁'],
  [/不履行[^，。；]{0,4}职责|不作为|未予?答复|不予答复/, '不履行法定职责'],
  [/行政处罚|处罚决定|罚款|吊销|行政拘留/, '行政处罚'],
  [/强制措施|强制执行|查封|扣押|冻结/, '行政强制'],
  [/行政许可|许可证|审批|采矿权|规划许可/, '行政许可'],
  [/工伤认定|责任认定|认定工伤|不动产登记|房屋登记|土地登记|颁发[^，。；]{0,12}证/, '行政确认'],
];

function firstMatch<T>(
  rules: [RegExp, T][],
  text: string,
  offset: number,
): { value: T; evidence: string; span: Span } | undefined {
  for (const [re, value] of rules) {
    const m = re.exec(text);
    if (m)
      return {
        value,
        evidence: m[0],
        span: { start: offset + m.index, end: offset + m.index + m[0].length },
      };
  }
  return undefined;
}

/**
 * The category from the 案由 first (what the court says the case is about). Where the 案由 is
 * generic (行政赔偿, 行政复议, 行政行为违法), the facts before the court's reasoning decide: the
 * category whose words recur most there, the earlier rule on a tie.
 */
export function proposeCategory(
  cause: { text: string; span?: Span },
  facts: { text: string; start: number },
  disposition: { text: string; start: number },
): Proposal<Category> {
  const fromCause = firstMatch(CATEGORY_WORDS, cause.text, cause.span?.start ?? 0);
  if (fromCause) return { ...fromCause, span: cause.span ? fromCause.span : undefined };
  let best: { count: number; value: Category; evidence: string; span: Span } | undefined;
  // 征收 of collective land (征地) is 征地拆迁; of urban houses, 房屋征收.
  const rural = /集体土地|征地|农村|村民/.test(facts.text);
  // Removing an illegal building (拆违) is not 征地拆迁 unless land or houses are being taken.
  const illegalBuilding =
    /违法建设|违法建筑|违章建筑|违建/.test(facts.text) && !/征收|征地|拆迁/.test(facts.text);
  for (const [re, fact] of FACT_WORDS) {
    const value = fact === '房屋征收' && rural ? '征地拆迁' : fact;
    if (value === '征地拆迁' && illegalBuilding) continue;
    const all = [...facts.text.matchAll(new RegExp(re.source, 'g'))];
    const first = all[0];
    if (!first || (best && best.count >= all.length)) continue;
    const start = facts.start + first.index;
    best = { count: all.length, value, evidence: first[0], span: { start, end: start + first[0].length } };
  }
  if (best) return { value: best.value, evidence: best.evidence, span: best.span };
  const fromDisposition = firstMatch(CATEGORY_WORDS, disposition.text, disposition.start);
  if (fromDisposition) return fromDisposition;
  return { value: '其他', evidence: '' };
}

/** The type of agency from its name; township and sub-district bodies before 人民政府 in general. */
const AGENCY_WORDS: [RegExp, AgencyType][] = [
  [/(镇|乡)人民政府|街道办事处|办事处|(镇|乡)政府/, '街道办事处/乡镇'],
  [/公安|派出所|交警|交通警察|看守所|交通管理局|交通支队|交巡警/, '公安'],
  [/自然资源|国土|规划|海洋|林业|测绘/, '自然资源/国土'],
  [/住房|住建|建设局|建委|建设委员会|房管|房产|房屋管理|房地产|不动产/, '住房城乡建设/房管'],
  [/医疗保障|医保|社会保险[^，。；]{0,6}中心|社保中心|社会保险事业|经办/, '医疗保障/社保经办'],
  [/人力资源|劳动|社会保障|人事局|劳保/, '人力资源社会保障'],
  [/市场监督|市场监管|工商|质量技术监督|质监|食品药品|药品监督|药监|物价|知识产权/, '市场监管/工商'],
  [/生态环境|环境保护|环保/, '生态环境'],
  [/海事|港航|港务|港口/, '海事/港航'],
  [/交通运输|交通局|运输管理|公路|交通委/, '交通运输'],
  [/民政(局|厅|部)/, '民政'],
  [/大学|学院|学校|教育/, '教育/高校'],
  [/卫生|计划生育|卫计|计生|疾病预防/, '卫生健康'],
  [/城市管理|城管|综合执法|行政执法局/, '城市管理/综合执法'],
  [/盐务|盐业|烟草|专卖/, '盐务/专卖'],
  [/人民政府|政府/, '人民政府'],
];

export function proposeAgencyType(defendant: string, span?: Span): Proposal<AgencyType> | undefined {
  if (!defendant) return undefined;
  const m = firstMatch(AGENCY_WORDS, defendant, span?.start ?? 0);
  if (!m) return { value: '其他', evidence: defendant, span };
  return { value: m.value, evidence: defendant, span };
}
