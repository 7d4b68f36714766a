import type { ChildProcess } from 'node:child_process';
import type { ClientCapabilities, InitializeResult, ProtocolConnection } from 'vscode-languageserver-protocol/node';

export declare const serverBin: string;

export interface ServerProcess {
    child: ChildProcess;
    connection: ProtocolConnection;
    /** Opens `folder` as the one workspace folder, called `name`. */
    initialize(folder: string, name: string, capabilities: ClientCapabilities): Promise<InitializeResult>;
    stop(): Promise<void>;
}

export declare function spawnServer(args: string[], options?: { stderr?: 'inherit' | 'pipe'; settings?: unknown }): ServerProcess;
