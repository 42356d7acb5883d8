import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openLibrary } from '../../db/connection';
import { insertCase } from '../../db/repos/cases';
import { CaseContent } from '../../shared/case';
import { writeMeta } from '../../db/repos/meta';
import type { Service } from '../../core/service';
import { openService } from '../../core/service';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest, starterService, tempDir, type TempDir } from '../helpers/tempLibrary';

const idsOf = async (service: Service, q: string) =>
  (await service.call('search.query', { q, limit: 50 })).hits.map((h) => h.id);

describe('search index follows the library', () => {
  const lib = serviceEachTest(emptyService);

  it('finds a case as soon as it is saved, and the new text after an edit', async () => {
    const saved = await lib.service.call('cases.save', {
      case: sampleCase({ summary: '执法人员未出示证件即开始检查。' }),
    });
    expect(await idsOf(lib.service, '出示证件')).toEqual([saved.id]);
    await lib.service.call('cases.save', {
      id: saved.id,
      case: sampleCase({ summary: '被告未在答复期限内作出答复。' }),
    });
    expect(await idsOf(lib.service, '出示证件')).toEqual([]);
    expect(await idsOf(lib.service, '答复期限')).toEqual([saved.id]);
    expect((await lib.service.call('search.indexStatus', {})).current).toBe(true);
  });

  it('drops a trashed case, brings it back on restore, and forgets it when the trash is emptied', async () => {
    const saved = await lib.service.call('cases.save', {
      case: sampleCase({ title: '某公司诉某县自然资源局强制拆除案' }),
    });
    await lib.service.call('cases.trash', { id: saved.id });
    expect(await idsOf(lib.service, '强制拆除')).toEqual([]);
    await lib.service.call('cases.restore', { id: saved.id });
    expect(await idsOf(lib.service, '强制拆除')).toEqual([saved.id]);
    await lib.service.call('cases.trash', { id: saved.id });
    await lib.service.call('cases.emptyTrash', {});
    const status = await lib.service.call('search.indexStatus', {});
    expect(status).toMatchObject({ current: true, indexed: 0, live: 0 });
  });

  it('keeps title suggestions in step with saves, retitles and the trash', async () => {
    const titles = async (q: string) =>
      (await lib.service.call('search.suggest', { q })).suggestions
        .filter((s) => s.kind === 'title')
        .map((s) => s.text);
    const saved = await lib.service.call('cases.save', {
      case: sampleCase({ title: '某公司诉某县盐务局行政处罚案' }),
    });
    expect(await titles('盐务')).toEqual(['某公司诉某县盐务局行政处罚案']);
    await lib.service.call('cases.save', {
      id: saved.id,
      case: sampleCase({ title: '某公司诉某县盐务管理局行政处罚案' }),
    });
    expect(await titles('盐务')).toEqual(['某公司诉某县盐务管理局行政处罚案']);
    await lib.service.call('cases.trash', { id: saved.id });
    expect(await titles('盐务')).toEqual([]);
  });

  it('leaves the index untouched when a save is refused', async () => {
    const saved = await lib.service.call('cases.save', {
      case: sampleCase({ summary: '原告要求举行听证。' }),
    });
    await expect(
      lib.service.call('cases.save', {
        id: saved.id,
        expectedRevision: 99,
        case: sampleCase({ summary: '全新内容。' }),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await idsOf(lib.service, '举行听证')).toEqual([saved.id]);
    expect(await idsOf(lib.service, '全新内容')).toEqual([]);
  });
});

describe('a stale or missing index', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('is rebuilt, with progress under a jobId, and records the revision it was built at', async () => {
    const service = starterService(tmp);
    try {
      writeMeta(service.ctx.db, 'search.index_stale', '1');
      service.ctx.db.prepare("INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
      expect((await service.call('search.indexStatus', {})).current).toBe(false);
      const { caseCount } = await service.call('library.info', {});
      const done = await service.call('search.rebuildIndex', { jobId: 'rebuild-1' });
      expect(done.indexed).toBe(caseCount);
      expect(await service.call('jobs.progress', { jobId: 'rebuild-1' })).toMatchObject({
        state: 'finished',
        done: caseCount,
        total: caseCount,
      });
      const status = await service.call('search.indexStatus', {});
      expect(status).toMatchObject({ current: true, indexed: caseCount, live: caseCount });
      expect(status.builtAtRevision).toBe(status.libraryRevision);
    } finally {
      service.close();
    }
  });

  it('is rebuilt on first search after cases were written without the search service', async () => {
    const file = tmp.path('lib.sqlite');
    // A plain db-level write that defers its indexing: the index is flagged stale.
    const db = openLibrary(file);
    insertCase(
      { db, index: 'rebuild-later' },
      'x-1',
      CaseContent.parse(sampleCase({ title: '甲诉乙市人社局工伤认定案' })),
    );
    writeMeta(db, 'search.index_stale', '1');
    db.close();
    const service = openService(file, { platform: { userDataDir: tmp.path('u') } });
    try {
      expect(await idsOf(service, '工伤认定')).toEqual(['x-1']);
      expect((await service.call('search.indexStatus', {})).current).toBe(true);
    } finally {
      service.close();
    }
  });
});

describe('migration 0003 (search index)', () => {
  it('flags an existing library for a rebuild, which the first search then makes', async () => {
    const tmp = tempDir();
    try {
      const file = tmp.path('old.sqlite');
      const raw = new Database(file);
      migrate(raw, 2);
      raw
        .prepare(
          `INSERT INTO cases (id, title, category, outcome, summary, created_at, updated_at)
           VALUES ('old-1', '甲诉乙县政府信息公开案', '政府信息公开', '撤销', '以信息不存在为由答复。', 'now', 'now')`,
        )
        .run();
      migrate(raw);
      expect(raw.prepare("SELECT value FROM meta WHERE key = 'search.index_stale'").get()).toEqual({
        value: '1',
      });
      raw.close();
      const service = openService(file, { platform: { userDataDir: tmp.path('u') } });
      try {
        expect(await idsOf(service, '信息不存在')).toEqual(['old-1']);
      } finally {
        service.close();
      }
    } finally {
      tmp.remove();
    }
  });
});
