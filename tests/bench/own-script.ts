// Rapport's own main-thread time in a stretch of page work, from a sampled CPU profile (CDP
// Profiler, a sample every 50 µs): every sample whose stack holds a frame of the extension's
// scripts (content.js, composer.js and what they call, the browser's own functions included)
// is Rapport's. Unlike a with/without difference of two browsers, it does not move with the
// noise of the page's rendering; what it cannot see is work Blink does inside the page's own
// DOM calls because an observer is registered (bounded by the script time added, ScriptDuration).
import type { CDPSession } from 'playwright-core';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }

export interface OwnScript {
  /** Ms of samples in the extension's scripts. */
  ours: number;
  /** Ms of samples the main thread was not idle (script, and the native work the profiler sees). */
  busy: number;
}

/** Runs `work` under a sampled CPU profile of the page behind `cdp` and attributes the samples. */
export async function ownScriptDuring(cdp: CDPSession, work: () => Promise<unknown>): Promise<OwnScript> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  let profile: Profile;
  try {
    await work();
  } finally {
    profile = (await cdp.send('Profiler.stop')).profile as Profile;
  }
  return attribute(profile);
}

function attribute(profile: Profile): OwnScript {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isOurs = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = isOurs.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = (byId.get(id)?.callFrame.url ?? '').startsWith('chrome-extension://') || (up !== undefined && ours(up));
    isOurs.set(id, result);
    return result;
  };
  let mine = 0;
  let busy = 0;
  (profile.samples ?? []).forEach((id, i) => {
    // A sample's time is the delta to the next sample.
    const ms = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    busy += ms;
    if (ours(id)) mine += ms;
  });
  return { ours: mine, busy };
}
