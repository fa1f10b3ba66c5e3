// A minimal WebDriver BiDi client: one WebSocket, commands matched to replies by id, events
// handed to listeners. Just enough to drive Firefox for the real-browser tests; Playwright
// cannot install an add-on in Firefox, and BiDi's webExtension.install can.
import WebSocket from 'ws';

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string };

export class BidiError extends Error {
  constructor(method: string, error: string, message: string) {
    super(`BiDi ${method} failed: ${error}: ${message}`);
    this.name = 'BidiError';
  }
}

export class Bidi {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: BidiEvent) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Record<string, unknown>));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`BiDi connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new Bidi(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every event until the returned function is called. */
  on(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new BidiError(pending.method, String(message.error), String(message.message)));
      else pending.resolve(message.result);
      return;
    }
    if (message.type === 'event') {
      const event = { method: String(message.method), params: message.params as Record<string, unknown> };
      for (const listener of this.listeners) listener(event);
    }
  }
}
