import type { FormRule } from 'antd';

/** （2020）京01行初123号, (2019)最高法行申5275号, 〔2015〕… — brackets of any style, ends in 号. */
export const CASE_NUMBER_PATTERN = /^[（(〔[［【]\s*[12]\d{3}\s*[）)〕\]］】][\u4e00-\u9fa5\d\s-]{1,40}号$/;
/** YYYY, YYYY-MM or YYYY-MM-DD, as the library stores dates. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const caseNumberRules: FormRule[] = [
  {
    validator: (_r, v: string | undefined) =>
      !v || CASE_NUMBER_PATTERN.test(v.trim())
        ? Promise.resolve()
        : Promise.reject(new Error('案号格式应如“（2020）京01行初123号”：括号内四位年份，以“号”结尾')),
  },
];

export const dateRules: FormRule[] = [
  {
    validator: (_r, v: string | null | undefined) => {
      if (!v) return Promise.resolve();
      if (!PARTIAL_DATE_PATTERN.test(v))
        return Promise.reject(new Error('日期应为 YYYY、YYYY-MM 或 YYYY-MM-DD'));
      const [y, m, d] = v.split('-').map(Number);
      if (d && new Date(y!, m! - 1, d).getDate() !== d) return Promise.reject(new Error('没有这一天'));
      return Promise.resolve();
    },
  },
];

export const required = (label: string): FormRule[] => [
  { required: true, whitespace: true, message: `请填写${label}` },
];

/** A reviewed case is published to officers: every section must be written. */
export const requiredWhenReviewed =
  (label: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_r, v: string | undefined) =>
      getFieldValue('status') !== 'reviewed' || (v ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(`标为“已审核”前须填写${label}`)),
  });
