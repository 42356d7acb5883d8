/**
 * One engine, one phase of the search benchmark, in its own process so that peak RSS and the
 * cold first query belong to that engine alone. Prints one JSON line.
 *   tsx scripts/bench/searchWorker.ts <anjian|fts5|like> <build|query> <library> <peerDb> <queries.json>
 */
import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { openLibrary } from '../../db/connection';
import { openService } from '../../core/service';
import { rebuildIndexSync } from '../../core/search/indexer';
import { normalize } from '../../shared/search/normalize';
import { percentile } from './report';
import { SUGGEST_PREFIXES, type BenchQuery } from './searchQueries';

const [engine, phase, library = '', peerDb = '', queriesFile = ''] = process.argv.slice(2);
const ROUNDS = 5;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

interface Engine {
  query(q: BenchQuery): number;
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

function build(): Record<string, number> {
  if (engine === 'anjian') {
    const db = openLibrary(library);
    const [, ms] = time(() => rebuildIndexSync(db));
    const { bytes } = db
      .prepare(
        "SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search_fts%' OR name LIKE 'search_head%' OR name = 'cases_search_facets'",
      )
      .get() as { bytes: number };
    db.close();
    return { buildMs: ms, indexBytes: bytes };
  }
  if (engine === 'fts5') {
    const [, ms] = time(() => {
      const source = new Database(library, { readonly: true });
      const peer = new Database(peerDb);
      peer.pragma('journal_mode = WAL');
      peer.exec("CREATE VIRTUAL TABLE tri USING fts5(title, body, tokenize = 'trigram')");
      const insert = peer.prepare('INSERT INTO tri (rowid, title, body) VALUES (@seq, @title, @body)');
      const rows = source.prepare(
        `SELECT seq, title, case_number || ' ' || defendant || ' ' || summary || ' ' || issues || ' ' || ruling || ' ' ||
          analysis || ' ' || lessons || ' ' || full_text AS body FROM cases WHERE deleted_at IS NULL`,
      );
      peer.transaction(() => {
        for (const r of rows.iterate() as Iterable<{ seq: number; title: string; body: string }>) {
          insert.run({ seq: r.seq, title: normalize(r.title), body: normalize(r.body) });
        }
      })();
      peer.exec("INSERT INTO tri (tri) VALUES ('optimize')");
      peer.pragma('wal_checkpoint(TRUNCATE)');
      peer.close();
      source.close();
    });
    return { buildMs: ms, indexBytes: statSync(peerDb).size };
  }
  return { buildMs: 0, indexBytes: 0 };
}

/** The peers answer the same queries: total and the first page, ranked where they can rank. */
function peer(): Engine {
  if (engine === 'fts5') {
    const db = new Database(peerDb, { readonly: true });
    const match = db.prepare('SELECT rowid, bm25(tri) AS r FROM tri WHERE tri MATCH @m ORDER BY r');
    const like = db.prepare('SELECT rowid FROM tri WHERE title LIKE @p OR body LIKE @p');
    return {
      query: ({ q }) => {
        const n = normalize(q).replace(/\s+/g, '');
        // Trigrams cannot answer a 2-character query: it falls to a scan.
        return [...n].length >= 3
          ? match.all({ m: `"${n.replaceAll('"', '""')}"` }).length
          : like.all({ p: `%${n}%` }).length;
      },
    };
  }
  const db = new Database(library, { readonly: true });
  const scan = db.prepare(
    `SELECT seq FROM cases WHERE deleted_at IS NULL AND (title LIKE @p OR case_number LIKE @p OR defendant LIKE @p
      OR summary LIKE @p OR issues LIKE @p OR ruling LIKE @p OR analysis LIKE @p OR lessons LIKE @p OR full_text LIKE @p)
     ORDER BY judgment_date DESC`,
  );
  return { query: ({ q }) => scan.all({ p: `%${q}%` }).length };
}

async function query(): Promise<Record<string, unknown>> {
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[];
  const first = queries[0] as BenchQuery;
  const latencies: number[] = [];
  const zeroHits = new Set<string>();
  if (engine === 'anjian') {
    const [service, openMs] = time(() => openService(library, { platform: { userDataDir: peerDb } }));
    const [, firstMs] = await timeAsync(() => service.call('search.query', { q: first.q }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        const [result, ms] = await timeAsync(() =>
          service.call('search.query', { q: q.q, filters: q.filters as never, limit: 20 }),
        );
        latencies.push(ms);
        if (result.total === 0) zeroHits.add(`${q.type}:${q.q}`);
      }
    }
    const [, suggestFirstMs] = await timeAsync(() => service.call('search.suggest', { q: '工伤' }));
    const suggest: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of SUGGEST_PREFIXES)
        suggest.push((await timeAsync(() => service.call('search.suggest', { q })))[1]);
    }
    service.close();
    return {
      firstQueryMs: openMs + firstMs,
      queryP50Ms: percentile(latencies, 50),
      queryP95Ms: percentile(latencies, 95),
      suggestFirstMs,
      suggestP50Ms: percentile(suggest, 50),
      suggestP95Ms: percentile(suggest, 95),
      zeroHits: [...zeroHits],
      peakRssMb: rssMb(),
    };
  }
  const [engineImpl, openMs] = time(peer);
  const [, firstMs] = time(() => engineImpl.query(first));
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const [total, ms] = time(() => engineImpl.query(q));
      latencies.push(ms);
      if (total === 0) zeroHits.add(`${q.type}:${q.q}`);
    }
  }
  return {
    firstQueryMs: openMs + firstMs,
    queryP50Ms: percentile(latencies, 50),
    queryP95Ms: percentile(latencies, 95),
    zeroHits: [...zeroHits],
    peakRssMb: rssMb(),
  };
}

const result = phase === 'build' ? { ...build(), peakRssMb: rssMb() } : await query();
console.log(JSON.stringify(result));
