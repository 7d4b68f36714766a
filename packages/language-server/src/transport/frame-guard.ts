import { Transform, type TransformCallback } from 'node:stream';

/** JSON-RPC's code for a message that cannot be read, and LSP's for a request before `initialize`. */
export const PARSE_ERROR = -32700;
export const SERVER_NOT_INITIALIZED = -32002;

/** A header block longer than this is not a header: no editor sends more than a few dozen bytes. */
const LONGEST_HEADER = 8192;
/** A message larger than this is refused as malformed (a 50 MB draft is about 50 MB of JSON). */
const LARGEST_MESSAGE = 1024 * 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

export interface FrameGuardEvents {
    /** Writes a whole message to the editor (used before the server's connection is running). */
    reply(message: object): void;
    /** The framing is broken beyond repair: the stream can no longer be split into messages. */
    broken(reason: string): void;
}

/**
 * Sits between stdin and the JSON-RPC reader and checks the framing of every message: each
 * `Content-Length` header must be a plain number, every header line must be `Name: value`, and a
 * header must end within a few kilobytes. vscode-jsonrpc's reader reports a bad header as an error
 * and then waits for more input that can never make sense, so the server stays alive but answers
 * nothing; here a bad header is answered with a parse error (-32700) and `broken` is called, so
 * the server can exit and the editor can start a fresh one.
 *
 * Until `initialize` arrives it also answers every other request with error -32002 (server not
 * initialized), as the protocol asks, instead of passing it on to handlers that would wait for a
 * workspace that is never loaded. After `initialize` the message bodies pass straight through,
 * chunk by chunk, without being parsed twice.
 */
export class FrameGuard extends Transform {
    private header: Buffer = Buffer.alloc(0);
    /** Bytes of the current message body still to come, or -1 while reading a header. */
    private remaining = -1;
    /** The body of the current message, kept only until `initialize` has been seen. */
    private body: Buffer[] = [];
    private pendingHeader: Buffer | undefined;
    private initialized = false;
    private failed = false;
    private readonly events: FrameGuardEvents;

    constructor(events: FrameGuardEvents) {
        super();
        this.events = events;
    }

    override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
        if (!this.failed) this.split(chunk);
        callback();
    }

    private split(chunk: Buffer): void {
        let rest = chunk;
        while (rest.length > 0 && !this.failed) {
            if (this.remaining < 0) rest = this.takeHeader(rest);
            else rest = this.takeBody(rest);
        }
    }

    private takeHeader(chunk: Buffer): Buffer {
        const joined = this.header.length === 0 ? chunk : Buffer.concat([this.header, chunk]);
        const end = joined.indexOf(HEADER_END);
        if (end < 0) {
            if (joined.length > LONGEST_HEADER) this.fail('the message header does not end with a blank line');
            else this.header = joined;
            return Buffer.alloc(0);
        }
        const headerText = joined.subarray(0, end).toString('ascii');
        this.header = Buffer.alloc(0);
        const length = contentLength(headerText);
        if (typeof length === 'string') {
            this.fail(length);
            return Buffer.alloc(0);
        }
        if (this.initialized) this.push(joined.subarray(0, end + HEADER_END.length));
        else this.pendingHeader = joined.subarray(0, end + HEADER_END.length);
        this.remaining = length;
        if (length === 0) this.finishBody();
        return joined.subarray(end + HEADER_END.length);
    }

    private takeBody(chunk: Buffer): Buffer {
        const part = chunk.subarray(0, this.remaining);
        this.remaining -= part.length;
        if (this.initialized) this.push(part);
        else this.body.push(part);
        if (this.remaining === 0) this.finishBody();
        return chunk.subarray(part.length);
    }

    /** A whole message has arrived: before `initialize`, decide whether it may pass. */
    private finishBody(): void {
        this.remaining = -1;
        if (this.initialized) return;
        const header = this.pendingHeader!;
        const body = Buffer.concat(this.body);
        this.pendingHeader = undefined;
        this.body = [];
        let message: { id?: unknown; method?: unknown } | undefined;
        try {
            message = JSON.parse(body.toString('utf8')) as typeof message;
        } catch {
            this.events.reply({ jsonrpc: '2.0', id: null, error: { code: PARSE_ERROR, message: 'The message is not valid JSON.' } });
            return;
        }
        const isRequest = message !== null && typeof message === 'object' && 'id' in message && typeof message.method === 'string';
        if (isRequest && message!.method !== 'initialize') {
            this.events.reply({
                jsonrpc: '2.0', id: message!.id ?? null,
                error: { code: SERVER_NOT_INITIALIZED, message: `The Commons language server has not been initialized yet, so it cannot answer "${String(message!.method)}". Send "initialize" first.` }
            });
            return;
        }
        if (isRequest) this.initialized = true;
        this.push(header);
        this.push(body);
    }

    private fail(reason: string): void {
        this.failed = true;
        this.events.reply({ jsonrpc: '2.0', id: null, error: { code: PARSE_ERROR, message: `The message could not be read: ${reason}.` } });
        this.events.broken(reason);
    }
}

/** The Content-Length of a header block, or why the block is malformed. */
function contentLength(header: string): number | string {
    let length: number | undefined;
    for (const line of header.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) return `the header line "${line.slice(0, 80)}" is not "Name: value"`;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name !== 'content-length') continue;
        if (!/^\d{1,10}$/.test(value)) return `Content-Length "${value.slice(0, 40)}" is not a number of bytes`;
        length = Number(value);
        if (length > LARGEST_MESSAGE) return `Content-Length ${value} is larger than any message the server accepts`;
    }
    return length ?? 'the header has no Content-Length';
}
