import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The Firefox build; `npm test` builds it first. LEDE_FIREFOX_EXTENSION_DIR points at another. */
export const FIREFOX_BUILD =
  process.env.LEDE_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLede {
  /** The add-on id Firefox gave the temporary install (the manifest's gecko id). */
  addonId: string;
  navigate(url: string): Promise<void>;
  /** Runs a function body in the current page's content (an Xray view, out of the page's reach). */
  inPage<T>(body: string, args?: unknown[]): Promise<T>;
  /**
   * Runs Lede's toolbar action the way Firefox does for a click on its button or the
   * `_execute_action` shortcut: the tab gets the activeTab grant and `action.onClicked` fires.
   */
  triggerAction(): Promise<void>;
  /** Real input through Firefox's event system: wheel turns at a viewport point, then key presses. */
  input(steps: { wheelAt?: [number, number]; wheelTurns?: number; keys?: string[] }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless, on a fresh profile, driven over Marionette (Firefox's own
 * automation protocol; Playwright's WebDriver BiDi needs a newer Firefox than ESR), with the
 * Firefox build installed as a temporary add-on.
 */
export async function launchFirefoxLede(): Promise<FirefoxLede> {
  const profile = await mkdtemp(join(tmpdir(), 'lede-firefox-'));
  // Port 0: Firefox picks a free one and writes it to MarionetteActivePort.
  await writeFile(join(profile, 'user.js'), 'user_pref("marionette.port", 0);\n');
  const child = spawn(
    FIREFOX,
    ['-headless', '-marionette', '-remote-allow-system-access', '-no-remote', '-profile', profile, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise((done) => child.once('exit', done));

  const close = async () => {
    child.kill();
    await exited;
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    const marionette = await Marionette.connect(
      await readPort(
        profile,
        () => child.exitCode,
        () => stderr,
      ),
    );
    await marionette.send('WebDriver:NewSession', { capabilities: {} });
    const { value: addonId } = await marionette.send<{ value: string }>('Addon:Install', {
      path: FIREFOX_BUILD,
      temporary: true,
    });
    const run = async <T>(context: 'content' | 'chrome', script: string, args: unknown[] = []): Promise<T> => {
      await marionette.send('Marionette:SetContext', { value: context });
      return (await marionette.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
    };
    return {
      addonId,
      async navigate(url) {
        await marionette.send('Marionette:SetContext', { value: 'content' });
        await marionette.send('WebDriver:Navigate', { url });
      },
      inPage: (body, args) => run('content', body, args),
      async input({ wheelAt = [400, 300], wheelTurns = 0, keys = [] }) {
        await marionette.send('Marionette:SetContext', { value: 'content' });
        const [x, y] = wheelAt;
        const wheel = Array.from({ length: wheelTurns }, () => ({
          type: 'scroll',
          x,
          y,
          deltaX: 0,
          deltaY: 1000,
          origin: 'viewport',
        }));
        const typing = keys.flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]);
        // One after the other, as a person does: sources in one call would act in parallel ticks.
        const sources = [
          ...(wheel.length ? [{ type: 'wheel', id: 'wheel', actions: wheel }] : []),
          ...(typing.length ? [{ type: 'key', id: 'keyboard', actions: typing }] : []),
        ];
        for (const source of sources) await marionette.send('WebDriver:PerformActions', { actions: [source] });
        await marionette.send('WebDriver:ReleaseActions', {});
      },
      async triggerAction() {
        await run(
          'chrome',
          `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
           const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
           extension.apiManager.global.browserActionFor(extension).triggerAction(window);`,
          [addonId],
        );
      },
      async close() {
        marionette.end();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function readPort(profile: string, exitCode: () => number | null, stderr: () => string): Promise<number> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (exitCode() !== null) throw new Error(`Firefox exited (${exitCode()}):\n${stderr()}`);
    const port = Number(await readFile(join(profile, 'MarionetteActivePort'), 'utf8').catch(() => ''));
    if (port > 0) return port;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Firefox did not open its Marionette port:\n${stderr()}`);
}

/**
 * The Marionette wire format: `length:json` packets; a command is `[0, id, name, params]`, its
 * answer `[1, id, error, result]`. The first packet is the server's greeting.
 */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  private greeted: () => void = () => {};

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    const marionette = new Marionette(socket);
    await new Promise<void>((resolve, reject) => {
      marionette.greeted = resolve;
      socket.once('error', reject);
    });
    return marionette;
  }

  send<T = unknown>(name: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    return new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject }),
    );
  }

  end(): void {
    this.socket.end();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        this.greeted();
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
      const waiter = this.pending.get(id);
      this.pending.delete(id);
      if (error) waiter?.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
      else waiter?.resolve(result);
    }
  }
}
