import type { EmbeddedMigration } from '../src/migrations/types.js';

export function readDrizzleFolder(folder: string): Promise<EmbeddedMigration[]>;
export function renderEmbeddedModule(migrations: readonly EmbeddedMigration[]): string;
