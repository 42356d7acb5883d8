/**
 * Link targets an export or the reading view may keep: web pages, e-mail addresses and anchors
 * within the same page (case links, the casebook's 目录). Everything else — javascript:,
 * vbscript:, data:, file:, and any scheme hidden behind entities or control characters — is
 * dropped and the link shown as its text. An allowlist, because a blocklist misses spellings.
 */
export const SAFE_LINK_PATTERN = /^(?:(?:https?|mailto):|#)/i;

export const isSafeLink = (href: string): boolean => SAFE_LINK_PATTERN.test(href);
