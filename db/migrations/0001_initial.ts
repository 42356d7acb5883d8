import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

/**
 * The library's tables. The editor's text lives in `cases`; everything the user keeps for
 * themselves (tags, stars, notes, highlights) lives in tables of its own, keyed by case id,
 * so that a library update can replace a case's text without touching them.
 * Taxonomy rows are seeded by 0002 from db/model/taxonomy.ts.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE cases (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        case_number TEXT NOT NULL DEFAULT '',
        case_number_key TEXT NOT NULL DEFAULT '',
        related_case_numbers TEXT NOT NULL DEFAULT '[]',
        title TEXT NOT NULL,
        court TEXT NOT NULL DEFAULT '',
        court_level TEXT CHECK (court_level IN ('基层', '中级', '高级', '最高')),
        trial_stage TEXT CHECK (trial_stage IN ('一审', '二审', '再审')),
        judgment_date TEXT,
        year INTEGER GENERATED ALWAYS AS (CAST(substr(judgment_date, 1, 4) AS INTEGER)) VIRTUAL,
        region TEXT NOT NULL DEFAULT '',
        defendant TEXT NOT NULL DEFAULT '',
        agency_type TEXT,
        category TEXT NOT NULL,
        outcome TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        issues TEXT NOT NULL DEFAULT '',
        ruling TEXT NOT NULL DEFAULT '',
        analysis TEXT NOT NULL DEFAULT '',
        lessons TEXT NOT NULL DEFAULT '',
        full_text TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed')),
        author TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT,
        origin TEXT NOT NULL DEFAULT 'local',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT
      );
      CREATE INDEX cases_live_date ON cases (deleted_at, judgment_date);
      CREATE INDEX cases_category ON cases (category);
      CREATE INDEX cases_outcome ON cases (outcome);
      CREATE INDEX cases_number_key ON cases (case_number_key);

      CREATE TABLE loss_reasons (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        article TEXT NOT NULL,
        description TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      CREATE TABLE case_loss_reasons (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        code TEXT NOT NULL REFERENCES loss_reasons (code),
        ground TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, code)
      );
      CREATE INDEX case_loss_reasons_code ON case_loss_reasons (code);

      CREATE TABLE enforcement_steps (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      CREATE TABLE case_enforcement_steps (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        code TEXT NOT NULL REFERENCES enforcement_steps (code),
        PRIMARY KEY (case_id, code)
      );
      CREATE INDEX case_enforcement_steps_code ON case_enforcement_steps (code);

      CREATE TABLE provisions (
        id INTEGER PRIMARY KEY,
        law TEXT NOT NULL,
        article INTEGER NOT NULL,
        UNIQUE (law, article)
      );
      CREATE TABLE case_provisions (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        provision_id INTEGER NOT NULL REFERENCES provisions (id),
        clause TEXT NOT NULL DEFAULT '',
        version TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, provision_id)
      );
      CREATE INDEX case_provisions_provision ON case_provisions (provision_id);

      CREATE TABLE case_revisions (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        snapshot TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT 'save'
      );
      CREATE INDEX case_revisions_case ON case_revisions (case_id, revision);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE case_tags (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (case_id, tag_id)
      );
      CREATE INDEX case_tags_tag ON case_tags (tag_id);

      CREATE TABLE stars (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      );

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end > start),
        quote TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL DEFAULT 'yellow',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX highlights_case ON highlights (case_id);

      CREATE TABLE collections (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        subtitle TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        issued_on TEXT NOT NULL DEFAULT '',
        preface TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE collection_chapters (
        id INTEGER PRIMARY KEY,
        collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      CREATE TABLE collection_items (
        chapter_id INTEGER NOT NULL REFERENCES collection_chapters (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (chapter_id, case_id)
      );

      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE recent_searches (
        q TEXT PRIMARY KEY,
        searched_at TEXT NOT NULL
      );
      CREATE TABLE recent_cases (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        opened_at TEXT NOT NULL
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
    const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    insertMeta.run('library_id', randomUUID());
    insertMeta.run('revision', '0');
    insertMeta.run('created_at', new Date().toISOString());
  },
};
