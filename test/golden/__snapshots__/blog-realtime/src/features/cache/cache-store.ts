/** Where cached values live: this process's memory, or Redis shared by every instance. Values are JSON text. */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** A counter (a list version): 0 until first incremented. */
  counter(key: string): Promise<number>;
  increment(key: string): Promise<number>;
  close(): Promise<void>;
}
