import { numberToChinese } from '../../shared/numerals';
import type { Block, BlockDocument } from './blocks';
import { lossReasonArticle, lossReasonName, provisionLabel, stepName } from './labels';
import { CASES_PER_DEPARTMENT, knownKey, overviewSentences, percent, type ReportData } from './report';
import { UNKNOWN_KEY } from '../../db/repos/stats';
import { orMissing } from '../../shared/display';

/** Cases whose judgment does not state the agency's type get a section that says so, not 未注明. */
const agencyHeading = (agencyType: string) => (agencyType === UNKNOWN_KEY ? '未载明机关类型' : agencyType);

/** 0 → 一, 10 → 十一: section numbers stay Chinese however many sections there are. */
const ordinal = (i: number) => numberToChinese(i + 1);

/** The yearly report (行政诉讼败诉原因分析报告) as blocks, chapter by chapter. */
export function reportBlocks(d: ReportData): BlockDocument {
  const s = d.summary;
  const t = d.template;
  const blocks: Block[] = [{ kind: 'title', text: t.title }];
  if (t.issuer) blocks.push({ kind: 'byline', text: t.issuer });
  blocks.push({ kind: 'byline', text: `${t.year} 年度` });
  for (const para of t.opening
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    blocks.push({ kind: 'para', text: para });
  }
  const chart = (id: string, caption: string) => {
    const spec = d.charts.find((c) => c.id === id);
    if (spec) blocks.push({ kind: 'chart', spec, caption });
  };
  let chapter = 0;
  const h1 = (text: string) =>
    blocks.push({ kind: 'heading', level: 1, text: `${ordinal(chapter++)}、${text}` });

  h1('总体情况');
  for (const text of overviewSentences(d)) blocks.push({ kind: 'para', text });
  if (!s.total) return { title: t.title, blocks };
  chart('year', '图1　败诉案件年度分布');
  blocks.push({
    kind: 'table',
    headers: ['案件类别', '件数', '占比'],
    widths: [50, 25, 25],
    rows: s.byCategory.map((r) => [r.key, String(r.count), percent(r.count, s.total)]),
  });
  chart('category', '图2　败诉案件类别分布');

  h1('败诉原因分析');
  blocks.push({
    kind: 'para',
    text: '以下为人民法院判决行政机关败诉所依据的理由。一件案件可能同时存在多项败诉原因，故各项之和可能大于案件总数。',
  });
  blocks.push({
    kind: 'table',
    headers: ['败诉原因', '法律依据', '件数', '占案件总数'],
    widths: [30, 40, 12, 18],
    rows: s.byLossReason.map((r) => [
      lossReasonName(r.key),
      lossReasonArticle(r.key),
      String(r.count),
      percent(r.count, s.total),
    ]),
  });
  chart('lossReason', '图3　败诉原因分布');
  chart('categoryLossReason', '图4　案件类别与败诉原因交叉分布（单位：件）');

  if (s.byEnforcementStep.length) {
    h1('问题所在的执法环节');
    blocks.push({
      kind: 'table',
      headers: ['执法环节', '件数', '占比'],
      widths: [50, 25, 25],
      rows: s.byEnforcementStep.map((r) => [stepName(r.key), String(r.count), percent(r.count, s.total)]),
    });
    chart('enforcementStep', '图5　问题环节分布');
  }

  h1('各部门败诉情况');
  blocks.push({
    kind: 'table',
    headers: ['机关类型', '件数', '主要败诉原因', '裁判结果'],
    widths: [22, 10, 38, 30],
    rows: d.departments.map((dep) => [
      agencyHeading(dep.agencyType),
      String(dep.count),
      dep.reasons
        .slice(0, 3)
        .map((r) => `${lossReasonName(r.key)} ${r.count}`)
        .join('；'),
      dep.outcomes.map((o) => `${o.key} ${o.count}`).join('；'),
    ]),
  });
  chart('agencyType', '图6　被告机关类型分布');
  d.departments.forEach((dep, i) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `（${ordinal(i)}）${agencyHeading(dep.agencyType)}（${dep.count} 件）`,
    });
    blocks.push({
      kind: 'table',
      headers: ['案件', '案号', '被告', '败诉原因'],
      widths: [38, 22, 18, 22],
      rows: dep.cases.map((c) => [
        c.title,
        orMissing(c.caseNumber),
        orMissing(c.defendant),
        c.lossReasons.map(lossReasonName).join('、'),
      ]),
    });
    if (dep.count > CASES_PER_DEPARTMENT)
      blocks.push({
        kind: 'para',
        small: true,
        text: `另有 ${dep.count - CASES_PER_DEPARTMENT} 件未列出，可在案鉴中按机关类型筛选查看。`,
      });
  });
  if (d.defendants.some((r) => knownKey(r.key))) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `（${ordinal(d.departments.length)}）败诉较多的被告机关`,
    });
    blocks.push({
      kind: 'table',
      headers: ['被告机关', '件数'],
      widths: [80, 20],
      rows: d.defendants.map((r) => [r.key, String(r.count)]),
    });
  }

  h1('主要败诉原因及典型案例');
  d.reasons.forEach((r, i) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `（${ordinal(i)}）${r.name}（${r.count} 件，占 ${percent(r.count, s.total)}）`,
    });
    blocks.push({ kind: 'para', text: `${r.description}。法律依据：${r.article}。` });
    r.examples.forEach((e, j) => {
      const meta = [e.caseNumber, e.court].filter(Boolean).join('，');
      blocks.push({
        kind: 'para',
        text: `典型案例${j + 1}：${e.title}${meta ? `（${meta}）` : ''}${e.ground ? `。${e.ground}` : ''}`,
      });
    });
  });

  if (s.topProvisions.length) {
    h1('败诉案件中常被援引的法律条文');
    blocks.push({
      kind: 'table',
      headers: ['法律条文', '援引案件数'],
      widths: [75, 25],
      rows: s.topProvisions.map((p) => [provisionLabel(p.key), String(p.count)]),
    });
  }
  return { title: t.title, blocks };
}
