export declare const CLIENT_SCRIPT_GLOBAL: string;
export declare function clientScript(build: string, source: string): string;
