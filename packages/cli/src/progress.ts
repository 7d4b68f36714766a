import { SingleBar } from 'cli-progress';

/** Runs shorter than this print nothing extra. */
const SHOW_AFTER_MS = 1000;

/**
 * A one-line progress bar on standard error, for long runs at a terminal only: never in CI logs
 * (CI is set), never when standard output or standard error is piped, and only once a run has
 * taken more than a second, so short runs print nothing extra. Cleared when the run ends.
 * Drawing is cli-progress's; this decides when a bar is wanted and what it says.
 */
export class ProgressBar {
    private readonly bar = new SingleBar({
        stream: process.stderr,
        format: '[{bar}] {files}/{totalFiles} files, {rate} MB/s',
        barsize: 24,
        barCompleteChar: '#',
        barIncompleteChar: '-',
        clearOnComplete: true,
        hideCursor: false
    });
    private totalFiles = 0;
    private totalBytes = 0;
    private files = 0;
    private bytes = 0;
    private readonly startedAt = Date.now();
    private shown = false;

    /** Whether a bar may be drawn in this environment. */
    static wanted(env: NodeJS.ProcessEnv = process.env): boolean {
        return Boolean(process.stderr.isTTY && process.stdout.isTTY) && !env.CI && env.TERM !== 'dumb';
    }

    start(files: number, bytes: number): void {
        this.totalFiles = files;
        this.totalBytes = bytes;
    }

    advance(files: number, bytes: number): void {
        this.files += files;
        this.bytes += bytes;
        const elapsed = Date.now() - this.startedAt;
        if (elapsed < SHOW_AFTER_MS) return;
        const payload = { files: this.files, totalFiles: this.totalFiles, rate: (this.bytes / 1e6 / (elapsed / 1000)).toFixed(1) };
        if (this.shown) {
            this.bar.update(this.bytes, payload);
            return;
        }
        this.bar.start(Math.max(this.totalBytes, 1), this.bytes, payload);
        this.shown = true;
    }

    finish(): void {
        if (this.shown) this.bar.stop();
        this.shown = false;
    }
}
