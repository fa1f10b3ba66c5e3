// The slice of `storage.local` / `storage.sync` the store uses, so unit tests can hand it a fake
// area (with quotas) and the worker hands it the real one.
import { errorMessage } from '../../shared/rapport-error';

export interface StorageArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface StorageAreas {
  local: StorageArea;
  sync: StorageArea;
}

/** Chrome says "QUOTA_BYTES quota exceeded" / "QUOTA_BYTES_PER_ITEM …" / "MAX_ITEMS …"; Firefox similar. */
export function isQuotaError(error: unknown): boolean {
  const message = errorMessage(error);
  return /quota|QUOTA_BYTES|MAX_ITEMS|MAX_WRITE_OPERATIONS/i.test(message);
}
