// Starts Debian's Firefox ESR headless with a throw-away profile and WebDriver BiDi on a free
// port, and opens a BiDi session. The profile's prefs silence Firefox's own background
// connections (updates, telemetry, safe browsing, captive-portal checks…) and send whatever
// is left to a closed local port, so nothing Firefox does by itself can reach a network.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bidi } from './bidi';
import { assertFirefox, firefoxPath } from './firefox-path';

export interface Firefox {
  bidi: Bidi;
  /** Firefox's stderr so far, for error messages. */
  log(): string;
  close(): Promise<void>;
}

/** A port nothing listens on: Firefox's leftover traffic goes there and is refused at once. */
const DEAD_PROXY_PORT = 9;

function prefs(extra: Record<string, string | number | boolean>): string {
  const all: Record<string, string | number | boolean> = {
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.newtabpage.enabled': false,
    // No /favicon.ico fetches: the browser's own request, not Rapport's, would blur the record.
    'browser.chrome.site_icons': false,
    'browser.aboutwelcome.enabled': false,
    'startup.homepage_welcome_url': 'about:blank',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/remote-settings/v1',
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': DEAD_PROXY_PORT,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': DEAD_PROXY_PORT,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    ...extra,
  };
  return Object.entries(all)
    .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** Waits for Firefox to print the address of its BiDi server. */
function bidiAddress(child: ChildProcess, log: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server in ${timeoutMs} ms:\n${log()}`)), timeoutMs);
    const onData = () => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log());
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      resolve(match[1]);
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (code ${code}) before BiDi was ready:\n${log()}`));
    });
  });
}

export async function launchFirefox(options: { prefs?: Record<string, string | number | boolean>; headless?: boolean } = {}): Promise<Firefox> {
  assertFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
  writeFileSync(join(profile, 'user.js'), prefs(options.prefs ?? {}));
  const args = ['--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, '--no-remote', '--new-instance'];
  if (options.headless ?? true) args.unshift('--headless');
  const child = spawn(firefoxPath(), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr += chunk));
  const log = () => stderr;

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const address = await bidiAddress(child, log, 30_000);
    const bidi = await Bidi.connect(`${address}/session`);
    await bidi.send('session.new', { capabilities: {} });
    return {
      bidi,
      log,
      async close() {
        await bidi.send('browser.close').catch(() => undefined);
        bidi.close();
        await kill();
      },
    };
  } catch (error) {
    await kill();
    throw error;
  }
}
