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
