import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';
import { sampleCase } from '../helpers/sampleCase';

let tmp: TempDir;
let service: Service;
beforeEach(() => {
  tmp = tempDir();
  service = emptyService(tmp);
});
afterEach(() => {
  service.close();
  tmp.remove();
});

describe('tags', () => {
  it('creates, assigns, renames, merges and deletes tags with counts', async () => {
    const a = await service.call('cases.save', { case: sampleCase() });
    const b = await service.call('cases.save', {
      case: sampleCase({ caseNumber: '（2021）测1号', title: '乙案' }),
    });
    const hearing = await service.call('tags.create', { name: '听证', color: '#ff0000' });
    const todo = await service.call('tags.create', { name: '待学习' });
    await service.call('tags.assign', { caseId: a.id, tagId: hearing.id });
    await service.call('tags.assign', { caseId: b.id, tagId: todo.id });
    await service.call('tags.update', { id: hearing.id, name: '听证程序' });
    expect((await service.call('cases.get', { id: a.id })).tags.map((t) => t.name)).toEqual(['听证程序']);

    await service.call('tags.merge', { sourceId: todo.id, targetId: hearing.id });
    expect(await service.call('tags.list', {})).toEqual([
      { id: hearing.id, name: '听证程序', color: '#ff0000', count: 2 },
    ]);
    expect(await service.call('tags.delete', { id: hearing.id })).toEqual({ affected: 2 });
    expect((await service.call('cases.get', { id: b.id })).tags).toEqual([]);
  });

  it('refuses a duplicate tag name', async () => {
    await service.call('tags.create', { name: '听证' });
    const result = await service.dispatch('tags.create', { name: '听证' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });
});

describe('notes', () => {
  it('keeps one note per case, lists them and removes an emptied note', async () => {
    const a = await service.call('cases.save', { case: sampleCase() });
    await service.call('notes.save', { caseId: a.id, body: '**重点**：听证告知' });
    await service.call('notes.save', { caseId: a.id, body: '**重点**：听证告知书要留存' });
    const notes = await service.call('notes.list', {});
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ caseId: a.id, caseTitle: a.title, body: '**重点**：听证告知书要留存' });
    await service.call('notes.save', { caseId: a.id, body: '  ' });
    expect(await service.call('notes.list', { caseId: a.id })).toEqual([]);
  });
});
