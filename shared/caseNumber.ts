/**
 * The 案号 of a case: （2020）京01行初123号, (2019)最高法行申5275号, 〔2015〕… — a four-digit
 * year in brackets of any style, then court and type codes and a number, ending in 号.
 * The one pattern the editor, the import extractor and the write rule in core all use.
 */
export const CASE_NUMBER_PATTERN = /[（(〔[［【]\s*[12]\d{3}\s*[）)〕\]］】][\u4e00-\u9fa5\d-]{1,40}?号/;

const WHOLE_CASE_NUMBER = new RegExp(`^${CASE_NUMBER_PATTERN.source}$`);

/** What a user is told when a 案号 does not have that form. */
export const CASE_NUMBER_HINT = '案号格式应如“（2020）京01行初123号”：括号内四位年份，以“号”结尾';

/** Whether a whole string is one 案号; spaces anywhere (as typed or pasted) do not count. */
export function isCaseNumber(text: string): boolean {
  return WHOLE_CASE_NUMBER.test(text.replace(/[\s\u3000]+/g, ''));
}

/**
 * The comparison key of a 案号: the same case written with （）, (), 〔〕, 【】 or ［］, in
 * full-width or half-width digits, with or without spaces, gets the same key.
 */
export function caseNumberKey(caseNumber: string): string {
  return caseNumber
    .normalize('NFKC')
    .replace(/[〔［【[（]/g, '(')
    .replace(/[〕］】\]）]/g, ')')
    .replace(/\s+/g, '')
    .replace(/字第/g, '')
    .replace(/第(?=\d)/g, '');
}
