// Placeholder: the CLI lands with the ingest and format work.
process.exitCode = 0;
