import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxXml, starterServiceWithPrinter } from '../helpers/exportService';
import { serviceForFile } from '../helpers/tempLibrary';

const lib = serviceForFile(starterServiceWithPrinter);

const allIds = async () => (await lib.service.call('cases.list', { limit: 1000 })).items.map((c) => c.id);

describe('collections', () => {
  it('creates a casebook from a tag with one chapter per category, then renames, reorders and moves cases', async () => {
    const ids = await allIds();
    const tag = await lib.service.call('tags.create', { name: '汇编用' });
    for (const id of ids.slice(0, 6)) await lib.service.call('tags.assign', { caseId: id, tagId: tag.id });
    const book = await lib.service.call('collections.create', { source: { kind: 'tag', tagId: tag.id } });
    expect(
      book.chapters
        .flatMap((ch) => ch.cases)
        .map((c) => c.id)
        .sort(),
    ).toEqual(ids.slice(0, 6).sort());
    for (const ch of book.chapters) expect(ch.cases.every((c) => c.category === ch.title)).toBe(true);

    const [first, ...rest] = book.chapters;
    const moved = first!.cases[0]!.id;
    const updated = await lib.service.call('collections.update', {
      id: book.id,
      title: '2025年败诉案例汇编',
      preface: '# 前言\n\n正文',
      options: { paper: 'A5', numbered: false },
      chapters: [
        ...rest.map((ch) => ({ title: `${ch.title}（改）`, caseIds: ch.cases.map((c) => c.id) })),
        { title: '其他', caseIds: [...first!.cases.slice(1).map((c) => c.id), moved] },
      ],
    });
    expect(updated.title).toBe('2025年败诉案例汇编');
    expect(updated.options).toMatchObject({ paper: 'A5', numbered: false, provisionIndex: true });
    expect(updated.chapters.at(-1)!.cases.at(-1)!.id).toBe(moved);
    expect(updated.chapters[0]!.title.endsWith('（改）')).toBe(true);
    expect((await lib.service.call('collections.list', {})).find((c) => c.id === book.id)?.caseCount).toBe(6);
  });

  it('refuses an unknown case in a chapter and leaves the casebook as it was', async () => {
    const book = await lib.service.call('collections.create', {
      source: { kind: 'cases', caseIds: (await allIds()).slice(0, 2) },
    });
    await expect(
      lib.service.call('collections.update', {
        id: book.id,
        title: '不应保存',
        chapters: [{ title: '一', caseIds: ['no-such-case'] }],
      }),
    ).rejects.toThrow(/不存在/);
    const after = await lib.service.call('collections.get', { id: book.id });
    expect(after.title).toBe(book.title);
    expect(after.chapters).toEqual(book.chapters);
    await lib.service.call('collections.delete', { id: book.id });
    await expect(lib.service.call('collections.get', { id: book.id })).rejects.toThrow(/找不到/);
  });
});

describe('one case for a meeting', () => {
  it('exports the analysis sheet as PDF and .docx, with the note only when asked', async () => {
    const [id] = await allIds();
    const c = await lib.service.call('cases.get', { id: id! });
    await lib.service.call('notes.save', { caseId: id!, body: '会上重点讨论听证告知环节。' });

    const withNote = await lib.service.call('export.case', { id: id!, format: 'pdf', includeNotes: true });
    expect(withNote.download).not.toBeNull();
    const text = execFileSync('pdftotext', [withNote.path, '-']).toString('utf8').replace(/\s+/g, '');
    expect(text).toContain(c.title.replace(/\s+/g, ''));
    expect(text).toContain('会上重点讨论听证告知环节');
    expect(text).toContain('启示与建议');

    const plain = await lib.service.call('export.case', { id: id!, format: 'pdf' });
    expect(execFileSync('pdftotext', [plain.path, '-']).toString('utf8')).not.toContain('会上重点讨论');

    const docx = await lib.service.call('export.case', {
      id: id!,
      format: 'docx',
      includeNotes: true,
      path: lib.tmp.path('会议材料.docx'),
    });
    expect(docx.download).toBeNull();
    const xml = docxXml(docx.path);
    expect(xml.includes('会上重点讨论听证告知环节')).toBe(true);
    // Only the finished file is left: no temporary part files.
    expect(readdirSync(lib.tmp.dir).filter((f) => f.includes('.part'))).toEqual([]);
    expect(existsSync(lib.tmp.path('会议材料.docx'))).toBe(true);
  }, 120_000);

  it('cancels a casebook export through its job and writes nothing', async () => {
    const book = await lib.service.call('collections.create', { source: { kind: 'filters', filters: {} } });
    const path = lib.tmp.path('cancelled.pdf');
    const running = lib.service.call('export.casebook', {
      collectionId: book.id,
      format: 'pdf',
      path,
      jobId: 'cancel-me',
    });
    await expect
      .poll(async () => (await lib.service.call('jobs.progress', { jobId: 'cancel-me' })).state)
      .toBe('running');
    await lib.service.call('jobs.cancel', { jobId: 'cancel-me' });
    await expect(running).rejects.toThrow(/取消/);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(lib.tmp.dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  }, 120_000);
});
