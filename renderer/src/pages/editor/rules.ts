import type { FormRule } from 'antd';
import { caseNumberProblem, sectionProblem } from '../../../../shared/caseRules';
import { partialDateProblem } from '../../../../shared/dates';
import type { CaseStatus } from '../../../../shared/taxonomy';

/** Antd form rules that show, as the user types, the rules core enforces when the case is saved. */

const check = (problem: string | null) => (problem ? Promise.reject(new Error(problem)) : Promise.resolve());

export const caseNumberRules: FormRule[] = [
  { validator: (_r, v: string | undefined) => check(v ? caseNumberProblem(v) : null) },
];

export const dateRules: FormRule[] = [
  { validator: (_r, v: string | null | undefined) => check(v ? partialDateProblem(v) : null) },
];

export const required = (label: string): FormRule[] => [
  { required: true, whitespace: true, message: `请填写${label}` },
];

/** A reviewed case is published to officers: every section must be written. */
export const requiredWhenReviewed =
  (label: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_r, v: string | undefined) =>
      check(sectionProblem(label, v ?? '', getFieldValue('status') as CaseStatus)),
  });
