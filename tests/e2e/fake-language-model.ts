// A fake of Chrome's `LanguageModel` (the documented interface: availability, create with a
// download monitor and an abort signal, prompt, promptStreaming, destroy), as source text the
// TEST installs into the extension's worker or page through the DevTools protocol. The shipped
// build has no hook for it: it finds `LanguageModel` on the global like it finds Chrome's own.
//
// It answers like a small model would: short notes built from the facts in the prompt; the
// second one too long (models do not count), and when asked again for a shorter one it forgets
// the person's name — so Rapport rejects that and trims the long answer by rule instead. Asked to
// weave in a talking point, it puts the point it was given into each of three short notes.

export const FAKE_LANGUAGE_MODEL = String.raw`(() => {
  const record = { prompts: [], created: 0, destroyed: 0 };
  const firstName = (text) => (/Their first name: (.+)/.exec(text) || [])[1] || 'there';
  let system = '';
  const answers = (input, index) => {
    const name = firstName(system + '\n' + input) || 'there';
    const point = (/Talking point: (.+)/.exec(input) || [])[1];
    if (point && /uses the talking point below/.test(input)) {
      const woven = ['Hi ' + name + ', ' + point + ', and your routing work caught my eye. Open to comparing notes?',
        'Hi ' + name + ', since ' + point + ', I hoped we could connect. Would you be open to a chat?',
        name + ', ' + point + ' and I plan freight too. Coffee sometime?'];
      return woven[Number((/This is version (\d)/.exec(input) || [])[1] || 1) - 1];
    }
    if (/characters; the limit is/.test(input)) return 'Hi ' + name + ', your routing work caught my eye; I plan freight too. Open to comparing notes?';
    const variant = Number((/This is version (\d)/.exec(input) || [])[1] || 1);
    if (variant === 1) return 'Hi ' + name + ', your work on city logistics caught my eye. Would you be open to comparing notes?';
    if (variant === 2) return 'Hi ' + name + ', ' + 'I really enjoyed reading about how your team plans routes around school hours and curb space. '.repeat(3) + 'Would you be open to a chat?';
    return name + ', I work on freight scheduling and admire your routing work. Coffee sometime?';
  };
  class FakeSession {
    constructor(prompts) { this.context = prompts; }
    async prompt(input, options = {}) {
      if (options.signal && options.signal.aborted) throw new DOMException('aborted', 'AbortError');
      record.prompts.push(input);
      await new Promise((r) => setTimeout(r, 20));
      return answers(input, record.prompts.length - 1);
    }
    promptStreaming(input, options) {
      const whole = this.prompt(input, options);
      return new ReadableStream({ async start(controller) { controller.enqueue(await whole); controller.close(); } });
    }
    destroy() { record.destroyed++; }
  }
  const LanguageModel = {
    async availability() { return 'available'; },
    async params() { return { defaultTopK: 3, maxTopK: 8, defaultTemperature: 1, maxTemperature: 2 }; },
    async create(options = {}) {
      if (options.signal && options.signal.aborted) throw new DOMException('aborted', 'AbortError');
      record.created++;
      system = ((options.initialPrompts || [])[0] || {}).content || '';
      if (options.monitor) {
        const monitor = new EventTarget();
        options.monitor(monitor);
        for (const loaded of [0, 1]) monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      return new FakeSession(options.initialPrompts || []);
    },
  };
  Object.defineProperty(globalThis, 'LanguageModel', { value: LanguageModel, configurable: true, writable: true });
  globalThis.__fakeLanguageModel = record;
  return 'installed';
})()`;

/** Takes Chrome's own LanguageModel away, as in a browser without the Prompt API. */
export const REMOVE_LANGUAGE_MODEL = `delete globalThis.LanguageModel; typeof globalThis.LanguageModel`;

/** Collects console.error calls in the context it runs in (the worker has no page to watch). */
export const WATCH_CONSOLE_ERRORS = `(() => {
  globalThis.__consoleErrors = [];
  const original = console.error.bind(console);
  console.error = (...args) => { globalThis.__consoleErrors.push(args.map(String).join(' ')); original(...args); };
  return true;
})()`;
