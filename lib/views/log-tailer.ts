// Follows a log file as `tail -F` does: from its end when it starts (what was logged before is either
// counted already or too old to matter), then every new whole line. When the file is renamed away
// (logrotate) the rest of the old file is read before the new one, from its start; when it is truncated
// (copytruncate) reading starts over. Polled, since file watching is unreliable across filesystems.
import { open, stat, type FileHandle } from "node:fs/promises";

export interface LogTailerOptions {
  path: string;
  onLine: (line: string) => void;
  /** The longest line kept; longer ones are dropped whole (nobody's user agent is that long). */
  maxLineBytes?: number;
}

const CHUNK = 256 * 1024;
const NEWLINE = 0x0a;

export class LogTailer {
  private file: FileHandle | undefined;
  private inode = -1;
  private offset = 0;
  private partial: Buffer[] = [];
  private partialBytes = 0;
  /** The line being read is already too long: dropped up to its newline. */
  private overflowing = false;
  private running: Promise<void> | undefined;

  constructor(private readonly options: LogTailerOptions) {}

  /** Opens the file at its end (or waits for it to appear, then reads it from its start). */
  async start(): Promise<void> {
    try {
      const file = await open(this.options.path, "r");
      const info = await file.stat();
      this.file = file;
      this.inode = info.ino;
      this.offset = info.size;
    } catch {
      this.file = undefined;
    }
  }

  /** Reads what was written since the last poll. One poll at a time. */
  poll(): Promise<void> {
    return (this.running ??= this.readNew().finally(() => (this.running = undefined)));
  }

  async stop(): Promise<void> {
    await this.running;
    await this.file?.close();
    this.file = undefined;
  }

  private async readNew(): Promise<void> {
    let current: Awaited<ReturnType<typeof stat>> | undefined;
    try {
      current = await stat(this.options.path);
    } catch {
      current = undefined;
    }
    if (this.file && (!current || current.ino !== this.inode)) {
      // Renamed away: the old file may have had lines written to it since the last poll.
      await this.readToEnd(this.file);
      await this.file.close();
      this.file = undefined;
      this.dropPartial();
    }
    if (!current) return;
    if (!this.file) {
      this.file = await open(this.options.path, "r");
      this.inode = (await this.file.stat()).ino;
      this.offset = 0;
    }
    const size = (await this.file.stat()).size;
    if (size < this.offset) {
      this.offset = 0;
      this.dropPartial();
    }
    await this.readToEnd(this.file);
  }

  private async readToEnd(file: FileHandle): Promise<void> {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, this.offset);
      if (bytesRead === 0) return;
      this.offset += bytesRead;
      this.split(buffer.subarray(0, bytesRead));
    }
  }

  private split(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      start = end + 1;
      const line = this.partialBytes > 0 ? Buffer.concat([...this.partial, piece]) : piece;
      const tooLong = this.overflowing || this.partialBytes + piece.length > this.maxLine;
      this.dropPartial();
      if (!tooLong && line.length > 0) this.options.onLine(line.toString("utf8"));
    }
    if (start < chunk.length && !this.overflowing) {
      // Copied: the read buffer is reused.
      this.partial.push(Buffer.from(chunk.subarray(start)));
      this.partialBytes += chunk.length - start;
      if (this.partialBytes > this.maxLine) {
        this.dropPartial();
        this.overflowing = true;
      }
    }
  }

  private get maxLine(): number {
    return this.options.maxLineBytes ?? 16_384;
  }

  private dropPartial(): void {
    this.partial = [];
    this.partialBytes = 0;
    this.overflowing = false;
  }
}
