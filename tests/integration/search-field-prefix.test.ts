import { describe, expect, it } from 'vitest';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceForFile } from '../helpers/tempLibrary';

/**
 * 法院: searches the court alone and 机关: the defendant (and agency type) alone, though both
 * live in one metadata column with the region, loss reasons and statutes.
 */
describe('field prefixes 法院: and 机关:', () => {
  const lib = serviceForFile(emptyService);

  it('adds cases whose court, defendant and region name different places', async () => {
    const cases = [
      {
        title: '甲诉上海市某区市场监督管理局行政处罚案',
        court: '北京市海淀区人民法院',
        defendant: '上海市某区市场监督管理局',
        region: '江苏省',
      },
      {
        title: '乙诉北京市某区人力资源和社会保障局工伤认定案',
        court: '上海市第三中级人民法院',
        defendant: '北京市某区人力资源和社会保障局',
        region: '江苏省',
      },
      {
        title: '丙诉某县自然资源局行政强制案',
        court: '江苏省南京市中级人民法院',
        defendant: '某县自然资源局',
        region: '北京市',
      },
    ];
    let n = 0;
    for (const c of cases)
      await lib.service.call('cases.save', {
        case: sampleCase({ ...c, caseNumber: `（2021）测02行初${++n}号`, agencyType: null }),
      });
  });

  const first = async (q: string) =>
    (await lib.service.call('search.query', { q, limit: 20 })).hits.map((h) => h.title.slice(0, 1)).sort();

  it('法院: matches the court, not the defendant or region', async () => {
    expect(await first('法院:北京')).toEqual(['甲']);
    expect(await first('法院：上海')).toEqual(['乙']);
    expect(await first('法院:中级人民法院')).toEqual(['乙', '丙'].sort());
  });

  it('机关: matches the defendant, not the court or region', async () => {
    expect(await first('机关:北京')).toEqual(['乙']);
    expect(await first('机关:上海')).toEqual(['甲']);
    expect(await first('机关:自然资源局')).toEqual(['丙']);
  });

  it('combines with plain words and exclusions', async () => {
    expect(await first('法院:北京 行政处罚')).toEqual(['甲']);
    expect(await first('北京 -法院:北京')).toEqual(['乙', '丙'].sort());
    expect(await first('法院:北京 OR 机关:北京')).toEqual(['甲', '乙'].sort());
  });

  it('brackets group field terms with plain words', async () => {
    expect(await first('(法院:北京 OR 机关:北京) 工伤')).toEqual(['乙']);
    expect(await first('(法院:北京 工伤) OR 机关:自然资源局')).toEqual(['丙']);
  });

  it('a plain word still finds every field', async () => {
    expect(await first('北京')).toEqual(['甲', '乙', '丙'].sort());
  });
});
