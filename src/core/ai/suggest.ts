// Up to three candidate notes for one request, each checked before anyone sees it: plain text,
// no new contact details, within the limit by Rapport's own count (the model is asked once
// more, then the note is trimmed by rule), the required parts kept, and not a repeat. The model
// is given a bounded number of prompts, so a model that never complies costs a known amount.
import { countNote } from '../count';
import { normalizeForMatching } from '../coach/match';
import { missingPart, requiredParts, trimToFit, type MissingPart, type Required } from './checks';
import { modelOptions, type ModelApi, type ModelSession } from './model';
import { cleanOutput, introducesContact, type OutputRejection } from './output';
import { actionPrompt, shorterPrompt, SYSTEM_PROMPT } from './prompt';
import { factValues, type AiRequest } from './request';

export const MAX_CANDIDATES = 3;
/** Prompts one request may use: three candidates, each with one "shorter, please". */
export const MAX_PROMPTS = 6;

export type Rejection = OutputRejection | MissingPart | 'over-limit' | 'duplicate';

export interface Candidate {
  text: string;
  /** Counted the way LinkedIn's box counts. */
  count: number;
  /** True when Rapport trimmed sentences to make it fit. */
  trimmed: boolean;
}

export interface SuggestResult {
  candidates: Candidate[];
  rejected: Rejection[];
}

export interface SuggestOptions {
  signal: AbortSignal;
  /** Called with each accepted candidate as soon as it is checked (a timeout keeps what came). */
  onCandidate?(candidate: Candidate): void;
  /** Download progress (0..1) while Chrome fetches its model for this session. */
  onProgress?(loaded: number): void;
}

type Checked = { candidate: Candidate } | { rejected: Rejection; overText?: string };

/** Checks one answer against everything but the limit's retry. */
export function checkAnswer(raw: string, request: AiRequest, required: Required, seen: readonly string[]): Checked {
  const cleaned = cleanOutput(raw);
  if ('rejected' in cleaned) return { rejected: cleaned.rejected };
  const { text } = cleaned;
  if (introducesContact(text, [request.note, request.point ?? '', ...factValues(request.facts)])) return { rejected: 'contact' };
  const key = normalizeForMatching(text).trim();
  if (seen.includes(key) || key === normalizeForMatching(request.note).trim()) return { rejected: 'duplicate' };
  const count = countNote(text);
  if (count > request.limit) return { rejected: 'over-limit', overText: text };
  const missing = missingPart(text, required);
  if (missing) return { rejected: missing };
  return { candidate: { text, count, trimmed: false } };
}

function trimmedCandidate(text: string, request: AiRequest, required: Required, seen: readonly string[]): Checked {
  const fitted = trimToFit(text, request.limit, required);
  if (fitted === null) return { rejected: 'over-limit' };
  const checked = checkAnswer(fitted, request, required, seen);
  return 'candidate' in checked ? { candidate: { ...checked.candidate, trimmed: true } } : checked;
}

function openSession(api: ModelApi, request: AiRequest, options: SuggestOptions): Promise<ModelSession> {
  return api.create({
    ...modelOptions(request.language),
    signal: options.signal,
    initialPrompts: [{ role: 'system', content: SYSTEM_PROMPT }],
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => {
        const loaded = (event as Event & { loaded?: unknown }).loaded;
        if (typeof loaded === 'number') options.onProgress?.(Math.min(1, Math.max(0, loaded)));
      });
    },
  });
}

export async function suggest(api: ModelApi, request: AiRequest, options: SuggestOptions): Promise<SuggestResult> {
  const required = requiredParts(request);
  const result: SuggestResult = { candidates: [], rejected: [] };
  const seen: string[] = [];
  const session = await openSession(api, request, options);
  let prompts = 0;
  const ask = async (input: string) => {
    prompts++;
    return session.prompt(input, { signal: options.signal });
  };
  try {
    for (let variant = 1; result.candidates.length < MAX_CANDIDATES && prompts < MAX_PROMPTS; variant++) {
      let checked = checkAnswer(await ask(actionPrompt(request, variant)), request, required, seen);
      if ('rejected' in checked && checked.overText !== undefined) {
        // Over the limit: ask once for a shorter one, then trim the shortest answer by rule.
        let over = checked.overText;
        if (prompts < MAX_PROMPTS) {
          const retry = checkAnswer(await ask(shorterPrompt(request, countNote(over))), request, required, seen);
          if ('candidate' in retry) checked = retry;
          else if (retry.overText !== undefined && countNote(retry.overText) < countNote(over)) over = retry.overText;
        }
        if ('rejected' in checked) checked = trimmedCandidate(over, request, required, seen);
      }
      if ('rejected' in checked) {
        result.rejected.push(checked.rejected);
        continue;
      }
      seen.push(normalizeForMatching(checked.candidate.text).trim());
      result.candidates.push(checked.candidate);
      options.onCandidate?.(checked.candidate);
    }
  } finally {
    session.destroy();
  }
  return result;
}
