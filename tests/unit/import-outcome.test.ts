import { describe, expect, it } from 'vitest';
import { readDisposition } from '../../core/import/extract/disposition';
import { readOutcome } from '../../core/import/extract/outcome';
import type { PartyLists } from '../../core/import/extract/types';

const noAppeal: PartyLists = { plaintiffs: ['甲'], defendants: ['某局'], thirdParties: [], appellants: [] };

/** Outcome of a synthetic text, read the way the importer does (operative part, then outcome). */
function outcomeOf(text: string, parties: PartyLists = noAppeal) {
  const d = readDisposition(text, text.length);
  return readOutcome(d.disposition, text, d.dispositionSpan?.start ?? text.length, parties);
}

describe('the operative verb of an order item decides the outcome', () => {
  it('a rejected claim to revoke or to declare unlawful is not a loss', () => {
    for (const order of [
      '驳回原告甲要求撤销被告某局第7号查封决定的请求。',
      '驳回原告甲请求确认被告某局扣押行为违法的诉讼请求。',
      '一、驳回原告甲的诉讼请求；二、案件受理费50元由原告负担。',
    ]) {
      const r = outcomeOf(`依照某法第六十九条之规定，判决如下：\n${order}\n`);
      expect(r.kind).toBe('驳回诉讼请求');
      expect(r.agencyLost).toBe(false);
      expect(r.libraryOutcome).toBeNull();
    }
  });

  it('an order that revokes is still read as 撤销', () => {
    const r = outcomeOf('依照某法第七十条之规定，判决如下：\n撤销被告某局作出的第7号处罚决定。\n');
    expect(r).toEqual({ kind: '撤销', agencyLost: true, libraryOutcome: '撤销' });
  });
});

describe('驳回上诉，维持原判 takes the upheld first-instance order', () => {
  const appeal = (firstOrder: string) =>
    [
      '原审法院认为某局未尽职责，依照某法第七十二条之规定，判决如下：',
      firstOrder,
      '某局不服，提起上诉。',
      '本院认为，原审判决正确。依照某法第八十九条之规定，于2020年5月6日判决：',
      '驳回上诉，维持原判。',
      '本判决为终审判决。',
    ].join('\n');

  it('an upheld order to perform a duty is a loss: 责令履行', () => {
    const r = outcomeOf(
      appeal('被告某局应于本判决生效之日起三十日内对原告甲的举报依法作出处理并履行告知的法定职责。'),
    );
    expect(r).toEqual({ kind: '维持原判', agencyLost: true, libraryOutcome: '责令履行' });
  });

  it('an upheld rejection of the claims is not a loss', () => {
    const r = outcomeOf(appeal('驳回原告甲要求撤销被告某局答复的诉讼请求。'));
    expect(r).toEqual({ kind: '维持原判', agencyLost: false, libraryOutcome: null });
  });
});
