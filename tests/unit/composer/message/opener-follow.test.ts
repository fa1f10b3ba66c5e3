// After a Message click with no overlay container yet, composer.js follows the application for a
// box; content.js cut off from the extension stops that follow at once (not FOLLOW_MS later).
import { expect, test } from 'vitest';
import { followOpeners } from '../../../../src/composer/message/opener';

function page() {
  document.body.replaceChildren();
  const app = document.createElement('div');
  app.append(document.createElement('main'));
  document.body.append(app);
  let scans = 0;
  const boxes = { scan: () => void (scans += 1), size: () => 0 };
  const scopes = { adopt: () => ({ scopes: [], app: [app] }) };
  return { app, boxes, scopes, scans: () => scans };
}

const addEditor = async (app: Element) => {
  const box = document.createElement('div');
  box.innerHTML = '<div contenteditable="true" role="textbox"></div>';
  app.append(box);
  await new Promise((resolve) => setTimeout(resolve, 0));
};

test('a follow under way finds the box the application adds', async () => {
  const { app, boxes, scopes, scans } = page();
  followOpeners(boxes).opened(scopes);
  const atClick = scans();
  await addEditor(app);
  expect(scans()).toBe(atClick + 1);
});

test('stop() ends the follow: a box added afterwards is not looked for by it', async () => {
  const { app, boxes, scopes, scans } = page();
  const follow = followOpeners(boxes);
  follow.opened(scopes);
  const atClick = scans();
  follow.stop();
  await addEditor(app);
  expect(scans()).toBe(atClick);
});
