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
