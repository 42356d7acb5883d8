import { describe, expect, it } from 'vitest';
import { serviceEachTest, starterService } from '../helpers/tempLibrary';

const idsOf = async (service: ReturnType<typeof serviceEachTest>['service'], q: string) =>
  (await service.call('search.query', { q, limit: 50 })).hits.map((h) => h.id).sort();

describe('the synonym table the user edits', () => {
  const lib = serviceEachTest(starterService);

  it('starts as the built-in table and finds a word by its new synonym from the next search', async () => {
    const table = await lib.service.call('search.synonyms', {});
    expect(table.edited).toBe(false);
    expect(table.groups).toContainEqual(['征地', '征收', '拆迁']);

    const salt = await idsOf(lib.service, '盐务');
    expect(salt.length).toBeGreaterThan(0);
    expect(await idsOf(lib.service, '咸货')).toEqual([]);

    const saved = await lib.service.call('search.saveSynonyms', {
      groups: [...table.groups, [' 咸货 ', '盐务', '咸货']],
    });
    expect(saved.edited).toBe(true);
    expect(saved.groups.at(-1)).toEqual(['咸货', '盐务']);
    expect(await idsOf(lib.service, '咸货')).toEqual(salt);
    const suggestions = (await lib.service.call('search.suggest', { q: '咸' })).suggestions;
    expect(suggestions.map((s) => s.text)).toContain('咸货');
  });

  it('refuses a group of one word or a word in two groups, naming it, and keeps the table', async () => {
    const before = await lib.service.call('search.synonyms', {});
    const lone = await lib.service.dispatch('search.saveSynonyms', { groups: [['征地', '征收'], ['孤词']] });
    expect(lone).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!lone.ok) expect(lone.error.message).toContain('孤词');
    const twice = await lib.service.dispatch('search.saveSynonyms', {
      groups: [
        ['征地', '征收'],
        ['征收', '收回土地'],
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!twice.ok) expect(twice.error.message).toMatch(/征收.*第 1 组和第 2 组/);
    expect(await lib.service.call('search.synonyms', {})).toEqual(before);
  });

  it('goes back to the built-in table', async () => {
    await lib.service.call('search.saveSynonyms', { groups: [['咸货', '盐务']] });
    expect((await lib.service.call('search.synonyms', {})).groups).toEqual([['咸货', '盐务']]);
    // Without the built-in groups, 强拆 finds only the cases that write 强拆; with them, also 强制拆除.
    const literal = await idsOf(lib.service, '强拆');
    const reset = await lib.service.call('search.resetSynonyms', {});
    expect(reset.edited).toBe(false);
    const widened = await idsOf(lib.service, '强拆');
    expect(widened.length).toBeGreaterThan(literal.length);
    expect(widened).toEqual(expect.arrayContaining(literal));
  });
});
