// Placeholder entry: the Excel import/export worker is added by the import and reports features.
export {};
