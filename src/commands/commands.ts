/** Ribbon command handlers (ExecuteFunction). Filled in by the ribbon issue. */
export {};
