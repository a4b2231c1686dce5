// Types of bin/node-floor.js (plain JavaScript so that any Node version can evaluate it).
/** The lowest Node version the kit runs on. */
export declare const NODE_FLOOR: string;
/** Whether `version` (e.g. `24.1.0`) is at least the floor. */
export declare function meetsNodeFloor(version: string): boolean;
/** The one-line message every entry point prints on an older Node. */
export declare function nodeFloorMessage(version: string): string;
/** Exits with status 2 and the one-line message when this Node is below the floor. */
export declare function assertNodeFloor(): void;
