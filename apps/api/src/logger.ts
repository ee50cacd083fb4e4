/** Where log lines go: stdout, unless a test (or an embedding) redirects them. */
let sink: (line: string) => void = (line) => {
  process.stdout.write(line);
};

/** Redirects log lines (tests capture them); returns a function restoring the previous sink. */
export function setLogSink(next: (line: string) => void): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}

/** Structured logs: one JSON object per line on stdout. */
export function logLine(fields: Record<string, unknown>): void {
  sink(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}
