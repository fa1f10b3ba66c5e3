// The part of Chrome's Prompt API (`LanguageModel`, docs/ON-DEVICE-AI.md) Rapport uses, as an
// interface a test can fake. The API is looked up when asked for, never cached at load time,
// and any failure to ask reads as "unavailable": a browser without the model shows no writing
// help and logs nothing.

export const availabilities = ['unavailable', 'downloadable', 'downloading', 'available'] as const;
export type Availability = (typeof availabilities)[number];

export interface ModelSession {
  prompt(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export interface ExpectedIo {
  type: 'text';
  languages: string[];
}

export interface ModelOptions {
  expectedInputs?: ExpectedIo[];
  expectedOutputs?: ExpectedIo[];
}

export interface CreateOptions extends ModelOptions {
  signal?: AbortSignal;
  initialPrompts?: { role: 'system'; content: string }[];
  /** Receives an EventTarget that fires `downloadprogress` events (`loaded` from 0 to 1). */
  monitor?(monitor: EventTarget): void;
}

export interface ModelApi {
  availability(options?: ModelOptions): Promise<string>;
  create(options?: CreateOptions): Promise<ModelSession>;
}

/** The languages Chrome's model is documented to read and write; others fall back to English. */
export const modelLanguages = ['en', 'es', 'ja'] as const;

export function modelLanguage(language: string): string {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (modelLanguages as readonly string[]).includes(base) ? base : 'en';
}

/** The same options go to availability() and create(), as Chrome's documentation asks. */
export function modelOptions(language: string): ModelOptions {
  const languages = [modelLanguage(language)];
  return { expectedInputs: [{ type: 'text', languages }], expectedOutputs: [{ type: 'text', languages }] };
}

/** The browser's `LanguageModel`, when this context has one that looks like the documented API. */
export function findModelApi(scope: object = globalThis): ModelApi | null {
  let candidate: unknown;
  try {
    candidate = (scope as { LanguageModel?: unknown }).LanguageModel;
  } catch {
    return null;
  }
  if ((typeof candidate !== 'function' && typeof candidate !== 'object') || candidate === null) return null;
  const api = candidate as Partial<ModelApi>;
  return typeof api.availability === 'function' && typeof api.create === 'function' ? (api as ModelApi) : null;
}

/** What the browser says about its model, with anything odd (no API, a throw, an unknown word) as unavailable. */
export async function modelAvailability(api: ModelApi | null, options?: ModelOptions): Promise<Availability> {
  if (!api) return 'unavailable';
  try {
    const answer = await api.availability(options);
    return (availabilities as readonly string[]).includes(answer) ? (answer as Availability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}
