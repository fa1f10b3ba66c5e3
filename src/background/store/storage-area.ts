// The slice of `storage.local` / `storage.sync` the store uses, so unit tests can hand it a fake
// area (with quotas) and the worker hands it the real one.
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
