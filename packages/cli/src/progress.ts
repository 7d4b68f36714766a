/**
 * A one-line progress bar on standard error, for long runs at a terminal only: never in CI logs
 * (CI is set), never when standard output or standard error is piped, and only once a run has
 * taken more than a second, so short runs print nothing extra. Cleared when the run ends.
 */
export class ProgressBar {
    private total = { files: 0, bytes: 0 };
    private done = { files: 0, bytes: 0 };
    private readonly startedAt = Date.now();
    private lastDrawn = 0;
    private shown = false;

    constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

    /** Whether a bar may be drawn in this environment. */
    static wanted(env: NodeJS.ProcessEnv = process.env): boolean {
        return Boolean(process.stderr.isTTY && process.stdout.isTTY) && !env.CI && env.TERM !== 'dumb';
    }

    start(files: number, bytes: number): void {
        this.total = { files, bytes };
    }

    advance(files: number, bytes: number): void {
        this.done.files += files;
        this.done.bytes += bytes;
        const now = Date.now();
        if (now - this.startedAt < 1000 || now - this.lastDrawn < 100) return;
        this.lastDrawn = now;
        this.draw();
    }

    finish(): void {
        if (this.shown) this.stream.write('\r\u001b[2K');
        this.shown = false;
    }

    private draw(): void {
        const fraction = this.total.bytes > 0 ? Math.min(1, this.done.bytes / this.total.bytes) : 0;
        const width = 24;
        const filled = Math.round(fraction * width);
        const seconds = (Date.now() - this.startedAt) / 1000;
        const rate = this.done.bytes / 1e6 / Math.max(seconds, 0.001);
        this.stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done.files}/${this.total.files} files, ${rate.toFixed(1)} MB/s`);
        this.shown = true;
    }
}
