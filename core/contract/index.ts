import type { z } from 'zod';
import { backupContract } from './backup';
import { casesContract } from './cases';
import { checklistsContract } from './checklists';
import { collectionsContract } from './collections';
import { decisionsContract } from './decisions';
import { exportContract } from './export';
import { filesContract } from './files';
import { highlightsContract } from './highlights';
import { importContract } from './import';
import { jobsContract } from './jobs';
import { keysContract } from './keys';
import { libraryContract } from './library';
import { notesContract } from './notes';
import { packagesContract } from './packages';
import { provisionsContract } from './provisions';
import { recentContract } from './recent';
import { savedSearchesContract } from './savedSearches';
import { searchContract } from './search';
import { statsContract } from './stats';
import { tagsContract } from './tags';
import { taxonomyContract } from './taxonomy';
import type { OperationDef } from './define';

/**
 * Every operation of 案鉴, by name. The Electron IPC handlers, the preload bridge and the web
 * host's routes are all generated from this one map, so no operation exists in one transport only.
 */
export const contract = {
  ...libraryContract,
  ...taxonomyContract,
  ...casesContract,
  ...tagsContract,
  ...notesContract,
  ...jobsContract,
  ...searchContract,
  ...savedSearchesContract,
  ...highlightsContract,
  ...provisionsContract,
  ...recentContract,
  ...importContract,
  ...exportContract,
  ...statsContract,
  ...checklistsContract,
  ...packagesContract,
  ...keysContract,
  ...filesContract,
  ...collectionsContract,
  ...backupContract,
  ...decisionsContract,
} as const satisfies Record<string, OperationDef>;

const parts = [
  libraryContract,
  taxonomyContract,
  casesContract,
  tagsContract,
  notesContract,
  jobsContract,
  searchContract,
  savedSearchesContract,
  highlightsContract,
  provisionsContract,
  recentContract,
  importContract,
  exportContract,
  statsContract,
  checklistsContract,
  packagesContract,
  keysContract,
  filesContract,
  collectionsContract,
  backupContract,
  decisionsContract,
];
const names = parts.flatMap((part) => Object.keys(part));
const duplicate = names.find((name, i) => names.indexOf(name) !== i);
if (duplicate) throw new Error(`operation ${duplicate} is defined twice in the contract`);

export type Contract = typeof contract;
export type OpName = Extract<keyof Contract, string>;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>;

/** What the renderer holds: one typed call for every operation, whichever transport is behind it. */
export interface AnjianApi {
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
}

export const isOpName = (name: string): name is OpName => Object.hasOwn(contract, name);

export type { Result, ApiErrorBody } from './define';
