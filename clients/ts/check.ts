// What both TypeScript programs share: failing loudly, reading the Link header, counting code points.

/** Stops the program with a non-zero exit when a check does not hold. */
export function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
}

/** The target of the Link header's rel="next", or null on the last page (RFC 8288). */
export function nextLink(link: string | null): string | null {
  for (const part of (link ?? "").split(",")) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) {
      return match[1];
    }
  }
  return null;
}

/** The length of a text in Unicode code points, as the API counts `characters`. */
export function codePoints(text: string): number {
  return [...text].length;
}

/** Runs a program, printing its failure and exiting non-zero so that CI fails. */
export function run(name: string, program: () => Promise<void>): void {
  program().then(
    () => console.log(`${name}: all checks passed`),
    (e: unknown) => {
      console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
