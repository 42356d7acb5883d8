import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { emptyService, serviceForFile } from '../helpers/tempLibrary';
import { sampleCase } from '../helpers/sampleCase';

describe('list import: .xlsx/.csv by Chinese header, 案鉴 JSON, template', () => {
  const lib = serviceForFile(emptyService);

  it('the template fills back in: header + example row become one draft', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const template = await lib.service.call('import.template', { format });
      expect(template.name).toBe(`案例清单模板.${format}`);
      const preview = await lib.service.call('import.preview', {
        files: [{ name: template.name, dataBase64: template.dataBase64 }],
      });
      expect(preview.failures).toEqual([]);
      expect(preview.drafts).toHaveLength(1);
      const c = preview.drafts[0]!.case;
      expect(c).toMatchObject({ category: '房屋征收', outcome: '撤销', courtLevel: '中级', status: 'draft' });
      expect(c.lossReasons.map((r) => r.code)).toEqual(['procedure', 'evidence']);
      expect(c.provisions[0]).toMatchObject({ law: '国有土地上房屋征收与补偿条例', article: 26 });
    }
  });

  it('reads an .xlsx with columns in any order, a GBK .csv and JSON; bad rows are named', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('案例');
    sheet.addRow(['结果', '标题', '类别', '案号', '裁判日期', '败诉原因']);
    sheet.addRow([
      '确认违法',
      '甲诉乙局信息公开案',
      '政府信息公开',
      '（2022）测01行初5号',
      '2022-03-01',
      '不履行或拖延履行法定职责',
    ]);
    sheet.addRow(['撤销', '', '行政处罚', '', '', '']);
    const xlsxData = Buffer.from(await wb.xlsx.writeBuffer());
    const csv = iconv.encode(
      '标题,类别,结果,法院\r\n"丙诉丁区政府强拆案,一审",征地拆迁,确认违法,某区人民法院\r\n',
      'gbk',
    );
    const json = JSON.stringify({ cases: [sampleCase({ caseNumber: '（2020）测09行初9号' })] });
    const preview = await lib.service.call('import.preview', {
      files: [
        { name: '清单.xlsx', dataBase64: xlsxData.toString('base64') },
        { name: '清单.csv', dataBase64: csv.toString('base64') },
        { name: '导出.json', dataBase64: Buffer.from(json).toString('base64') },
      ],
    });
    expect(preview.drafts.map((d) => d.case.title)).toEqual([
      '甲诉乙局信息公开案',
      '丙诉丁区政府强拆案,一审',
      sampleCase().title,
    ]);
    expect(preview.drafts[0]!.case.lossReasons[0]!.code).toBe('nonperformance');
    expect(preview.failures).toHaveLength(1);
    expect(preview.failures[0]!.name).toBe('清单.xlsx 第 3 行');
    expect(preview.failures[0]!.message).toMatch(/清单\.xlsx 第 3 行：“标题”列：标题不能为空/);
    const committed = await lib.service.call('import.commit', { drafts: preview.drafts });
    expect(committed.imported).toHaveLength(3);
    const list = await lib.service.call('cases.list', {});
    expect(list.total).toBe(3);
  });
});
