import type { EnforcementStepCode } from '../../../shared/taxonomy';
import { withoutQuotes, type LossReasonEvidence } from './lossReasons';
import { isPartyArgument, type Sentence } from './reasoning';
import type { Span } from './types';

export interface StepEvidence {
  code: EnforcementStepCode;
  ground: string;
  span: Span;
}

/** The step of the agency's procedure a finding names, as courts word it. */
const STEP_WORDS: [EnforcementStepCode, RegExp][] = [
  ['authority', /超越(法定)?职权|无权作出|不具有[^。；]{0,10}(职权|主体资格)|越权/],
  ['filing', /(未|没有|不予)(依法)?(立案|受理)|受案登记/],
  [
    'investigation',
    /(未|没有)[^。；，]{0,8}(调查|核实|核查|勘验|测量|取证)|调查[^。；，]{0,8}(不充分|不全面)|事实不清|证据不足/,
  ],
  [
    'notice-hearing',
    /(未|没有)通知[^。；]{0,20}参加|(未|没有)[^。；，]{0,10}(告知|听证|听取[^。；，]{0,8}(陈述|申辩|意见)|陈述|申辩)|剥夺[^。；，]{0,6}(陈述|申辩)/,
  ],
  ['legal-basis', /适用法律[、，,]?(法规)?(错误|不当)|(缺乏|没有)法律依据|于法无据/],
  [
    'decision-reasoning',
    /(未|没有)[^。；，]{0,8}说明理由|理由不(充分|明)|集体讨论|未载明|决定书[^。；，]{0,10}(未|没有)/,
  ],
  ['proportionality', /明显不当|过罚不相当|显失公正|畸重|裁量[^。；，]{0,6}(不当|失当)/],
  ['service', /(未|没有)[^。；，]{0,10}送达|送达[^。；，]{0,6}(违法|不当|程序)/],
  ['execution', /强制执行|强制拆除|强行拆除|强拆|执行程序/],
  ['reply-deadline', /逾期|(未|没有)[^。；，]{0,10}(期限内|及时)[^。；，]{0,6}(答复|作出)|拖延/],
  ['agreement', /协议/],
  ['compensation', /补偿|赔偿/],
];

/**
 * Enforcement steps named in the sentences where the court found a ground, and in the other
 * fault findings of its reasoning (未告知…, 未送达…). A step is proposed only where the words are.
 */
export function readSteps(reasoning: Sentence[], grounds: LossReasonEvidence[]): StepEvidence[] {
  const out: StepEvidence[] = [];
  const groundSpans = grounds.map((g) => g.span.start);
  for (const s of reasoning) {
    if (isPartyArgument(s.text)) continue;
    const isFinding =
      groundSpans.some((g) => g >= s.span.start && g < s.span.end) ||
      /违法|不当|错误|应予撤销|应当撤销|不符合|未|没有/.test(s.text);
    if (!isFinding) continue;
    for (const [code, re] of STEP_WORDS) {
      if (code === 'agreement' || code === 'compensation') continue;
      const m = re.exec(withoutQuotes(s.plain ?? s.text));
      if (!m || out.some((e) => e.code === code)) continue;
      const start = s.span.start + m.index;
      out.push({
        code,
        ground: s.text.length > 120 ? m[0] : s.text,
        span: { start, end: start + m[0].length },
      });
    }
  }
  return out;
}
