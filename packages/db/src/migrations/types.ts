/** One drizzle-kit migration, embedded in the code (see scripts/embed-migrations.mjs). */
export interface EmbeddedMigration {
  /** drizzle-kit's tag, such as `0000_init`; migrations apply in tag order. */
  readonly tag: string;
  /** sha256 of the SQL file; an applied migration whose file changed is refused. */
  readonly hash: string;
  /** The file split at drizzle-kit's statement breakpoints, one statement each. */
  readonly statements: readonly string[];
}
