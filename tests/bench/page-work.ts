// The page's own work in the page-cost bench (page-cost.bench.test.ts), run in the page by
// page.evaluate: each returns its wall time in ms. Self-contained (no closures over this module).

/** (a) A hostile page: 20,000 nodes appended to <main id="m"> in 2,000 separate tasks. */
export async function hostileWork(): Promise<number> {
  const main = document.getElementById('m')!;
  const channel = new MessageChannel();
  const nextTask = () => new Promise<void>((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const start = performance.now();
  for (let batch = 0; batch < 2000; batch++) {
    for (let i = 0; i < 10; i++) main.append(Object.assign(document.createElement('div'), { textContent: `row ${batch}.${i}` }));
    await nextTask();
  }
  return performance.now() - start;
}

/**
 * (b) A feed-like replay in a real page's <main>, `tasks` tasks: a 20-node card inserted at the top
 * (the oldest of 30 removed), an attribute and a text node of the page changed.
 */
export async function feedWork(tasks: number): Promise<number> {
  const main = document.querySelector('main')!;
  const feed = main.appendChild(document.createElement('div'));
  const cards: Element[] = [];
  const channel = new MessageChannel();
  const nextTask = () => new Promise<void>((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const all = Array.from(main.querySelectorAll('span, p, div')).slice(0, 500);
  const start = performance.now();
  for (let task = 0; task < tasks; task++) {
    const card = document.createElement('article');
    for (let i = 0; i < 19; i++) card.append(Object.assign(document.createElement(i % 3 ? 'span' : 'p'), { textContent: `post ${task}.${i}` }));
    feed.prepend(card);
    cards.push(card);
    if (cards.length > 30) cards.shift()!.remove();
    const el = all[task % all.length]!;
    el.setAttribute('data-seen', String(task));
    if (el.firstChild?.nodeType === Node.TEXT_NODE) el.firstChild.textContent = `${el.firstChild.textContent ?? ''}`;
    await nextTask();
  }
  return performance.now() - start;
}
