import type { z } from 'zod';

/** A Chinese, one-line account of what was wrong with an input, naming each field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? `字段 ${issue.path.join('.')}` : '输入';
      return `${where}：${translate(issue)}`;
    })
    .join('；');
}

function translate(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不对（应为 ${issue.expected}）`;
    case 'invalid_value':
      return `取值不在允许范围内（可选：${issue.values.map(String).join('、')}）`;
    case 'unrecognized_keys':
      return `有未知字段 ${issue.keys.join('、')}`;
    case 'too_small':
      return issue.message.match(/[\u4e00-\u9fff]/)
        ? issue.message
        : `太短或太小（至少 ${String(issue.minimum)}）`;
    case 'too_big':
      return issue.message.match(/[\u4e00-\u9fff]/)
        ? issue.message
        : `太长或太大（至多 ${String(issue.maximum)}）`;
    default:
      return issue.message;
  }
}
