import type { Migration } from './types';

/**
 * Seeds the loss-reason and enforcement-step vocabularies. The values are written out here,
 * not read from db/model/taxonomy.ts, because a migration must do the same thing forever;
 * later changes to the vocabularies get migrations of their own.
 */
export const seedTaxonomy: Migration = {
  version: 2,
  name: 'seed-taxonomy',
  up(db) {
    const reasons: [string, string, string, string][] = [
      [
        'evidence',
        '主要证据不足',
        '行政诉讼法第七十条第一项',
        '认定事实的主要证据不足或者未能举证证明行政行为合法',
      ],
      [
        'law',
        '适用法律、法规错误',
        '行政诉讼法第七十条第二项',
        '适用的法律、法规、规章错误，或者依据的规范性文件不合法',
      ],
      ['procedure', '违反法定程序', '行政诉讼法第七十条第三项', '未履行告知、听证、送达、说明理由等法定程序'],
      ['ultra-vires', '超越职权', '行政诉讼法第七十条第四项', '行政机关超出法定权限或者无权作出该行为'],
      ['abuse', '滥用职权', '行政诉讼法第七十条第五项', '背离法定目的行使职权'],
      ['unreasonable', '明显不当', '行政诉讼法第七十条第六项', '处理结果明显不合理、过罚不相当'],
      [
        'minor-procedure',
        '程序轻微违法',
        '行政诉讼法第七十四条第一款第二项',
        '程序轻微违法但对原告权利不产生实际影响，确认违法',
      ],
      [
        'nonperformance',
        '不履行或拖延履行法定职责',
        '行政诉讼法第七十二条、第七十四条第二款第三项',
        '不履行、拖延履行或者逾期答复',
      ],
      [
        'void',
        '重大且明显违法',
        '行政诉讼法第七十五条',
        '实施主体不具有行政主体资格或者没有依据等重大且明显违法情形',
      ],
      [
        'agreement-breach',
        '行政协议违约',
        '行政诉讼法第七十八条',
        '不依法履行、未按照约定履行或者违法变更、解除行政协议',
      ],
    ];
    const insertReason = db.prepare(
      'INSERT INTO loss_reasons (code, name, article, description, position) VALUES (?, ?, ?, ?, ?)',
    );
    reasons.forEach(([code, name, article, description], i) =>
      insertReason.run(code, name, article, description, i),
    );

    const steps: [string, string][] = [
      ['authority', '职权与主体'],
      ['filing', '立案/受理'],
      ['investigation', '调查取证'],
      ['notice-hearing', '告知与听证/陈述申辩'],
      ['legal-basis', '法律适用与依据'],
      ['decision-reasoning', '决定与说明理由'],
      ['proportionality', '裁量与过罚相当'],
      ['service', '送达'],
      ['execution', '执行'],
      ['reply-deadline', '答复期限'],
      ['agreement', '协议订立与履行'],
      ['compensation', '补偿与赔偿'],
    ];
    const insertStep = db.prepare('INSERT INTO enforcement_steps (code, name, position) VALUES (?, ?, ?)');
    steps.forEach(([code, name], i) => insertStep.run(code, name, i));
  },
};
