import { describe, expect, it } from 'vitest';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';
import { sampleCase } from '../helpers/sampleCase';

const lib = serviceEachTest(emptyService);

describe('tags', () => {
  it('creates, assigns, renames, merges and deletes tags with counts', async () => {
    const a = await lib.service.call('cases.save', { case: sampleCase() });
    const b = await lib.service.call('cases.save', {
      case: sampleCase({ caseNumber: '（2021）测1号', title: '乙案' }),
    });
    const hearing = await lib.service.call('tags.create', { name: '听证', color: '#ff0000' });
    const todo = await lib.service.call('tags.create', { name: '待学习' });
    await lib.service.call('tags.assign', { caseId: a.id, tagId: hearing.id });
    await lib.service.call('tags.assign', { caseId: b.id, tagId: todo.id });
    await lib.service.call('tags.update', { id: hearing.id, name: '听证程序' });
    expect((await lib.service.call('cases.get', { id: a.id })).tags.map((t) => t.name)).toEqual(['听证程序']);

    await lib.service.call('tags.merge', { sourceId: todo.id, targetId: hearing.id });
    expect(await lib.service.call('tags.list', {})).toEqual([
      { id: hearing.id, name: '听证程序', color: '#ff0000', count: 2 },
    ]);
    expect(await lib.service.call('tags.delete', { id: hearing.id })).toEqual({ affected: 2 });
    expect((await lib.service.call('cases.get', { id: b.id })).tags).toEqual([]);
  });

  it('refuses a duplicate tag name', async () => {
    await lib.service.call('tags.create', { name: '听证' });
    const result = await lib.service.dispatch('tags.create', { name: '听证' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });
});

describe('notes', () => {
  it('keeps one note per case, lists them and removes an emptied note', async () => {
    const a = await lib.service.call('cases.save', { case: sampleCase() });
    await lib.service.call('notes.save', { caseId: a.id, body: '**重点**：听证告知' });
    await lib.service.call('notes.save', { caseId: a.id, body: '**重点**：听证告知书要留存' });
    const notes = await lib.service.call('notes.list', {});
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ caseId: a.id, caseTitle: a.title, body: '**重点**：听证告知书要留存' });
    await lib.service.call('notes.save', { caseId: a.id, body: '  ' });
    expect(await lib.service.call('notes.list', { caseId: a.id })).toEqual([]);
  });
});
