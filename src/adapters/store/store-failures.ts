/** A store failure a person can act on, as the backend reported it. */
export type StoreFailure =
  /** The SQLite file is not a database, or its pages are malformed. */
  | { readonly kind: 'damaged'; readonly detail: string }
  /** Another process held the SQLite write lock past the busy timeout. */
  | { readonly kind: 'locked'; readonly detail: string };

const KINDS: Readonly<Record<string, StoreFailure['kind']>> = {
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
  SQLITE_BUSY: 'locked',
  SQLITE_LOCKED: 'locked',
};

/** What an error thrown by a store stands for, or undefined when it is not one of these. */
export function storeFailureOf(error: unknown): StoreFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const kind = typeof code === 'string' ? KINDS[code] : undefined;
  // SQLite's own words without its code: "database disk image is malformed".
  return kind === undefined ? undefined : { kind, detail: error.message.replace(/^SQLITE_[A-Z_]+: /, '') };
}

/** Where a store URL keeps its data, as a person names it: the file of `sqlite://`, else the URL. */
export function storePlace(redactedUrl: string): string {
  return redactedUrl.startsWith('sqlite://') ? redactedUrl.slice('sqlite://'.length) : redactedUrl;
}
