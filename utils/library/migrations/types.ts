import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** A migration sees the database as it was, untyped: today's types describe only the newest schema. */
export type AnyDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
