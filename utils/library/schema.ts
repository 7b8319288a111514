import { createV1 } from './migrations/v1';
import { migrateToV2 } from './migrations/v2';
import { migrateToV3 } from './migrations/v3';
import { migrateToV4 } from './migrations/v4';
import { migrateToV5 } from './migrations/v5';
import { migrateToV6 } from './migrations/v6';
import { migrateToV7 } from './migrations/v7';
import type { AnyDb, UpgradeTx } from './migrations/types';

export type { AnyDb, UpgradeTx };

export const DB_VERSION = 7;

/** The migration chain; `upgradeSteps[n]` brings a database from version n to n + 1. */
export const upgradeSteps: Array<(db: AnyDb, tx: UpgradeTx) => void | Promise<void>> = [
  createV1,
  migrateToV2,
  migrateToV3,
  migrateToV4,
  migrateToV5,
  migrateToV6,
  migrateToV7,
];

/**
 * Steps run inside the one upgrade transaction, which stays alive while their requests are
 * pending; if any step fails the transaction aborts and the old library stays as it was.
 */
export async function runUpgrade(db: AnyDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < DB_VERSION; v++) await upgradeSteps[v]!(db, tx);
}
