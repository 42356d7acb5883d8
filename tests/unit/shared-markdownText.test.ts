import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../shared/markdownText';

describe('Markdown as the diff shows it', () => {
  it('drops the marks a reader never sees and keeps lines', () => {
    const md =
      '## 评析\n\n被告**未听证**即作出决定，见[原文](http://x)。\n\n- 第一点\n- `第二点`\n\n\n> 引文';
    expect(markdownToPlainText(md)).toBe(
      '评析\n\n被告未听证即作出决定，见原文。\n\n• 第一点\n• 第二点\n\n引文',
    );
  });
});

describe('one line, one paragraph', () => {
  it('makes each prose line a paragraph and leaves lists alone', async () => {
    const { linesToParagraphs } = await import('../../shared/markdownText');
    expect(linesToParagraphs('一审：驳回。\n二审：撤销。')).toBe('一审：驳回。\n\n二审：撤销。');
    expect(linesToParagraphs('- 甲\n- 乙')).toBe('- 甲\n- 乙');
    expect(linesToParagraphs('说明：\n- 甲')).toBe('说明：\n- 甲');
  });
});
