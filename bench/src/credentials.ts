import { writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { signViewer, type Viewer } from '@forestry/subgraph-runtime';

/** How often credentials are re-signed: well within their two-minute lifetime. */
const RENEW_EVERY_MS = 60_000;

/**
 * The signed viewer credentials the peers and the floor send to the subgraphs. The runtime signs
 * them for two minutes, so each is renewed every minute, in memory and in a file the peer
 * gateways re-read.
 */
export class Credentials {
  private readonly current = new Map<string, { viewer: Viewer; token: string; file: string }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly directory: string,
    private readonly secret: string,
  ) {
    this.timer = setInterval(() => void this.renewAll(), RENEW_EVERY_MS);
    this.timer.unref();
  }

  private key(viewer: Viewer): string {
    return [viewer.role, viewer.subject ?? 'anonymous', viewer.department ?? '', viewer.divisionCode ?? '', viewer.clearance].join('-');
  }

  private async renew(entry: { viewer: Viewer; token: string; file: string }): Promise<void> {
    entry.token = await signViewer(entry.viewer, this.secret);
    const partial = `${entry.file}.partial`;
    await writeFile(partial, entry.token, { mode: 0o600 });
    await rename(partial, entry.file);
  }

  private async renewAll(): Promise<void> {
    await Promise.all([...this.current.values()].map((entry) => this.renew(entry).catch(() => undefined)));
  }

  private async entry(viewer: Viewer) {
    const key = this.key(viewer);
    let entry = this.current.get(key);
    if (!entry) {
      entry = { viewer, token: '', file: join(this.directory, `credential-${key.replace(/[^\w.-]/g, '_')}.jwt`) };
      await this.renew(entry);
      this.current.set(key, entry);
    }
    return entry;
  }

  /** A file that always holds a valid credential for the viewer. */
  async fileFor(viewer: Viewer): Promise<string> {
    return (await this.entry(viewer)).file;
  }

  /** Returns a getter for the viewer's current credential. */
  async tokenFor(viewer: Viewer): Promise<() => string> {
    const entry = await this.entry(viewer);
    return () => entry.token;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
