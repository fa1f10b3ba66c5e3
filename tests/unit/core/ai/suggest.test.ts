// Candidate checking with a scripted fake model: the limit by Rapport's own count, the required
// parts kept, rejected outputs, and the three misbehaving models the issue names — one that
// always overshoots, one that answers with markup, one that never answers.
import { describe, expect, test } from 'vitest';
import { countNote } from '../../../../src/core/count';
import { OneAtATime, pointInPlay, suggest, type AiRequest, type Candidate } from '../../../../src/core/ai';
import { scriptedModel } from './fake-model';

const long = 'Hi Lucía, I read your piece on last-mile delivery in dense cities and how Calloway Mobility plans routes around school hours. '
  + 'I am working on freight scheduling for small retailers and we keep running into the same curb-space problem you described. '
  + 'Would you be open to comparing notes?';

const shorten = (over: Partial<AiRequest> = {}): AiRequest => ({
  action: 'shorten', note: long, limit: 200, language: 'en',
  facts: { firstName: 'Lucía', fullName: 'Lucía Fernández', company: 'Calloway Mobility', myInterest: 'freight scheduling' },
  ...over,
});

const signal = () => new AbortController().signal;
const fits = (c: Candidate, limit: number) => countNote(c.text) === c.count && c.count <= limit;

const good = [
  'Hi Lucía, your piece on last-mile delivery at Calloway Mobility hit home: I work on freight scheduling. Would you be open to comparing notes?',
  'Hi Lucía, I work on freight scheduling and loved your take on curb space. Would you be open to comparing notes?',
  'Lucía, your last-mile piece matched my freight work on curb space. Open to comparing notes?',
];

describe('shorten to fit', () => {
  test('three different candidates, each within the limit by Rapport\'s own count, name and question kept', async () => {
    const model = scriptedModel(good);
    const result = await suggest(model, shorten(), { signal: signal() });
    expect(result.candidates.map((c) => c.text)).toEqual(good);
    for (const c of result.candidates) {
      expect(fits(c, 200)).toBe(true);
      expect(c.text).toContain('Lucía');
      expect(c.text).toContain('?');
    }
    expect(model.prompts).toHaveLength(3);
    expect(model.destroyed).toBe(model.created);
  });

  test('a model that always overshoots is asked once more, then its answer is trimmed by rule; what cannot fit is rejected', async () => {
    // Every answer is the long note again: too long, three sentences, the middle one carries nothing required.
    const model = scriptedModel([long]);
    const result = await suggest(model, shorten({ note: `${long} Thanks!` }), { signal: signal() });
    expect(result.candidates.length).toBe(1); // the same trimmed text is not offered twice
    const [only] = result.candidates;
    expect(only!.trimmed).toBe(true);
    expect(fits(only!, 200)).toBe(true);
    expect(only!.text).toBe('Hi Lucía, I read your piece on last-mile delivery in dense cities and how Calloway Mobility plans routes around school hours. Would you be open to comparing notes?');
    expect(result.rejected).toContain('duplicate');
    // Asked again ("shorter, please") after the first answer; the prompt budget bounds the rest.
    expect(model.prompts[1]).toMatch(/characters; the limit is 200/);
    expect(model.prompts.length).toBeLessThanOrEqual(6);
  });

  test('an overshoot whose every sentence is required cannot be trimmed: rejected, never cut mid-sentence', async () => {
    const unbreakable = `Hi Lucía, ${'really '.repeat(40)}would you be open to comparing notes?`;
    const model = scriptedModel([unbreakable]);
    const result = await suggest(model, shorten(), { signal: signal() });
    expect(result.candidates).toEqual([]);
    expect(result.rejected.every((r) => r === 'over-limit')).toBe(true);
  });

  test('a candidate that drops the name, the question or the talking point is rejected', async () => {
    const model = scriptedModel([
      'Hello, your last-mile piece matched my freight work. Would you be open to comparing notes?',
      'Hi Lucía, your piece on curb space for last-mile delivery matched my freight work.',
      'Hi Lucía, I liked your post. Would you be open to comparing notes?',
      ...good,
    ]);
    const result = await suggest(model, shorten({ point: 'curb space for last-mile delivery' }), { signal: signal() });
    expect(result.rejected.slice(0, 3)).toEqual(['missing-name', 'missing-question', 'missing-point']);
    // good[1] names only "curb space": two of the point's five telling words are not enough.
    expect(result.candidates.map((c) => c.text)).toEqual([good[0], good[2]]);
  });
});

describe('rejected outputs', () => {
  test('a model that answers with markup: HTML is rejected, light markdown is stripped to plain text', async () => {
    const model = scriptedModel([
      '<p>Hi Lucía, <b>loved</b> your piece. Open to comparing notes?</p>',
      '```\nHi Lucía, open to comparing notes?\n```',
      '**Hi Lucía**, your *last-mile* piece matched my freight work. Open to comparing notes?',
      '"Hi Lucía, I work on freight scheduling too. Would you be open to comparing notes?"',
    ]);
    const result = await suggest(model, shorten(), { signal: signal() });
    expect(result.rejected.slice(0, 2)).toEqual(['markup', 'markup']);
    expect(result.candidates.map((c) => c.text)).toEqual([
      'Hi Lucía, your last-mile piece matched my freight work. Open to comparing notes?',
      'Hi Lucía, I work on freight scheduling too. Would you be open to comparing notes?',
    ]);
    for (const c of result.candidates) expect(c.text).not.toMatch(/[<>*"`]/);
  });

  test('a link, e-mail address or phone number the input did not have is rejected; one it had may stay', async () => {
    const model = scriptedModel([
      'Hi Lucía, see calloway-notes.com for my work. Open to comparing notes?',
      'Hi Lucía, write to me at sam@example.org. Open to comparing notes?',
      'Hi Lucía, call me on +44 20 7946 0958. Open to comparing notes?',
      'Hi Lucía, my deck is at https://example.com/deck. Open to comparing notes?',
      'Hi Lucía, as I said, sam@freight.dev reaches me. Open to comparing notes?',
    ]);
    const result = await suggest(model, shorten({ note: `${long} Mail: sam@freight.dev` }), { signal: signal() });
    expect(result.rejected.slice(0, 4)).toEqual(['contact', 'contact', 'contact', 'contact']);
    expect(result.candidates.map((c) => c.text)).toEqual(['Hi Lucía, as I said, sam@freight.dev reaches me. Open to comparing notes?']);
  });

  test('empty answers and the unchanged note are not candidates', async () => {
    const model = scriptedModel(['   ', long]);
    const result = await suggest(model, shorten({ limit: 300 }), { signal: signal() });
    expect(result.candidates).toEqual([]);
    expect(result.rejected.slice(0, 2)).toEqual(['empty', 'duplicate']);
  });
});

describe('one request at a time, cancellable, with a timeout', () => {
  test('a model that never answers: the request times out, keeps what came before, and the gate frees up', async () => {
    const gate = new OneAtATime();
    const model = scriptedModel([good[0]!, 'hang']);
    const came: Candidate[] = [];
    const result = await gate.run((s) => suggest(model, shorten(), { signal: s, onCandidate: (c) => came.push(c) }), 50);
    expect(result.outcome).toBe('timeout');
    expect(came.map((c) => c.text)).toEqual([good[0]]);
    expect(gate.busy).toBe(false);
    const again = await gate.run(async () => 'ok', 50);
    expect(again).toEqual({ outcome: 'done', value: 'ok' });
  });

  test('a second request while one runs is refused; cancel stops the first', async () => {
    const gate = new OneAtATime();
    const model = scriptedModel(['hang']);
    const first = gate.run((s) => suggest(model, shorten(), { signal: s }), 10_000);
    expect(gate.busy).toBe(true);
    expect(await gate.run(async () => 'second', 1000)).toEqual({ outcome: 'busy' });
    expect(gate.cancel()).toBe(true);
    expect((await first).outcome).toBe('cancelled');
    expect(gate.cancel()).toBe(false);
  });

  test('a model that throws (e.g. a download needing a click) fails quietly', async () => {
    const gate = new OneAtATime();
    const api = { availability: async () => 'downloadable', create: async () => { throw new DOMException('needs activation', 'NotAllowedError'); } };
    expect(await gate.run((s) => suggest(api, shorten(), { signal: s }))).toEqual({ outcome: 'failed' });
  });
});

describe('draft and weave', () => {
  test('a draft must address the person and end with a question; progress of a download is passed on', async () => {
    const model = scriptedModel([
      'I would like to connect and learn about your work.',
      'Hi Lucía, I work on freight scheduling and your Calloway Mobility routing caught my eye. What is your biggest curb-space headache?',
    ]);
    model.progress = [0, 0.5, 1];
    const progress: number[] = [];
    const result = await suggest(model, shorten({ action: 'draft', note: '' }), { signal: signal(), onProgress: (p) => progress.push(p) });
    expect(result.rejected[0]).toBe('missing-name');
    expect(result.candidates[0]?.text).toMatch(/^Hi Lucía/);
    expect(progress).toEqual([0, 0.5, 1]);
  });

  test('weave keeps the talking point', async () => {
    const model = scriptedModel(['Hi Lucía, your talk on curb space for last-mile delivery stayed with me. Open to comparing notes?']);
    const result = await suggest(model, shorten({ action: 'weave', note: 'Hi Lucía, open to comparing notes?', point: 'her talk on curb space for last-mile delivery' }), { signal: signal() });
    expect(result.candidates).toHaveLength(1);
    expect(model.prompts[0]).toContain('Talking point: her talk on curb space for last-mile delivery');
  });
});

describe('the talking point the composer passes to every action', () => {
  const point = 'we both know Tomás Ibarra';

  test('Shorten neither demands nor adds a point the note does not say: candidates without it are kept', async () => {
    const model = scriptedModel(good);
    const result = await suggest(model, shorten({ point }), { signal: signal() });
    expect(result.candidates.map((c) => c.text)).toEqual(good);
    expect(model.prompts[0]).not.toContain('Tomás');
    expect(model.prompts[0]).not.toContain('the talking point');
  });

  test('Shorten keeps a point the note says; Weave in and Draft always work with it', async () => {
    const withPoint = `${long} We both know Tomás Ibarra.`;
    expect(pointInPlay(shorten({ note: withPoint, point }))).toBe(point);
    expect(pointInPlay(shorten({ point }))).toBeUndefined();
    expect(pointInPlay(shorten({ action: 'weave', point }))).toBe(point);
    expect(pointInPlay(shorten({ action: 'draft', note: '', point }))).toBe(point);
    expect(pointInPlay(shorten({ action: 'weave', point: '  ' }))).toBeUndefined();
  });
});
